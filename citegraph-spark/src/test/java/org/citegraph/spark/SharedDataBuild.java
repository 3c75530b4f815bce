package org.citegraph.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.SparkSession;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.cli.EmbeddedCli;

/**
 * One Spark build and one embedded build of the same shared data files, the fixture of the test classes that compare
 * the two paths on real data (one session per class: start it in {@code @BeforeAll}, {@link #stop()} it after).
 *
 * @param spark the class's local session
 * @param files the input files
 * @param out the Spark build's output folder
 * @param result what the Spark build returned
 * @param embedded the embedded corpus of the same files
 */
record SharedDataBuild(SparkSession spark, List<String> files, Path out, SparkPipeline.Result result,
    Corpus embedded) {

  /**
   * Builds the files on both paths, or skips the test class (JUnit assumption) when a file is absent.
   *
   * @param tmp a temporary folder for the Spark tables
   * @param partitions the Spark build's partitions
   * @param relativeFiles the files, relative to {@link Fixtures#sharedData()}
   * @return both builds
   */
  static SharedDataBuild start(Path tmp, int partitions, String... relativeFiles) {
    Path data = Fixtures.sharedData();
    List<String> files = new ArrayList<>();
    for (String f : relativeFiles) {
      files.add(data.resolve(f).toString());
    }
    assumeTrue(files.stream().allMatch(f -> Files.isRegularFile(Path.of(f))), "shared data absent");
    SparkSession spark = SparkTestSession.start();
    Path out = tmp.resolve("build");
    SparkPipeline.Result result = new SparkPipeline(spark, SparkPipeline.Options.withPartitions(partitions))
        .buildFromFiles(files, out);
    CiteGraph.Builder b = CiteGraph.builder();
    files.forEach(f -> b.add(Path.of(f)));
    return new SharedDataBuild(spark, List.copyOf(files), out, result, b.build());
  }

  /**
   * The embedded command line's {@code stats --json} of the files.
   *
   * @return the figures, in the command's order
   */
  Map<String, Long> embeddedStatsJson() {
    List<String> args = new ArrayList<>(List.of("stats", "--json"));
    args.addAll(files);
    return StatsJson.parse(EmbeddedCli.run(args.toArray(String[]::new)));
  }

  /** Stops the session. */
  void stop() {
    spark.stop();
  }
}
