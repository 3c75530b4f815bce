package org.citegraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** A paper's venue: trimmed, never blank, kept by copies, absent by default and from the venue-less constructor. */
class PaperVenueTest {

  private static Paper.Builder builder() {
    return Paper.builder().title("Learned optimizers").author(PersonName.parse("Luke Metz"))
        .source(new SourceRef("a.bib", 1));
  }

  @Test
  void theBuilderTrimsTheVenueAndTreatsBlankAsUnknown() {
    assertEquals(Optional.of("NeurIPS 2019"), builder().venue("  NeurIPS 2019\t").build().venue());
    assertEquals(Optional.empty(), builder().venue(" \n ").build().venue());
    assertEquals(Optional.empty(), builder().build().venue());
    assertEquals(Optional.empty(), builder().venue("ICML").venue("").build().venue(), "a later blank value clears it");
  }

  @Test
  void copiesKeepTheVenueAndItTakesPartInEquality() {
    Paper p = builder().venue("Neuron").build();
    assertEquals(p, p.toBuilder().build());
    assertEquals(Optional.of("Neuron"), p.toBuilder().build().venue());
    assertNotEquals(p, p.toBuilder().venue("Nature").build());
  }

  @Test
  void theConstructorRefusesABlankOrUntrimmedVenueNamingThePaper() {
    Paper p = builder().build();
    for (String bad : List.of("", "  ", " Neuron", "Neuron\n")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Paper(p.id(),
          p.alternateIds(), p.title(), p.authors(), true, List.of(), Optional.empty(), Optional.empty(),
          Optional.empty(), List.of(), "", List.of(), Optional.of(bad), false, OptionalInt.empty(), List.of(),
          p.provenance()));
      assertTrue(e.getMessage().contains(p.id().toString()) && e.getMessage().contains("venue '" + bad + "'"),
          e.getMessage());
    }
  }

  @Test
  void theConstructorWithoutAVenueLeavesItUnknown() {
    Paper p = builder().build();
    Paper q = new Paper(p.id(), p.alternateIds(), p.title(), p.authors(), p.authorListComplete(),
        p.unplacedAuthors(), p.date(), p.updated(), p.primaryCategory(), p.categories(), p.abstractText(),
        p.affiliations(), p.hasCode(), p.citationCount(), p.references(), p.provenance());
    assertEquals(p, q);
  }
}
