package org.citegraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.cli.EmbeddedCli;
import org.citegraph.model.Author;
import org.citegraph.query.Collaborators;

/**
 * On the shared real data (arXiv OAI TSVs, the Kaggle snapshot head, the dmarx API JSON), the Spark build answers as
 * the embedded library: the figures of {@code stats --json} and the collaborators of the most prolific authors.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkSharedDataTest {
  private SharedDataBuild build;
  private SparkSession spark;
  private List<String> files;
  private Path out;
  private SparkPipeline.Result result;
  private Corpus embedded;

  @BeforeAll
  void build(@TempDir Path tmp) {
    build = SharedDataBuild.start(tmp, 3, "arxiv-oai-tsv-staeiou/cs.NE.20200101.tsv.xz",
        "arxiv-kaggle-snapshot-head/arxiv-metadata-oai-snapshot.head.jsonl.xz",
        "arxiv-api-json-ml-dmarx/arxiv_metadata.json.xz");
    spark = build.spark();
    files = build.files();
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

  @Test
  void statsJsonEqualsTheEmbeddedStatsJson() throws Exception {
    Map<String, Long> expected = build.embeddedStatsJson();
    Map<String, Long> actual = StatsJson.parse(Files.readString(out.resolve("stats.json")));
    assertEquals(expected.keySet().stream().toList(), actual.keySet().stream().toList(), "keys and their order");
    for (String key : List.of("papers", "authors", "coauthorEdges", "mergedRecords", "rejectedRecords")) {
      assertEquals(expected.get(key), actual.get(key), key);
    }
    assertEquals(expected, actual, "every figure");
    assertEquals(actual, result.stats());
  }

  @Test
  void topTenCollaboratorsOfTheTenMostProlificAuthorsEqualTheEmbeddedOnes() {
    // The ten most prolific authors, as the Spark tables count them and as the embedded corpus does.
    List<String> sparkTop = spark.read().parquet(out.resolve(SparkPipeline.AUTHORSHIPS).toString())
        .groupBy("author").agg(count("paper").as("n")).orderBy(desc("n"), col("author")).limit(10)
        .collectAsList().stream().map((Row r) -> r.getString(0)).toList();
    List<Author> authors = new ArrayList<>(embedded.authors());
    authors.sort(Comparator.comparingInt((Author a) -> -embedded.paperCount(a)).thenComparing(Author::id));
    List<String> embeddedTop = authors.subList(0, 10).stream().map(Author::id).toList();
    assertEquals(embeddedTop, sparkTop);

    // The top_collaborators table (a window over the co-authorship edges) ranks as the embedded command.
    Map<String, List<String>> table = new java.util.TreeMap<>();
    for (Row r : spark.read().parquet(out.resolve(SparkPipeline.TOP_COLLABORATORS).toString())
        .filter(col("author").isin(embeddedTop.toArray())).orderBy("author", "rank").collectAsList()) {
      table.computeIfAbsent(r.getAs("author"), k -> new ArrayList<>())
          .add(r.getAs("rank") + " " + r.getAs("coauthor") + " " + r.getAs("papers"));
    }
    Map<String, List<String>> expectedTable = new java.util.TreeMap<>();
    for (String id : embeddedTop) {
      List<String> rows = new ArrayList<>();
      for (var c : Collaborators.of(embedded).rank(embedded.author(id)).rows()) {
        if (rows.size() < SparkPipeline.DEFAULT_TOP_K) {
          rows.add(c.rank() + " " + c.coauthor().id() + " " + c.sharedPapers());
        }
      }
      expectedTable.put(id, rows);
    }
    assertEquals(expectedTable, table);

    Subsets subsets = new Subsets(spark, out);
    for (String id : embeddedTop) {
      Corpus subset = subsets.neighborhood(subsets.authorId(id), 1, embedded.hyperAuthorshipThreshold());
      String expected = SparkMain.rankingJson(Collaborators.of(embedded).rank(embedded.author(id)), 10);
      String actual = SparkMain.rankingJson(Collaborators.of(subset).rank(subset.author(id)), 10);
      assertEquals(expected, actual, "top-10 collaborators of " + id);
    }
    // The command's JSON is the embedded command's, byte for byte, for a name (not an id).
    String name = embedded.author(embeddedTop.get(0)).displayName();
    List<String> args = new ArrayList<>(List.of("collaborators", "--author", name, "--top", "10", "--json"));
    args.addAll(files);
    String cli = EmbeddedCli.run(args.toArray(String[]::new));
    Corpus subset = subsets.neighborhood(subsets.authorId(name), 1, embedded.hyperAuthorshipThreshold());
    assertEquals(cli.strip(), SparkMain.rankingJson(Collaborators.of(subset).rank(subset.author(name)), 10).strip());
  }

  @Test
  void anAuthorsTwoHopSnapshotOpensEmbeddedWithTheSameCollaborators(@TempDir Path tmp) {
    List<Author> authors = new ArrayList<>(embedded.authors());
    authors.sort(Comparator.comparingInt((Author a) -> -embedded.paperCount(a)).thenComparing(Author::id));
    String id = authors.get(0).id();
    Path file = tmp.resolve("subset.cgs");
    SparkMain main = new SparkMain(System.out, System.err);
    assertEquals(0, main.runOn(spark, "snapshot", "--from", out.toString(), "--author", id, "--out",
        file.toString()));
    Corpus subset = CiteGraph.loadSnapshot(file);
    Author a = subset.author(id);
    assertEquals(embedded.author(id), a);
    assertEquals(embedded.paperCount(embedded.author(id)), subset.paperCount(a));
    assertEquals(SparkMain.rankingJson(Collaborators.of(embedded).rank(embedded.author(id)), Integer.MAX_VALUE),
        SparkMain.rankingJson(Collaborators.of(subset).rank(a), Integer.MAX_VALUE));
    // Two hops: every co-author's papers are in the subset with their full author lists.
    for (var c : Collaborators.of(embedded).rank(embedded.author(id)).rows()) {
      assertEquals(embedded.paperCount(c.coauthor()), subset.paperCount(subset.author(c.coauthor().id())),
          c.coauthor().id());
    }
  }
}
