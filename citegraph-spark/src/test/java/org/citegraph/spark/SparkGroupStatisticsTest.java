package org.citegraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.citegraph.resolve.AuthorResolver;
import org.citegraph.resolve.EvidenceStatistics;

/**
 * The statistics each group receives by the join equal the whole corpus's statistics cut down to the group's slices
 * ({@link EvidenceStatistics#restrict}), which resolve exactly as the whole ones (core property).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkGroupStatisticsTest {
  private static final List<String> NAMES = List.of("Wei Zhang", "W. Zhang", "Wen Zhang", "J. Smith", "John Smith",
      "Jane Smith", "Li Wang", "L. Wang", "Maria Garcia", "M. Garcia", "Kim Lee", "K. Lee");
  private static final List<String> WORDS = List.of("graph", "neural", "network", "retina", "protein", "galaxy",
      "learning", "sparse", "quantum");
  private static final StructType PAPER = new StructType().add("id", DataTypes.StringType)
      .add("record", DataTypes.BinaryType);

  private SparkSession spark;

  @BeforeAll
  void start() {
    spark = SparkTestSession.start();
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** Papers sharing names, words and identifiers, citing each other and outside; one past the evidence limit. */
  private static List<Paper> corpus(long seed, int size) {
    Random r = new Random(seed);
    List<Paper> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Paper.Builder b = Paper.builder().identifier(PaperId.arxiv(String.format("2101.%05d", i)))
          .identifier(PaperId.doi("10.1000/p" + i)).date(PubDate.ofYear(2000 + r.nextInt(20)))
          .source(new SourceRef("gen.txt", i + 1))
          .title("Paper " + WORDS.get(r.nextInt(WORDS.size())) + " " + WORDS.get(r.nextInt(WORDS.size())))
          .primaryCategory(Category.of(r.nextBoolean() ? "cs.LG" : "quant-ph"));
      int authors = i == size / 2 ? AuthorResolver.MAX_AUTHORS_FOR_EVIDENCE + 3 : 1 + r.nextInt(4);
      java.util.Set<String> used = new java.util.HashSet<>();
      for (int a = 0; a < authors; a++) {
        String name = a < 4 ? NAMES.get(r.nextInt(NAMES.size())) : "Member" + (char) ('a' + a % 26) + " Team" + a;
        if (used.add(name)) {
          b.author(PersonName.parse(name));
        }
      }
      if (r.nextInt(3) == 0) {
        b.affiliation(r.nextBoolean() ? "MIT" : "ETH Zurich");
      }
      if (r.nextInt(4) == 0) {
        b.identifier(PaperId.doi("10.1000/proceedings" + r.nextInt(2)));
      }
      if (i > 0 && r.nextBoolean()) {
        int cited = r.nextInt(i);
        b.reference(r.nextBoolean() ? "arxiv:" + String.format("2101.%05d", cited) : "doi:10.1000/p" + cited);
      }
      if (r.nextInt(4) == 0) {
        b.reference("doi:10.1000/proceedings" + r.nextInt(2));
      }
      if (r.nextInt(5) == 0) {
        b.reference("doi:10.9999/outside" + r.nextInt(3));
      }
      out.add(b.build());
    }
    return out;
  }

  @Test
  void eachGroupReceivesTheCorpusStatisticsOfItsLookedUpValues() {
    List<Paper> papers = corpus(15, 120);
    EvidenceStatistics whole = EvidenceStatistics.of(papers);
    List<Row> paperRows = new ArrayList<>();
    List<Row> sliceRows = new ArrayList<>();
    Map<String, List<Paper>> groups = new TreeMap<>();
    for (Paper p : papers) {
      paperRows.add(RowFactory.create(p.id().toString(), PaperCodec.encode(p)));
      for (Map.Entry<String, CoreAdapter.Slice> e : CoreAdapter.slices(p, Map.of()).entrySet()) {
        Paper slim = e.getValue().paper();
        sliceRows.add(RowFactory.create(e.getKey(), PaperCodec.encode(slim), null, 0, null, null, null, null));
        groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(slim);
      }
    }
    List<Row> rows = SparkPipeline.groupStatistics(spark.createDataFrame(paperRows, PAPER).repartition(3),
        spark.createDataFrame(sliceRows, SparkPipeline.SLICE).repartition(3)).collectAsList();
    Map<String, List<Row>> byGroup = new TreeMap<>();
    for (Row r : rows) {
      byGroup.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
    }
    assertEquals(groups.keySet(), byGroup.keySet());
    long held = 0;
    for (Map.Entry<String, List<Paper>> g : groups.entrySet()) {
      EvidenceStatistics joined = SparkPipeline.statisticsOf(papers.size(), byGroup.get(g.getKey()));
      assertEquals(whole.restrict(g.getValue()), joined, g.getKey());
      held = Math.max(held, joined.size());
    }
    // No group receives the whole table.
    assertTrue(held < whole.size(), held + " of " + whole.size());
  }
}
