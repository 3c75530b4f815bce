package org.citegraph.io.arxiv;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The JSON readers on the full shared data sets, when present next to the project ({@code ../shared/data/...});
 * skipped otherwise. Counts are those of each data set's README, and the issues the readers report for them.
 */
@Tag("slow")
class ArxivJsonDataSetsTest {
  private static final Path DATA = org.citegraph.Fixtures.sharedData();

  private static CollectingSink read(String file, Class<? extends RecordReader> expected) throws IOException {
    Path path = DATA.resolve(file);
    assumeTrue(Files.exists(path), "data set not present: " + path);
    if (!file.endsWith(".tar.xz")) {
      try (BufferedReader in = Inputs.open(path)) {
        assertInstanceOf(expected, Inputs.detect(Inputs.head(in)));
      }
    }
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(path, sink);
    return sink;
  }

  private static long withCategory(CollectingSink sink, String code) {
    return sink.papers().stream().filter(p -> p.categories().contains(Category.of(code))).count();
  }

  private static Map<String, Long> referenceKinds(CollectingSink sink) {
    return sink.papers().stream().flatMap(p -> p.references().stream())
        .collect(Collectors.groupingBy(r -> r.substring(0, r.indexOf(':')), TreeMap::new, Collectors.counting()));
  }

  /** Repairs grouped by what was repaired (the message after the record's name, quoted values blanked). */
  private static Map<String, Long> repairKinds(CollectingSink sink) {
    return sink.issues(IngestIssue.Action.REPAIRED).stream()
        .map(i -> i.message().replaceFirst("^record \\S+: ", "").replaceAll("'[^']*'", "'_'")
            .replaceAll("\\(.*\\)", "(_)"))
        .collect(Collectors.groupingBy(m -> m, TreeMap::new, Collectors.counting()));
  }

  @Test
  void kaggleSnapshotHead() throws IOException {
    CollectingSink sink = read("arxiv-kaggle-snapshot-head/arxiv-metadata-oai-snapshot.head.jsonl.xz",
        ArxivJsonLinesReader.class);
    assertEquals(1000, sink.papers().size());
    assertTrue(sink.issues(IngestIssue.Action.REJECTED).isEmpty());
    assertEquals(1000, sink.papers().stream().map(Paper::id).distinct().count());
    assertEquals(Map.of(
        "'_' is a collaboration, not a person; left out of the author list", 11L,
        "only a collaboration is named (_); kept as the author", 2L,
        "author '_' has '_' split across its parts; read as '_' and the list marked incomplete", 1L,
        "author entry '_' names nobody (_); left out", 1L), repairKinds(sink));
    assertEquals(9, sink.papers().stream().filter(p -> !p.authorListComplete()).count());
    assertEquals(670, sink.papers().stream().mapToLong(p -> p.alternateIds().size()).sum());
    assertEquals(2, withCategory(sink, "cs.LG"));
    assertEquals(3, withCategory(sink, "cs.NE"));
    assertEquals(3, withCategory(sink, "q-bio.NC"));
    assertEquals(1000, sink.papers().stream().filter(p -> p.date().isPresent() && p.updated().isPresent()).count());
  }

  @Test
  void unarxiveSample() throws IOException {
    CollectingSink sink = read("unarxive-sample/arXiv_src_2212_086.jsonl.xz", UnarxiveReader.class);
    assertEquals(49, sink.papers().size());
    assertTrue(sink.issues().isEmpty(), sink.issues().toString());
    // README: 1,786 entries; 146 linked to an arXiv id, 633 to OpenAlex (487 of them without an arXiv id), 744
    // without ids. 108 entries without a linked arXiv id name one in their text (contained_arXiv_ids), one of them
    // also linked to OpenAlex.
    assertEquals(Map.of("arxiv", 146L + 108L, "openalex", 486L, "unresolved", 1046L), referenceKinds(sink));
    assertEquals(7, withCategory(sink, "cs.LG"));
    assertEquals(3, withCategory(sink, "cs.CL"));
    assertEquals(1, withCategory(sink, "cs.CV"));
  }

  @Test
  void arxivApiExport() throws IOException {
    CollectingSink sink = read("arxiv-api-json-ml-dmarx/arxiv_metadata.json.xz", ArxivApiJsonReader.class);
    assertEquals(2100, sink.papers().size());
    assertTrue(sink.issues(IngestIssue.Action.REJECTED).isEmpty());
    assertEquals(Map.of(
        "category '_' is not an arXiv category code (_); left out", 74L,
        "'_' is a collaboration, not a person; left out of the author list", 2L), repairKinds(sink));
    // README: 11,578 author mentions; two are teams ("OpenAI Dota Team", "Worlds Team").
    assertEquals(11_576, sink.papers().stream().mapToLong(p -> p.authors().size()).sum());
    assertEquals(1315, withCategory(sink, "cs.CV"));
    assertEquals(790, withCategory(sink, "cs.LG"));
    assertEquals(434, withCategory(sink, "cs.CL"));
    assertEquals(33, withCategory(sink, "cs.NE"));
    assertEquals(3, withCategory(sink, "q-bio.NC"));
    PersonName niru = PersonName.parse("Niru Maheswaranathan");
    assertEquals(1, sink.papers().stream().filter(p -> p.authors().contains(niru)).count());
  }

  @Test
  void docMetaExamples() throws IOException {
    CollectingSink sink = read("arxiv-docmeta-search/docmeta_examples.tar.xz", ArxivDocMetaReader.class);
    assertEquals(26, sink.papers().size());
    assertTrue(sink.issues(IngestIssue.Action.REJECTED).isEmpty());
    assertEquals(Map.of("'_' is a collaboration, not a person; left out of the author list", 1L), repairKinds(sink));
    assertEquals(25, sink.papers().stream().flatMap(p -> p.provenance().stream()).map(s -> s.source()).distinct()
        .count());
    assertEquals(26, sink.papers().stream().filter(p -> p.date().isPresent()).count());
  }
}
