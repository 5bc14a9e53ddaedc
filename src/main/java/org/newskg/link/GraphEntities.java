package org.newskg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.model.Entity;
import org.newskg.model.EntityType;
import org.newskg.model.Fact;
import org.newskg.model.FactObject;
import org.newskg.model.KnowledgeGraph;
import org.newskg.vocab.Iris;
import org.newskg.vocab.NKG;

/**
 * Reads back, from a graph written by {@code GraphWriter}, what linking needs: the entities
 * (type, labels, articles) and the facts between entities. Evidence is not read: the context only
 * needs to know which entities a fact joins.
 */
public final class GraphEntities {
    private static final String ENTITY_PREFIX = Iris.entity("");

    private GraphEntities() {}

    public static KnowledgeGraph read(Model m) {
        List<Entity> entities = new ArrayList<>();
        m.listSubjects().forEach(r -> entity(m, r).ifPresent(entities::add));
        entities.sort(Comparator.comparing(Entity::key));
        List<Fact> facts = new ArrayList<>();
        m.listStatements().forEach((Statement s) -> {
            String p = s.getPredicate().getURI();
            RDFNode o = s.getObject();
            if (p.startsWith(NKG.NS) && key(s.getSubject()) != null && o.isURIResource() && key(o.asResource()) != null) {
                facts.add(new Fact(key(s.getSubject()), s.getPredicate(), new FactObject.EntityRef(key(o.asResource())), List.of(), 1.0));
            }
        });
        return new KnowledgeGraph(List.of(), entities, facts);
    }

    private static Optional<Entity> entity(Model m, Resource r) {
        String key = key(r);
        if (key == null || !r.hasProperty(RDFS.label)) {
            return Optional.empty();
        }
        EntityType type = null;
        for (EntityType t : EntityType.values()) {
            if (r.hasProperty(RDF.type, t.rdfClass())) {
                type = type == null ? t : type.moreSpecific(t);
            }
        }
        if (type == null) {
            return Optional.empty();
        }
        SortedSet<String> alts = new TreeSet<>();
        r.listProperties(SKOS.altLabel).forEach(s -> alts.add(s.getString()));
        SortedSet<String> articles = new TreeSet<>();
        // The article IRI stands in for the article id: context only compares them.
        r.listProperties(NKG.mentionedIn).forEach(s -> articles.add(s.getResource().getURI()));
        Statement count = r.getProperty(NKG.mentionCount);
        return Optional.of(new Entity(key, r.getProperty(RDFS.label).getString(), alts, type,
                count == null ? 0 : count.getInt(), articles));
    }

    /** The entity key of a resource minted by {@link Iris#entity}, or null. */
    private static String key(Resource r) {
        return r.isURIResource() && r.getURI().startsWith(ENTITY_PREFIX) ? r.getURI().substring(ENTITY_PREFIX.length()) : null;
    }
}
