package org.newskg.server;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.algebra.OpAsQuery;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterCommonParent;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;

/**
 * What {@code SERVICE} may call from the public endpoint. Only {@link KgServer#WIKIDATA_SERVICE}
 * is allowed, so that queries written against Wikidata's own endpoint stay portable; by default it
 * is answered in-process from the local Wikidata extract, and an operator can send it to a real
 * endpoint instead. Every other {@code SERVICE} is refused before any request is made: an open
 * endpoint that fetched any address a query names would let anyone make the server call hosts on
 * its own network.
 *
 * <p>The policy is a service-executor registry of one link, set in each endpoint's context; it
 * replaces Jena's default registry, whose HTTP executor would call any address.
 */
public final class ServicePolicy implements ChainingServiceExecutor {
    private final Optional<Dataset> localWikidata;
    private final Optional<URI> remoteWikidata;

    private ServicePolicy(Optional<Dataset> localWikidata, Optional<URI> remoteWikidata) {
        this.localWikidata = localWikidata;
        this.remoteWikidata = remoteWikidata;
    }

    /**
     * @param localWikidata  the extract that answers {@link KgServer#WIKIDATA_SERVICE}, if any
     * @param remoteWikidata the endpoint to send it to instead, if any
     */
    public static ServicePolicy of(Optional<Dataset> localWikidata, Optional<URI> remoteWikidata) {
        return new ServicePolicy(localWikidata, remoteWikidata);
    }

    /** Puts the policy into a query context. */
    public void applyTo(Context context) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        try {
            if (!service.isURI() || !service.getURI().equals(KgServer.WIKIDATA_SERVICE)) {
                throw new QueryDeniedException("SERVICE " + NodeFmtLib.strTTL(service) + " is not allowed here; "
                        + "this endpoint answers only SERVICE <" + KgServer.WIKIDATA_SERVICE + ">");
            }
            if (remoteWikidata.isPresent()) {
                OpService redirected = new OpService(NodeFactory.createURI(remoteWikidata.get().toString()),
                        opExecute.getSubOp(), opExecute.getSilent());
                return ServiceExecutorRegistry.httpService.createExecution(redirected, original, binding, execCxt);
            }
            Dataset extract = localWikidata.orElseThrow(() -> new QueryDeniedException(
                    "SERVICE <" + KgServer.WIKIDATA_SERVICE + "> is not available: this server has no Wikidata dataset"));
            return new QueryIterCommonParent(local(extract, opExecute, execCxt), binding, execCxt);
        } catch (RuntimeException e) {
            if (opExecute.getSilent()) {
                // SERVICE SILENT: a failing service contributes the solution it was given, unchanged.
                return QueryIterSingleton.create(binding, execCxt);
            }
            throw e;
        }
    }

    /**
     * Runs the service's pattern against the extract. The caller's context goes along, so that the
     * query timeout and this policy also hold for a SERVICE nested inside it.
     */
    private static QueryIterator local(Dataset extract, OpService op, ExecutionContext execCxt) {
        Query query = OpAsQuery.asQuery(op.getSubOp());
        List<Binding> rows = Txn.calculateRead(extract, () -> {
            List<Binding> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(extract.asDatasetGraph()).query(query)
                    .context(execCxt.getContext().copy()).build()) {
                exec.select().forEachRemaining(out::add);
            }
            return out;
        });
        return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
    }
}
