package org.citegraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.citegraph.Corpus;
import org.citegraph.graph.CitationEdge;
import org.citegraph.graph.CitationGraph;
import org.citegraph.model.Paper;
import org.citegraph.query.Citations;

/**
 * On real citation data (the Paperscape arXiv citation files of 1991 and 1992: 3,567 papers citing one another), the
 * Spark build's citation edges, in-corpus citation counts and PageRank equal the embedded library's, and the PageRank
 * does not depend on the partitioning or the order of the edges.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkCitationTest {
  /**
   * Largest allowed difference between a paper's Spark and embedded PageRank (scores sum to 1). Both run the same
   * iterations from the same start, so they differ only by the rounding of sums (about 1e-17 here).
   */
  private static final double PAGE_RANK_TOLERANCE = 1e-12;

  private SharedDataBuild build;
  private SparkSession spark;
  private Path out;
  private SparkPipeline.Result result;
  private Corpus embedded;

  @BeforeAll
  void build(@TempDir Path tmp) {
    build = SharedDataBuild.start(tmp, 3, "paperscape-citations-1991-1996/pscp-1991.csv.xz",
        "paperscape-citations-1991-1996/pscp-1992.csv.xz");
    spark = build.spark();
    out = build.out();
    result = build.result();
    embedded = build.embedded();
  }

  @AfterAll
  void stop() {
    if (build != null) {
      build.stop();
    }
  }

  /** Every figure of the embedded {@code stats --json}: papers, citations, and the authors too. */
  @Test
  void statsEqualTheEmbeddedStatsJson() {
    Map<String, Long> expected = build.embeddedStatsJson();
    assertTrue(expected.get("citationEdges") > 1000, expected.toString());
    assertEquals(expected, result.stats());
  }

  @Test
  void citationEdgesAndCountsEqualTheEmbeddedCitationGraph() {
    CitationGraph graph = embedded.citationGraph();
    TreeSet<String> expected = new TreeSet<>();
    for (CitationEdge e : graph.edges()) {
      expected.add(e.citing().id() + " " + e.cited().id());
    }
    TreeSet<String> actual = new TreeSet<>();
    for (Row r : spark.read().parquet(out.resolve(SparkPipeline.CITATIONS).toString()).collectAsList()) {
      actual.add(r.getString(0) + " " + r.getString(1));
    }
    assertEquals(expected, actual);

    Map<String, Long> expectedCounts = new TreeMap<>();
    for (Paper p : graph.papers()) {
      expectedCounts.put(p.id().toString(), (long) graph.citationCount(p));
    }
    Map<String, Long> actualCounts = new TreeMap<>();
    for (Row r : spark.read().parquet(out.resolve(SparkPipeline.PAPERS).toString()).select("id", "citedBy")
        .collectAsList()) {
      actualCounts.put(r.getString(0), r.getLong(1));
    }
    assertEquals(expectedCounts, actualCounts);
  }

  @Test
  void pageRankOfEveryPaperIsTheEmbeddedOneWithTheSameStoppingRule() {
    Citations citations = Citations.of(embedded);
    Map<String, Double> actual = new TreeMap<>();
    for (Row r : spark.read().parquet(out.resolve(SparkPipeline.PAPERS).toString()).select("id", "pageRank")
        .collectAsList()) {
      actual.put(r.getString(0), r.getDouble(1));
    }
    assertEquals(embedded.papers().size(), actual.size());
    double total = 0;
    for (Paper p : embedded.papers()) {
      double expected = citations.pageRank(p);
      double got = actual.get(p.id().toString());
      total += got;
      assertEquals(expected, got, PAGE_RANK_TOLERANCE, p.id().toString());
    }
    assertEquals(1.0, total, 1e-9, "scores sum to 1");
    // Same damping, same start, same L1 stopping rule: the same number of iterations.
    var core = citations.pageRankScores().convergence();
    var distributed = result.pageRank().orElseThrow();
    assertTrue(distributed.converged(), distributed.describe());
    assertEquals(core.iterations(), distributed.iterations(), core.describe() + " / " + distributed.describe());
    assertEquals(core.tolerance(), distributed.tolerance());
  }

  @Test
  void pageRankScoresAreIdenticalForAnyPartitioningAndEdgeOrder() {
    Dataset<Row> table = spark.read().parquet(out.resolve(SparkPipeline.CITATIONS).toString());
    List<Row> edges = new ArrayList<>(table.collectAsList());
    List<Row> ids = spark.read().parquet(out.resolve(SparkPipeline.PAPERS).toString()).select("id")
        .collectAsList();
    StructType edgeType = new StructType().add("citing", DataTypes.StringType).add("cited", DataTypes.StringType);
    StructType idType = new StructType().add("id", DataTypes.StringType);
    Map<String, Double> reference = null;
    int[] partitions = {1, 4};
    for (int k = 0; k < partitions.length; k++) {
      List<Row> e = new ArrayList<>(edges);
      List<Row> v = new ArrayList<>(ids);
      Collections.shuffle(e, new Random(k));
      Collections.shuffle(v, new Random(k + 100));
      SparkPageRank.Result r = SparkPageRank.asEmbedded().run(spark,
          spark.createDataFrame(v, idType).repartition(partitions[k]),
          spark.createDataFrame(e, edgeType).repartition(partitions[k]), partitions[k]);
      Map<String, Double> scores = new TreeMap<>();
      for (Row row : r.scores().collectAsList()) {
        scores.put(row.getString(0), row.getDouble(1));
      }
      assertEquals(ids.size(), scores.size());
      if (reference == null) {
        reference = scores;
      } else {
        assertEquals(reference, scores, partitions[k] + " partitions");
      }
    }
    Map<String, Double> built = new TreeMap<>();
    for (Row r : spark.read().parquet(out.resolve(SparkPipeline.PAPERS).toString()).select("id", "pageRank")
        .collectAsList()) {
      built.put(r.getString(0), r.getDouble(1));
    }
    assertEquals(reference, built, "the build's 3 partitions");
  }
}
