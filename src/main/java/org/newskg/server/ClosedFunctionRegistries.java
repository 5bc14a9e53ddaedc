package org.newskg.server;

import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Function registries that hold ARQ's registered functions and property functions and nothing
 * more. Jena's own registries load, for a name they do not know such as
 * {@code <java:com.example.SomeClass>}, any class on the class path that implements a function:
 * a public endpoint must not let a query pick Java classes to instantiate.
 */
final class ClosedFunctionRegistries {
    private ClosedFunctionRegistries() {}

    /** Puts closed copies of the standard registries into a query context. */
    static void applyTo(Context context) {
        FunctionRegistry.set(context, new Functions(FunctionRegistry.standardRegistry()));
        PropertyFunctionRegistry.set(context, new PropertyFunctions(PropertyFunctionRegistry.get()));
    }

    private static final class Functions extends FunctionRegistry {
        Functions(FunctionRegistry standard) {
            standard.keys().forEachRemaining(uri -> put(uri, standard.get(uri)));
        }

        @Override
        public FunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }

    private static final class PropertyFunctions extends PropertyFunctionRegistry {
        PropertyFunctions(PropertyFunctionRegistry standard) {
            standard.keys().forEachRemaining(uri -> put(uri, standard.get(uri)));
        }

        @Override
        public boolean manages(String uri) {
            return isRegistered(uri);
        }

        @Override
        public PropertyFunctionFactory get(String uri) {
            return isRegistered(uri) ? super.get(uri) : null;
        }
    }
}
