package org.citegraph.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import org.citegraph.graph.Convergence;
import org.citegraph.graph.PageRank;
import org.citegraph.query.Citations;

import scala.Tuple2;

/**
 * PageRank (Brin &amp; Page 1998, "The anatomy of a large-scale hypertextual Web search engine", Computer Networks
 * 30) of a citation graph held as Spark data, with the embedded library's definition and stopping rule ({@link
 * PageRank}): damping {@link Citations#DAMPING}, every score 1/n at the start, a paper citing no corpus paper spreads
 * its score over all papers, and the power iteration stops when the L1 change of an iteration, Σ_v |x_{k+1}(v) −
 * x_k(v)|, falls below {@link PageRank#DEFAULT_TOLERANCE} (at most {@link PageRank#DEFAULT_MAX_ITERATIONS}
 * iterations). So each score is within the core's error bound of the exact PageRank, and within about 1e-15 of the
 * embedded score on the same graph.
 *
 * <p>Distributed as in the classic Spark PageRank: the nodes (each with the papers it cites) are hash-partitioned once
 * and stay in place; each iteration ships one contribution per citation edge (combined per target within a task)
 * and joins the sums back without moving the nodes. The sums of an iteration (per paper, the dangling mass and the
 * L1 change) are exact ({@link BigDecimal}) and rounded once, so the scores do not depend on the partitioning or the
 * order of the records. O(iterations · (N + E)) work, one shuffle of at most E contributions and one small action
 * per iteration; lineage is cut every iteration (local checkpoint).
 */
public final class SparkPageRank {
  /** The scores table's schema: {@code id} (paper id), {@code pageRank}. */
  public static final StructType SCORES = new StructType().add("id", DataTypes.StringType)
      .add("pageRank", DataTypes.DoubleType);

  private final double damping;
  private final double tolerance;
  private final int maxIterations;

  private SparkPageRank(double damping, double tolerance, int maxIterations) {
    this.damping = damping;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /**
   * The embedded library's configuration: damping {@link Citations#DAMPING}, tolerance {@link
   * PageRank#DEFAULT_TOLERANCE}, at most {@link PageRank#DEFAULT_MAX_ITERATIONS} iterations.
   *
   * @return the configuration the embedded {@code Citations} uses
   */
  public static SparkPageRank asEmbedded() {
    return new SparkPageRank(Citations.DAMPING, PageRank.DEFAULT_TOLERANCE, PageRank.DEFAULT_MAX_ITERATIONS);
  }

  /**
   * Scores and how the iteration ended.
   *
   * @param scores one row per paper: {@link #SCORES}
   * @param convergence iterations, last L1 change, tolerance and whether it converged
   */
  public record Result(Dataset<Row> scores, Convergence convergence) {}

  /** A paper during the iteration: the papers it cites, its score and its previous score. */
  private record Node(String[] cited, double rank, double previous) implements Serializable {}

  /**
   * Runs PageRank.
   *
   * @param spark the session
   * @param papers one column {@code id}: every paper (the vertices), each once
   * @param citations columns {@code citing}, {@code cited}: distinct edges between papers of {@code papers}, no
   *     self-citations
   * @param partitions the number of partitions of the nodes and contributions
   * @return the scores and convergence; empty scores for no papers
   */
  public Result run(SparkSession spark, Dataset<Row> papers, Dataset<Row> citations, int partitions) {
    Partitioner part = new HashPartitioner(partitions);
    JavaPairRDD<String, String[]> links = citations.select("citing", "cited").javaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0), r.getString(1))).groupByKey(part)
        .mapValues(targets -> {
          List<String> list = new ArrayList<>();
          targets.forEach(list::add);
          return list.toArray(String[]::new);
        });
    JavaPairRDD<String, String[]> all = papers.select("id").javaRDD()
        .mapToPair(r -> new Tuple2<>(r.getString(0), 0)).partitionBy(part)
        .leftOuterJoin(links).mapValues(v -> v._2().orElse(new String[0]));
    all = all.persist(StorageLevel.MEMORY_AND_DISK());
    long n = all.count();
    if (n == 0) {
      all.unpersist(false);
      return new Result(spark.createDataFrame(List.of(), SCORES), new Convergence(0, 0, tolerance, true));
    }
    double initial = 1.0 / n;
    long danglingCount = all.filter(e -> e._2().length == 0).count();
    double dangling = new BigDecimal(initial).multiply(BigDecimal.valueOf(danglingCount)).doubleValue();
    JavaPairRDD<String, Node> state = all.mapValues(c -> new Node(c, initial, initial));
    state.persist(StorageLevel.MEMORY_AND_DISK());
    all.unpersist(false);
    double d = damping;
    int iterations = 0;
    double change = Double.POSITIVE_INFINITY;
    while (iterations < maxIterations && !(change < tolerance)) {
      double base = (1 - d) / n + d * dangling / n;
      JavaPairRDD<String, BigDecimal> sums = state.flatMapToPair(e -> {
        Node v = e._2();
        List<Tuple2<String, BigDecimal>> out = new ArrayList<>(v.cited().length);
        if (v.cited().length > 0) {
          BigDecimal share = new BigDecimal(v.rank() * (1.0 / v.cited().length));
          for (String c : v.cited()) {
            out.add(new Tuple2<>(c, share));
          }
        }
        return out.iterator();
      }).reduceByKey(part, BigDecimal::add);
      JavaPairRDD<String, Node> next = state.leftOuterJoin(sums).mapValues(v -> {
        double in = v._2().isPresent() ? v._2().get().doubleValue() : 0;
        return new Node(v._1().cited(), base + d * in, v._1().rank());
      });
      next.persist(StorageLevel.MEMORY_AND_DISK());
      next.rdd().localCheckpoint();
      // One pass: the L1 change and the mass of the dangling papers, both summed exactly.
      BigDecimal[] totals = next.values().aggregate(new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO},
          (acc, v) -> new BigDecimal[] {acc[0].add(new BigDecimal(Math.abs(v.rank() - v.previous()))),
              v.cited().length == 0 ? acc[1].add(new BigDecimal(v.rank())) : acc[1]},
          (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
      state.unpersist(false);
      state = next;
      change = totals[0].doubleValue();
      dangling = totals[1].doubleValue();
      iterations++;
    }
    JavaRDD<Row> rows = state.map(e -> RowFactory.create(e._1(), e._2().rank()));
    Dataset<Row> scores = spark.createDataFrame(rows, SCORES).localCheckpoint();
    state.unpersist(false);
    return new Result(scores, new Convergence(iterations, change, tolerance, change < tolerance));
  }

  /**
   * The damping factor.
   *
   * @return the probability of following a citation
   */
  public double damping() {
    return damping;
  }
}
