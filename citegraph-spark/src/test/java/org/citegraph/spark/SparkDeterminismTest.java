package org.citegraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.citegraph.Fixtures;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.Inputs;
import org.citegraph.model.Paper;

/** The same records give the same tables for 1, 3 and 8 partitions and in any order. */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkDeterminismTest {
  private SparkSession spark;
  private List<Paper> records;

  @BeforeAll
  void start() throws IOException {
    Path data = Fixtures.sharedData();
    Path kaggle = data.resolve("arxiv-kaggle-snapshot-head/arxiv-metadata-oai-snapshot.head.jsonl.xz");
    assumeTrue(Files.isRegularFile(kaggle), "shared data absent");
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(kaggle, sink);
    // The same records again, as a second read of the files: exact duplicates collapse, as embedded.
    records = new ArrayList<>(sink.papers());
    records.addAll(sink.papers().subList(0, 50));
    spark = SparkTestSession.start();
  }

  @AfterAll
  void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** Every table, each sorted, as text: what two builds must agree on. */
  private List<String> tables(Path out) {
    List<String> t = new ArrayList<>();
    for (String name : List.of(SparkPipeline.PAPERS, SparkPipeline.AUTHORS, SparkPipeline.AUTHORSHIPS,
        SparkPipeline.COAUTHOR_EDGES, SparkPipeline.TOP_COLLABORATORS, SparkPipeline.CITATIONS,
        SparkPipeline.RESOLUTION)) {
      var df = spark.read().parquet(out.resolve(name).toString());
      for (String c : df.columns()) {
        var type = df.schema().apply(c).dataType();
        if (type instanceof org.apache.spark.sql.types.BinaryType) {
          df = df.withColumn(c, org.apache.spark.sql.functions.sha2(df.col(c), 256));
        } else if (type instanceof org.apache.spark.sql.types.ArrayType a
            && a.elementType() instanceof org.apache.spark.sql.types.BinaryType) {
          df = df.withColumn(c, org.apache.spark.sql.functions.expr("transform(" + c + ", x -> sha2(x, 256))"));
        }
      }
      List<String> rows = new ArrayList<>();
      for (Row r : df.collectAsList()) {
        rows.add(r.toString());
      }
      Collections.sort(rows);
      t.add(name + " " + rows.size() + "\n" + String.join("\n", rows));
    }
    return t;
  }

  @Test
  void oneThreeAndEightPartitionsAndShuffledInputGiveIdenticalTables(@TempDir Path tmp) throws IOException {
    List<String> reference = null;
    SparkPipeline.Result first = null;
    for (int partitions : new int[] {1, 3, 8}) {
      Path out = tmp.resolve("p" + partitions);
      SparkPipeline.Result r = new SparkPipeline(spark, SparkPipeline.Options.withPartitions(partitions))
          .buildFromRecords(records, out);
      List<String> t = tables(out);
      if (reference == null) {
        reference = t;
        first = r;
        assertTrue(r.stats().get("papers") == 1000 && r.stats().get("coauthorEdges") > 1000, r.stats().toString());
      } else {
        assertEquals(first.stats(), r.stats(), partitions + " partitions");
        assertEquals(reference, t, partitions + " partitions");
      }
    }
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(7));
    Path out = tmp.resolve("shuffled");
    SparkPipeline.Result r = new SparkPipeline(spark, SparkPipeline.Options.withPartitions(3))
        .buildFromRecords(shuffled, out);
    assertEquals(first.stats(), r.stats(), "shuffled");
    assertEquals(reference, tables(out), "shuffled");
  }
}
