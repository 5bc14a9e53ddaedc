package org.newskg.store;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.newskg.model.FactObject;

/**
 * The pipeline's values ({@code model}: an article's extraction, a fact) as JSON and back, the
 * same way wherever they are kept or sent: in the {@link ExtractionArchive}, and between the
 * stages of the Spark job. Properties and datatypes are written as their IRIs, dates as ISO
 * dates, an empty {@link Optional} as null.
 */
public final class Json {
    static final Gson GSON = new GsonBuilder()
            .registerTypeHierarchyAdapter(Property.class, text(Property::getURI, ResourceFactory::createProperty))
            .registerTypeHierarchyAdapter(RDFDatatype.class, text(RDFDatatype::getURI, TypeMapper.getInstance()::getSafeTypeByName))
            .registerTypeHierarchyAdapter(LocalDate.class, text(LocalDate::toString, LocalDate::parse))
            .registerTypeHierarchyAdapter(Charset.class, text(Charset::name, Charset::forName))
            .registerTypeAdapter(FactObject.class, new FactObjectAdapter().nullSafe())
            .registerTypeAdapterFactory(new OptionalAdapters())
            // an empty Optional is written as null, not left out, so that it is read back as empty
            .serializeNulls()
            .create();

    private Json() {}

    public static String write(Object value) {
        return GSON.toJson(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return GSON.fromJson(json, type);
    }

    /** A value written as one string. */
    private static <T> TypeAdapter<T> text(Function<T, String> write, Function<String, T> read) {
        return new TypeAdapter<T>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(write.apply(value));
            }

            @Override
            public T read(JsonReader in) throws IOException {
                return read.apply(in.nextString());
            }
        }.nullSafe();
    }

    /** An {@link Optional} as its value or null, the value written as its own type is. */
    private static final class OptionalAdapters implements TypeAdapterFactory {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            if (type.getRawType() != Optional.class) {
                return null;
            }
            Type inner = type.getType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            TypeAdapter<Object> value = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(inner));
            return (TypeAdapter<T>) new TypeAdapter<Optional<Object>>() {
                @Override
                public void write(JsonWriter out, Optional<Object> optional) throws IOException {
                    if (optional == null || optional.isEmpty()) {
                        out.nullValue();
                    } else {
                        value.write(out, optional.get());
                    }
                }

                @Override
                public Optional<Object> read(JsonReader in) throws IOException {
                    if (in.peek() == JsonToken.NULL) {
                        in.nextNull();
                        return Optional.empty();
                    }
                    return Optional.of(value.read(in));
                }
            };
        }
    }

    /** A fact's object: {@code {"entity": key}} or {@code {"lexical": ..., "datatype": IRI}}. */
    private static final class FactObjectAdapter extends TypeAdapter<FactObject> {
        @Override
        public void write(JsonWriter out, FactObject object) throws IOException {
            out.beginObject();
            if (object instanceof FactObject.EntityRef ref) {
                out.name("entity").value(ref.key());
            } else {
                FactObject.Value v = (FactObject.Value) object;
                out.name("lexical").value(v.lexical()).name("datatype").value(v.datatype().getURI());
            }
            out.endObject();
        }

        @Override
        public FactObject read(JsonReader in) throws IOException {
            String entity = null;
            String lexical = null;
            String datatype = null;
            in.beginObject();
            while (in.hasNext()) {
                switch (in.nextName()) {
                    case "entity" -> entity = in.nextString();
                    case "lexical" -> lexical = in.nextString();
                    case "datatype" -> datatype = in.nextString();
                    default -> throw new JsonParseException("not a fact's object: " + in.getPath());
                }
            }
            in.endObject();
            if (entity != null) {
                return new FactObject.EntityRef(entity);
            }
            if (lexical == null || datatype == null) {
                throw new JsonParseException("a fact's value needs a lexical form and a datatype: " + in.getPath());
            }
            return new FactObject.Value(lexical, TypeMapper.getInstance().getSafeTypeByName(datatype));
        }
    }
}
