package org.citegraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;

/**
 * Over generated corpora (records over a fixed cast, with shared titles and name variants; and {@link
 * SyntheticLikeCorpora}: shared name blocks, initials, junk names, names listed twice, same-slot variants, a
 * hyper-authored paper), the Spark build gives the embedded library's papers, authors (ids and variants),
 * authorships, co-authorship edges, merges, names kept apart and repaired values.
 */
@Tag("slow")
class SparkResolutionProperties {
  private static SparkSession spark;

  @BeforeContainer
  static void start() {
    spark = SparkTestSession.start();
  }

  @AfterContainer
  static void stop() {
    spark.stop();
  }

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Provide
  Arbitrary<List<Paper>> syntheticLike() {
    return SyntheticLikeCorpora.corpora();
  }

  @Property(seed = "42", tries = 3)
  void sparkResolvesGeneratedCorporaAsTheEmbeddedLibrary(@ForAll("corpora") List<Paper> records)
      throws IOException {
    checkInTemporaryFolder(records);
  }

  @Property(seed = "15", tries = 2)
  void sparkResolvesSyntheticLikeCorporaAsTheEmbeddedLibrary(@ForAll("syntheticLike") List<Paper> records)
      throws IOException {
    checkInTemporaryFolder(records);
  }

  /** The pinned case of the group-wise path's author mapping and same-slot order ({@link SyntheticLikeCorpora}). */
  @Example
  void sparkResolvesAPartialNameOfSeveralSameSlotVariantsAsTheEmbeddedLibrary() throws IOException {
    checkInTemporaryFolder(SyntheticLikeCorpora.partialNameOfSeveralSlotVariants());
  }

  /** Builds into a fresh temporary folder, deleted after the try whatever its outcome. */
  private static void checkInTemporaryFolder(List<Paper> records) throws IOException {
    Path out = Files.createTempDirectory("citegraph-spark-prop");
    try {
      check(records, out);
    } finally {
      try (var files = Files.walk(out)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }

  private static void check(List<Paper> records, Path out) {
    Corpus embedded = Fixtures.corpus(records);
    SparkPipeline.Result r = new SparkPipeline(spark, SparkPipeline.Options.withPartitions(2))
        .buildFromRecords(records, out);
    assertEquals((long) embedded.papers().size(), r.stats().get("papers"));
    assertEquals((long) embedded.authors().size(), r.stats().get("authors"));
    assertEquals((long) embedded.coauthorGraph().edgeCount(), r.stats().get("coauthorEdges"));
    assertEquals((long) embedded.report().mergedRecords(), r.stats().get("mergedRecords"));
    assertEquals((long) embedded.report().authorMerges().size(), r.stats().get("mergedNameVariants"));
    assertEquals((long) embedded.report().keptApart().size(), r.stats().get("namesKeptApart"));
    assertEquals((long) embedded.report().issues().size() - embedded.report().rejectedRecords(),
        r.stats().get("repairedValues"));

    Map<String, List<String>> expectedAuthors = new TreeMap<>();
    for (Author a : embedded.authors()) {
      expectedAuthors.put(a.id(), a.variants().stream().map(PersonName::displayName).toList());
    }
    Map<String, List<String>> actualAuthors = new TreeMap<>();
    for (Row row : spark.read().parquet(out.resolve(SparkPipeline.AUTHORS).toString()).collectAsList()) {
      actualAuthors.put(row.getAs("id"), row.getList(row.fieldIndex("variants")));
    }
    assertEquals(expectedAuthors, actualAuthors);

    Map<String, List<String>> expectedIncidence = new TreeMap<>();
    for (Paper p : embedded.papers()) {
      expectedIncidence.put(p.id().toString(), embedded.authorsOf(p).stream().map(Author::id).toList());
    }
    Map<String, List<String>> actualIncidence = new TreeMap<>();
    List<Row> rows = new ArrayList<>(spark.read().parquet(out.resolve(SparkPipeline.AUTHORSHIPS).toString())
        .orderBy("paper", "position").collectAsList());
    for (Row row : rows) {
      actualIncidence.computeIfAbsent(row.getAs("paper"), k -> new ArrayList<>()).add(row.getAs("author"));
    }
    assertEquals(expectedIncidence, actualIncidence);
  }
}
