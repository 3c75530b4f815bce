package org.citegraph.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

import org.citegraph.Corpus;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.query.CollaboratorRanking;
import org.citegraph.query.Collaborators;

/**
 * The command line of the Spark pipeline; the same main class runs under {@code java -jar} (master {@value
 * #DEFAULT_MASTER} unless {@code --master} is given) and under {@code spark-submit} (the master it sets is kept).
 *
 * <pre>
 * build --out DIR [--master M] [--partitions N] [--hyper-authorship N] FILES...
 * collaborators --from DIR --author NAME [--top N] [--json] [--master M]
 * snapshot --from DIR --author NAME --out FILE [--hops 1|2] [--master M]
 * </pre>
 * Exit codes: 0 ok, 1 bad input, 2 bad usage, 3 out of memory.
 */
public final class SparkMain {
  /** The master when neither {@code --master} nor {@code spark-submit} chooses one. */
  public static final String DEFAULT_MASTER = "local[*]";

  static final String USAGE = """
      Usage: java -jar citegraph-spark.jar COMMAND [OPTIONS]
        build --out DIR FILES...           ingest, de-duplicate, resolve, build graphs; Parquet tables and stats.json
            [--partitions N] [--hyper-authorship N]
        collaborators --from DIR --author NAME [--top N] [--json]
                                           ranked collaborators, as the embedded 'collaborators' command
        snapshot --from DIR --author NAME --out FILE [--hops 1|2]
                                           the author's neighborhood (2 hops by default) as a citegraph snapshot
      Every command takes --master M (default local[*]; under spark-submit, the master it sets).
      """;

  private final PrintStream out;
  private final PrintStream err;

