package org.citegraph.io;

import org.citegraph.io.bib.BibtexReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reads the full shared data sets, when present next to the project ({@code ../shared/data/...}), and checks the
 * counts their READMEs state.
 */
@Tag("slow")
class FullDataSetsTest {
  private static final Path DATA = org.citegraph.Fixtures.sharedData();

  private static CollectingSink read(Path file) throws IOException {
    Assumptions.assumeTrue(Files.exists(file), "data set not present: " + file);
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, sink);
    return sink;
  }

  private static long withScheme(CollectingSink sink, PaperId.Scheme scheme) {
    return sink.papers().stream().filter(p -> p.identifiers().stream().anyMatch(i -> i.scheme() == scheme)).count();
  }

  @Test
  void d2lBib() throws IOException {
    Path file = DATA.resolve("bibtex-d2l/d2l.bib");
    CollectingSink sink = read(file);
    try (BufferedReader in = Inputs.open(file)) {
      assertInstanceOf(BibtexReader.class, Inputs.detect(Inputs.head(in)));
    }
    // README: 488 entries, 487 author fields (the other entry has an editor)
    assertEquals(488, sink.papers().size());
    assertEquals(0, sink.issues(IngestIssue.Action.REJECTED).size());
    // the two repairs are the years '2023a' and '2023b'
    assertEquals(2, sink.issues(IngestIssue.Action.REPAIRED).size(), sink.issues().toString());
    // README: 40 lists end in "and et al." on one line; one more has "et al." on its own line, two "others"
    assertEquals(43, sink.papers().stream().filter(p -> !p.authorListComplete()).count());
    assertEquals(128, withScheme(sink, PaperId.Scheme.ARXIV));
    assertTrue(sink.papers().stream().allMatch(p -> p.date().isPresent()));
    Paper sohl = sink.papers().stream().filter(p -> p.title().startsWith("Deep unsupervised learning using "
        + "nonequilibrium")).findFirst().orElseThrow();
    assertEquals("Maheswaranathan", sohl.authors().get(2).family());
  }

  @Test
  void semanticScholarPaper() throws IOException {
    CollectingSink sink = read(DATA.resolve("semanticscholar-api-samples/Paper.json.xz"));
    // README: 1 paper + 1,000 citing papers + 14 references, each one record
    assertEquals(1 + 1000 + 14, sink.papers().size());
    assertEquals(List.of(), sink.issues(IngestIssue.Action.REJECTED));
    // README: 2 citing papers have an empty author list; 6 references have none either: kept without authors
    assertEquals(8, sink.papers().stream().filter(p -> p.allAuthors().isEmpty()).count());
    assertEquals(8, sink.issues(IngestIssue.Action.REPAIRED).stream()
        .filter(i -> i.message().endsWith(IngestIssue.KEPT_WITHOUT_AUTHORS)).count());
    // README: 243 citing papers with an ArXiv external id
    assertEquals(243, withScheme(sink, PaperId.Scheme.ARXIV));
    // 14 references of the Turing paper + one citing edge per citing paper (1,000: none is lost with its authors)
    assertEquals(14 + 1000, sink.papers().stream().mapToInt(p -> p.references().size()).sum());
    assertEquals(1000, sink.papers().stream().filter(p -> p.references().contains("doi:10.1093/mind/lix.236.433"))
        .count());
  }

  @Test
  void semanticScholarSmallFiles() throws IOException {
    Path dir = DATA.resolve("semanticscholar-api-samples");
    assertEquals(60, read(dir.resolve("Author.json.xz")).papers().size()); // README: 60 papers
    assertEquals(1, read(dir.resolve("Citation.json.xz")).papers().size());
    assertEquals(1, read(dir.resolve("Reference.json.xz")).papers().size());
    CollectingSink nulls = read(dir.resolve("PaperWithNullValues.json.xz"));
    assertEquals(0, nulls.papers().size());
    assertEquals(1, nulls.issues(IngestIssue.Action.REJECTED).size());
  }
}
