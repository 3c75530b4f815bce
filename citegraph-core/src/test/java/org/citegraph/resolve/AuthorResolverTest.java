package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthorResolverTest {

  private static final List<Paper> WILLIAMS = List.of(
      Fixtures.record("Universality and individuality", List.of("Niru Maheswaranathan", "Alex H. Williams",
          "Matthew D. Golub"), 2019, "p.txt", 1),
      Fixtures.record("Line attractor dynamics", List.of("Niru Maheswaranathan", "Alex Williams",
          "Matthew D. Golub"), 2019, "p.txt", 2));

  @Test
  void aPartialNameJoinsTheFullerNameWhenTheyShareCoauthors() {
    Corpus corpus = Fixtures.corpus(WILLIAMS);
    assertEquals(3, corpus.authors().size());
    var williams = corpus.author("Alex Williams");
    assertEquals("Alex H. Williams", williams.displayName());
    assertEquals(williams, corpus.author("Williams, Alex H."));
    assertEquals(2, corpus.paperCount(williams));
    AuthorMerge merge = corpus.report().authorMerges().stream()
        .filter(m -> m.variant().equals("Alex Williams")).findFirst().orElseThrow();
    assertEquals("shared-coauthors", merge.rule());
    // Co-authors are matched by full name, not by initial and family name.
    assertTrue(merge.evidence().contains("co-author niru maheswaranathan"), merge.evidence().toString());
  }

  @Test
  void aPartialNameWithoutEvidenceStaysApartAndIsReported() {
    Corpus corpus = Fixtures.corpus(List.of(
        Fixtures.record("Paper A", List.of("Alex H. Williams", "Surya Ganguli"), 2019, "p.txt", 1),
        Fixtures.record("Paper B", List.of("Alex Williams", "Kyle Aitken"), 2019, "p.txt", 2)));
    assertEquals(4, corpus.authors().size());
    assertTrue(corpus.report().keptApart().stream()
        .anyMatch(k -> k.name().equals("Alex Williams") && k.reason().startsWith("no supporting evidence")));
  }

  @Test
  void anAbbreviatedNameThatFitsSeveralFullerNamesStaysApart() {
    Corpus corpus = Fixtures.corpus(List.of(
        Fixtures.record("Paper A", List.of("Lei Zhang", "Surya Ganguli"), 2019, "p.txt", 1),
        Fixtures.record("Paper B", List.of("Li Zhang", "Surya Ganguli"), 2019, "p.txt", 2),
        Fixtures.record("Paper C", List.of("L. Zhang", "Surya Ganguli"), 2019, "p.txt", 3)));
    assertEquals(4, corpus.authors().size());
    KeptApart kept = corpus.report().keptApart().stream().filter(k -> k.name().equals("L. Zhang")).findFirst()
        .orElseThrow();
    assertTrue(kept.reason().startsWith("ambiguous"), kept.reason());
    assertEquals(List.of("Lei Zhang", "Li Zhang"), kept.candidates());
  }

  @Test
  void twoNamesOnOnePaperAreTwoPeople() {
    Corpus corpus = Fixtures.corpus(List.of(
        Fixtures.record("Family paper", List.of("J. Smith", "John Smith", "Surya Ganguli"), 2019, "p.txt", 1)));
    assertEquals(3, corpus.authors().size());
  }

  @Test
  void cannotLinkKeepsEvidenceFromMerging() {
    Corpus corpus = CiteGraph.builder().addRecords(WILLIAMS)
        .decisions(Decisions.NONE.withCannotLink("Alex Williams", "Alex H. Williams")).build();
    assertEquals(4, corpus.authors().size());
    assertTrue(corpus.report().keptApart().stream().anyMatch(k -> k.name().equals("Alex Williams")));
  }

  @Test
  void mustLinkJoinsWithoutEvidenceAndLosesToCannotLink() {
    List<Paper> records = List.of(
        Fixtures.record("Paper A", List.of("Alex H. Williams", "Surya Ganguli"), 2019, "p.txt", 1),
        Fixtures.record("Paper B", List.of("A. Williams", "Kyle Aitken"), 2019, "p.txt", 2));
    Corpus linked = CiteGraph.builder().addRecords(records)
        .decisions(Decisions.NONE.withMustLink("A. Williams", "Alex H. Williams")).build();
    assertEquals(3, linked.authors().size());
    assertEquals("must-link", linked.report().authorMerges().get(0).rule());
    Corpus both = CiteGraph.builder().addRecords(records)
        .decisions(Decisions.NONE.withMustLink("A. Williams", "Alex H. Williams")
            .withCannotLink("Williams, A.", "Alex H Williams")).build();
    assertEquals(4, both.authors().size());
  }

  @Test
  void decisionsFileIsReadAndMalformedLinesAreNamed(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("names.tsv");
    Files.writeString(good, "# names\nmust-link\tAlex Williams\tAlex H. Williams\n\ncannot-link\tL. Zhang\tLei Zhang\n");
    Decisions d = Decisions.read(good);
    assertEquals(1, d.mustLink().size());
    assertEquals("Zhang", d.cannotLink().get(0).b().family());
    Path bad = dir.resolve("bad.tsv");
    Files.writeString(bad, "must-link\tAlex Williams\tAlex H. Williams\nsame\tA\tB\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Decisions.read(bad));
    assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
    assertTrue(e.getMessage().contains("must-link or cannot-link"), e.getMessage());
  }
}