  SparkMain(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /**
   * Runs a command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Netty, under Spark on Java 17, needs this before it loads.
    System.setProperty("io.netty.tryReflectionSetAccessible", "true");
    System.exit(new SparkMain(System.out, System.err).run(args));
  }

  /** Parsed options. */
  static final class Options {
    String command;
    String out;
    String from;
    String author;
    String master;
    int top = Integer.MAX_VALUE;
    boolean json;
    int hops = 2;
    int partitions;
    int hyper = CoauthorGraph.DEFAULT_HYPER_AUTHORSHIP_THRESHOLD;
    final List<String> files = new ArrayList<>();

    static Options parse(String... args) {
      if (args.length == 0) {
        throw new IllegalArgumentException("no command given");
      }
      Options o = new Options();
      o.command = args[0];
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--out" -> o.out = value(args, ++i, a);
          case "--from" -> o.from = value(args, ++i, a);
          case "--author" -> o.author = value(args, ++i, a);
          case "--master" -> o.master = value(args, ++i, a);
          case "--json" -> o.json = true;
          case "--top" -> o.top = positive(value(args, ++i, a), a);
          case "--hops" -> o.hops = positive(value(args, ++i, a), a);
          case "--partitions" -> o.partitions = positive(value(args, ++i, a), a);
          case "--hyper-authorship" -> o.hyper = positive(value(args, ++i, a), a);
          default -> {
            if (a.startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + a);
            }
            o.files.add(a);
          }
        }
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    private static int positive(String v, String option) {
      try {
        int n = Integer.parseInt(v);
        if (n < 1) {
          throw new NumberFormatException();
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a positive whole number, got '" + v + "'");
      }
    }
  }

  /**
   * Runs one command.
   *
   * @param args the command line
   * @return the exit code: 0 ok, 1 bad input, 2 bad usage, 3 out of memory
   */
  public int run(String... args) {
    Options o;
    try {
      o = Options.parse(args);
      if (o.command.equals("help")) {
        out.print(USAGE);
        return 0;
      }
      switch (o.command) {
        case "build" -> {
          require(o.out != null, "build needs --out DIR");
          require(!o.files.isEmpty(), "build needs input FILES");
        }
        case "collaborators" -> require(o.from != null && o.author != null,
            "collaborators needs --from DIR and --author NAME");
        case "snapshot" -> require(o.from != null && o.author != null && o.out != null,
            "snapshot needs --from DIR, --author NAME and --out FILE");
        default -> throw new IllegalArgumentException("unknown command '" + o.command + "'");
      }
    } catch (IllegalArgumentException e) {
      err.println("citegraph-spark: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    SparkSession spark = null;
    try {
      spark = session(o.master);
      return execute(spark, o);
    } finally {
      if (spark != null) {
        spark.stop();
      }
    }
  }

  /**
   * Runs one command on a session the caller owns (and stops).
   *
   * @param spark the session
   * @param args the command line
   * @return the exit code, as {@link #run}
   */
  int runOn(SparkSession spark, String... args) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("citegraph-spark: " + e.getMessage());
      return 2;
    }
    return execute(spark, o);
  }

  private int execute(SparkSession spark, Options o) {
    try {
      switch (o.command) {
        case "build" -> build(spark, o);
        case "collaborators" -> collaborators(spark, o);
        case "snapshot" -> snapshot(spark, o);
        default -> throw new IllegalArgumentException("unknown command '" + o.command + "'");
      }
      out.flush();
      return 0;
    } catch (OutOfMemoryError e) {
      err.println("citegraph-spark: out of memory; give the driver or executors more memory (docs/spark.md)");
      return 3;
    } catch (MalformedRecordException | UncheckedIOException e) {
      err.println("citegraph-spark: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("citegraph-spark: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      // Spark wraps a task's failure (a bad input file) in its own exception.
      err.println("citegraph-spark: " + rootMessage(e));
      return 1;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * A session on the given master; null keeps the one {@code spark-submit} set, or {@value #DEFAULT_MASTER}.
   *
   * @param master the master URL, or null
   * @return the session
   */
  static SparkSession session(String master) {
    SparkConf conf = new SparkConf().setAppName("citegraph");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster(DEFAULT_MASTER);
    }
    conf.setIfMissing("spark.ui.enabled", "false");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    return spark;
  }

  private void build(SparkSession spark, Options o) {
    int partitions = o.partitions > 0 ? o.partitions : Math.max(2, spark.sparkContext().defaultParallelism() * 2);
    SparkPipeline.Options options = new SparkPipeline.Options(partitions, o.hyper, SparkPipeline.DEFAULT_TOP_K);
    ShuffleMeter meter = new ShuffleMeter();
    spark.sparkContext().addSparkListener(meter);
    SparkPipeline pipeline = new SparkPipeline(spark, options);
    SparkPipeline.Result r = pipeline.buildFromFiles(o.files, Path.of(o.out));
    for (Map.Entry<String, Long> e : r.phaseNanos().entrySet()) {
      err.printf(Locale.ROOT, "%-14s %8.1f s   shuffle written %,12d bytes%n", e.getKey(), e.getValue() / 1e9,
          r.phaseShuffleBytes().getOrDefault(e.getKey(), 0L));
    }
    r.pageRank().ifPresent(c -> err.println("citation PageRank " + c.describe()));
    long heapPeak = 0;
    for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null) {
        heapPeak += pool.getPeakUsage().getUsed();
      }
    }
    err.printf(Locale.ROOT, "shuffle written %,d bytes, read %,d bytes, spilled %,d bytes; largest task execution"
        + " memory %,d bytes; driver+local executor heap peak (sum of pool peaks) %,d bytes%n", meter.written(),
        meter.read(), meter.spilled(), meter.peakExecutionMemory(), heapPeak);
    for (Map.Entry<String, Long> e : r.stats().entrySet()) {
      out.printf(Locale.ROOT, "%-22s %,d%n", e.getKey(), e.getValue());
    }
  }

  private void collaborators(SparkSession spark, Options o) {
    Subsets subsets = new Subsets(spark, Path.of(o.from));
    String id = subsets.authorId(o.author);
    Corpus corpus = subsets.neighborhood(id, 1, o.hyper);
    CollaboratorRanking r = Collaborators.of(corpus).rank(corpus.author(id));
    if (!o.json) {
      out.print(r.toTable(o.top == Integer.MAX_VALUE ? org.citegraph.table.TextTable.DEFAULT_MAX_ROWS : o.top));
      return;
    }
    out.println(rankingJson(r, o.top));
  }

  /**
   * A ranking as the embedded {@code collaborators --json} writes it.
   *
   * @param r the ranking
   * @param top the most rows
   * @return the JSON text
   */
  static String rankingJson(CollaboratorRanking r, int top) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      org.citegraph.export.CollaboratorsJson.write(g, r, top);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private void snapshot(SparkSession spark, Options o) {
    Subsets subsets = new Subsets(spark, Path.of(o.from));
    String id = subsets.authorId(o.author);
    Corpus corpus = subsets.neighborhood(id, o.hops, o.hyper);
    Path file = Path.of(o.out);
    try {
      corpus.save(file);
      out.printf(Locale.ROOT, "Saved %s to %s (%,d bytes)%n", corpus, file, Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
