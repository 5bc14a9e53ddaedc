package org.newskg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelationInventoryTest {
    private final RelationInventory inventory = RelationInventory.load();

    @Test
    void relationsAreTheObjectPropertiesBetweenEntities() {
        assertEquals(Set.of(NKG.foundedBy, NKG.spunOutOf, NKG.parentOrganization, NKG.usedChip, NKG.manufacturedBy,
                        NKG.developedBy, NKG.ceoOf, NKG.chiefExecutive, NKG.employedBy, NKG.country, NKG.outperforms,
                        NKG.evaluatedOn, NKG.usesModel, NKG.investedIn, NKG.basedOn, NKG.usesTechnique),
                Set.copyOf(inventory.relations()));
    }

    @Test
    void valuesAreTheDatatypePropertiesOfEntities() {
        assertEquals(Set.of(NKG.trainingCost, NKG.foundingDate, NKG.assetsUnderManagement, NKG.releaseDate),
                Set.copyOf(inventory.valueProperties()));
    }

    @Test
    void provenanceClassesAreNotEntityClasses() {
        assertTrue(inventory.isEntityClass(NKG.Person));
        assertTrue(inventory.isEntityClass(NKG.InvestmentFirm));
        for (var c : List.of(NKG.Article, NKG.Evidence, NKG.ExtractionRule)) {
            assertFalse(inventory.isEntityClass(c), c.getLocalName());
        }
    }

    @Test
    void aParentOrganizationIsNeverItsSubsidiarysSubsidiary() {
        assertTrue(inventory.isAsymmetric(NKG.parentOrganization));
        assertTrue(inventory.isAsymmetric(NKG.outperforms));
        assertFalse(inventory.isAsymmetric(NKG.investedIn), "two companies may hold stakes in each other");
        assertFalse(inventory.isAsymmetric(NKG.employedBy));
    }

    @Test
    void mostSpecificClassWins() {
        assertEquals(NKG.InvestmentFirm, inventory.mostSpecific(List.of(NKG.Organization, NKG.InvestmentFirm, NKG.Company)).orElseThrow());
        assertTrue(inventory.isSubClassOf(NKG.InvestmentFirm, NKG.Organization));
        assertFalse(inventory.isSubClassOf(NKG.Organization, NKG.Company));
    }

    @Test
    void labelsAndNamesComeFromTheOntology() {
        assertEquals("founded by", inventory.label(NKG.foundedBy));
        assertEquals(NKG.ceoOf, inventory.relation("CEOOF"));
        assertEquals(NKG.ceoOf, inventory.relation("nkg:ceoOf"));
        assertEquals(NKG.Person, inventory.entityClass(NKG.Person.getURI()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> inventory.relation("mentionedIn"));
        assertTrue(e.getMessage().startsWith("unknown relation 'mentionedIn' (known: "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> inventory.entityClass("Article"));
        assertTrue(e.getMessage().startsWith("unknown entity type 'Article'"), e.getMessage());
    }
}
