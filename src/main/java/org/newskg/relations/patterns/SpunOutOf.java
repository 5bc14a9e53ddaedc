package org.newskg.relations.patterns;

import org.newskg.vocab.NKG;

/** An organization began as a unit or project of another, or was set up with its resources. */
public final class SpunOutOf extends RelationDefinition {
    public SpunOutOf() {
        super(NKG.spunOutOf);
        // "Acme began as a research group inside Beta"
        pattern("began-as-unit", 0.85, "{ORG:s}\\s+(?:started|began)\\s+(?:life\\s+|out\\s+)?as\\s+{DET}{W3}(?:unit|branch|division|group|project|team|lab|arm|spin-?off)\\s+"
                + "(?:of|at|inside|within)\\s+{ORG:o}");
        // "Acme was born of a hedge fund called Beta"; "Acme was spun out of Beta"
        pattern("born-of", 0.85, "{ORG:s}\\s+(?:was|is)\\s+(?:born|spun|carved|spawned|incubated)\\s+(?:out\\s+)?(?:of|from|off from|inside)\\s+{W6}(?:called\\s+|named\\s+)?{ORG:o}");
        // "Acme, a spin-off of Beta"; "Acme, which grew out of Beta"
        pattern("spinoff-of", 0.85, "{ORG:s},\\s+(?:{DET}{W2}(?:spin-?off|spinout|offshoot) (?:of|from)|(?:which|that) (?:grew|sprang|emerged|was spun) out of)\\s+{W3}{ORG:o}");
        // "Beta spun off Acme"
        pattern("spun-off", 0.8, "{ORG:o}\\s+(?:spun|spins) (?:off|out)\\s+{W3}{ORG:s}");
    }
}
