package org.citegraph.bench;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.BuildStats;
import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.snapshot.SnapshotFormat;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordSink;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.query.Collaborators;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.TopicClusters;
import org.citegraph.resolve.AuthorResolver;
import org.citegraph.resolve.Decisions;
import org.citegraph.resolve.PaperDeduplicator;

import picocli.CommandLine;

/**
 * The end-to-end benchmark behind the {@code synth} and {@code bench} commands of the command line. {@code bench
 * FILE} prints, in one run: the raw read ceiling of the file against citegraph's ingest rate, a per-phase breakdown
 * of {@link CiteGraph.Builder#build()} ({@link BuildStats}), co-authorship graph build time and retained heap, query
 * latencies (top-10 collaborators over random authors, timelines of prolific authors, corpus topic clustering up to
 * {@link #DEFAULT_CLUSTER_MAX_PAPERS} papers), and with {@code --peer} the co-authorship graph built by networkx
 * ({@value #PEER_RESOURCE}, run with {@value #PYTHON}) with the time and memory ratios. The peer gets the same
 * hyper-authorship threshold ({@code --hyper-authorship N}, default {@value
 * CoauthorGraph#DEFAULT_HYPER_AUTHORSHIP_THRESHOLD}) and runs twice: once from citegraph's resolved author lists, so
 * that both sides build the very same graph (node and edge counts are compared and must match; the build-time and
 * memory ratios come from this run), and once from the file itself with name keys and no author resolution (the
 * end-to-end ratio). Speed is measured, never asserted. Not thread-safe; meant to run alone in its own JVM.
 */
public final class Benchmark {
  /**
   * Papers above which corpus clustering is skipped by default, so that a 1M-paper run measures ingest, graph and
   * queries without the clustering's minutes and heap; the 100k benchmark includes it. Raise it with {@code
   * --cluster-max}.
   */
  public static final int DEFAULT_CLUSTER_MAX_PAPERS = 150_000;
  /**
   * Default number of parse-only passes over the file (records counted, not kept) before the ingest: the first pass
   * runs while the JIT compiles the parser, later passes show the steady-state parse rate on all cores.
   */
  public static final int DEFAULT_PARSE_PASSES = 2;
  /** The most {@code --resolve-reps} runs. */
  public static final int MAX_RESOLVE_REPS = 100;
  /** Rebuilds of the co-authorship graph after the first, to time a build with the JIT warm. */
  public static final int WARM_BUILDS = 3;
  /** Default number of random authors for the collaborator query. */
  public static final int DEFAULT_QUERIES = 10_000;
  /** The Python interpreter of the peer (Debian's, where {@code apt-get install python3-networkx} installs to). */
  public static final String PYTHON = "/usr/bin/python3";
  /** The class-path resource of the networkx peer script. */
  public static final String PEER_RESOURCE = "org/citegraph/bench/networkx_peer.py";
  /** The command that installs networkx for {@value #PYTHON} on Debian and Ubuntu (run as root). */
  public static final List<String> INSTALL_NETWORKX = List.of("apt-get", "install", "-y", "python3-networkx");
  /** Most random authors whose timeline is timed (a tenth of {@code --queries}, at most this many). */
  public static final int TIMELINE_QUERIES = 1_000;
  /** Default number of timed runs of the {@code timeline} command. */
  public static final int DEFAULT_TIMELINE_RUNS = 10;
  /** Runs of the {@code timeline} command left out of the warm median (JIT warm-up). */
  public static final int TIMELINE_WARM_UP_RUNS = 2;
  /** Seed of the random author sample (the timeline sample uses this seed + 1). */
  public static final long QUERY_SEED = 42L;

  private static final double MB = 1_000_000.0;

  private final PrintStream out;

  private Benchmark(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs {@code synth} or {@code bench} from the command line and exits with the command's exit code.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    System.exit(command(args, System.out, System.err));
  }

  /**
   * Runs {@code synth --papers N [--seed S] --out FILE} or {@code bench FILE [FILE...] [--peer] [--queries N]
   * [--cluster-max N] [--hyper-authorship N] [--parse-passes N] [--resolve-reps N]}, parsed by picocli ({@code
   * --help} on each).
   *
   * @param args the command and its options
   * @param out results
   * @param err messages
   * @return the exit code: 0 on success, 1 on an I/O error, 2 on bad usage, 3 out of memory
   */
  public static int command(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Tool(out));
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    cl.setParameterExceptionHandler((e, a) -> {
      err.println("citegraph-bench: " + e.getMessage());
      if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
        err.println("Did you mean '" + u.getSuggestions().get(0) + "'?");
      }
      err.println("Usage: " + e.getCommandLine().getHelp().synopsis(0).strip());
      return 2;
    });
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException) {
        err.println("citegraph-bench: " + e.getMessage());
        err.println("Usage: " + cmd.getHelp().synopsis(0).strip());
        return 2;
      }
      if (e instanceof IOException || e instanceof java.io.UncheckedIOException) {
        err.println("citegraph-bench: " + e.getMessage());
        return 1;
      }
      throw e;
    });
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError e) {
      err.printf(Locale.ROOT, "citegraph-bench: out of memory: the Java heap (at most %,d MiB) is too small; run "
          + "with a larger heap, e.g. java -Xmx8g -jar citegraph-bench.jar ...%n",
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
      return 3;
    }
  }

  /** Reads whole numbers strictly, with {@code _} or {@code ,} allowed between digits ("1_000_000"). */
  static final class WholeNumber implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String v) {
      if (!v.matches("-?[0-9][0-9_,]*")) {
        throw new CommandLine.TypeConversionException("'" + v + "' is not a whole number");
      }
      return Long.parseLong(v.replace("_", "").replace(",", ""));
    }
  }

  /** The benchmark's command line: {@code synth} and {@code bench}. */
  @CommandLine.Command(name = "citegraph-bench", mixinStandardHelpOptions = true,
      scope = CommandLine.ScopeType.INHERIT, versionProvider = Tool.Version.class,
      description = "Synthetic corpora and the end-to-end benchmark.",
      subcommands = {Synth.class, Bench.class, TopicsEval.class, TimelineRuns.class, CommandLine.HelpCommand.class})
  static final class Tool implements Runnable {
    final PrintStream out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    Tool(PrintStream out) {
      this.out = out;
    }

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: synth, bench, topics-eval or timeline");
    }

    /** The jar's Implementation-Version. */
    static final class Version implements CommandLine.IVersionProvider {
      @Override
      public String[] getVersion() {
        String v = Benchmark.class.getPackage().getImplementationVersion();
        return new String[] {"citegraph-bench " + (v == null ? "(development build)" : v)};
      }
    }
  }

  /** {@code synth}: writes a synthetic corpus. */
  @CommandLine.Command(name = "synth", description = "Write a SYNTHETIC corpus of arXiv-style JSON Lines, for "
      + "benchmarks only.")
  static final class Synth implements java.util.concurrent.Callable<Integer> {
    @CommandLine.ParentCommand
    Tool tool;

    @CommandLine.Option(names = "--papers", paramLabel = "N", required = true, converter = WholeNumber.class,
        description = "Number of papers.")
    long papers;

    @CommandLine.Option(names = "--seed", paramLabel = "S", converter = WholeNumber.class, defaultValue = "1",
        description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Option(names = "--out", paramLabel = "FILE", required = true, description = "The file to write "
        + "(.jsonl, or .jsonl.gz compressed).")
    Path file;

    @Override
    public Integer call() throws IOException {
      if (papers < 0) {
        throw new IllegalArgumentException("--papers needs a number of papers of at least 0, got " + papers);
      }
      long t0 = System.nanoTime();
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      SyntheticCorpus.of(papers, seed).writeTo(file);
      double s = (System.nanoTime() - t0) / 1e9;
      tool.out.printf(Locale.ROOT, "SYNTHETIC corpus: %,d papers, seed %d, %,d bytes written to %s in %.1f s%n",
          papers, seed, Files.size(file), file, s);
      return 0;
    }
  }

  /** {@code topics-eval}: topic quality against arXiv categories beside TF-IDF + k-means, and research threads. */
  @CommandLine.Command(name = "topics-eval", description = "Topic quality (NMI against primary categories) beside "
      + "TF-IDF + k-means, and the research threads of the most prolific authors, on the shared data sets.")
  static final class TopicsEval implements java.util.concurrent.Callable<Integer> {
    @CommandLine.ParentCommand
    Tool tool;

    @CommandLine.Parameters(paramLabel = "DATA_DIR", description = "The folder holding the data sets, e.g. "
        + "../shared/data.")
    Path data;

    @Override
    public Integer call() throws IOException {
      if (!Files.isDirectory(data)) {
        throw new IllegalArgumentException("topics-eval needs the data folder, e.g. ../shared/data; " + data
            + " is not a folder");
      }
      new TopicsEvaluation(tool.out).run(data);
      return 0;
    }
  }

  /** {@code timeline}: one author's timeline computed again and again in one JVM, with wall and CPU time per run. */
  @CommandLine.Command(name = "timeline", description = "Times ResearchThreads.of(corpus).timeline(author) RUNS "
      + "times in one JVM on FILEs or one snapshot: wall and process CPU time per run and the warm median.")
  static final class TimelineRuns implements java.util.concurrent.Callable<Integer> {
    @CommandLine.ParentCommand
    Tool tool;

    @CommandLine.Parameters(paramLabel = "FILE", arity = "1..*", description = "Record files, or one snapshot.")
    List<Path> files;

    @CommandLine.Option(names = "--author", paramLabel = "NAME", required = true, description = "The author's id "
        + "or name.")
    String author;

    @CommandLine.Option(names = "--runs", paramLabel = "N", converter = WholeNumber.class, description = "Timed "
        + "runs (default: " + DEFAULT_TIMELINE_RUNS + "); the first " + TIMELINE_WARM_UP_RUNS + " count as warm-up.")
    long runs = DEFAULT_TIMELINE_RUNS;

    @Override
    public Integer call() throws IOException {
      if (runs <= TIMELINE_WARM_UP_RUNS || runs > 10_000) {
        throw new IllegalArgumentException("--runs needs more than " + TIMELINE_WARM_UP_RUNS + " and at most "
            + "10000 runs, got " + runs);
      }
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          throw new IllegalArgumentException("no such file: " + f);
        }
      }
      if (files.size() > 1 && files.stream().anyMatch(SnapshotFormat::isSnapshot)) {
        throw new IllegalArgumentException("timeline takes one snapshot file alone, not with other files");
      }
      new Benchmark(tool.out).timelineRuns(files, author, (int) runs);
      return 0;
    }
  }

  /** {@code bench}: the end-to-end benchmark. */
  @CommandLine.Command(name = "bench", description = "Ingest, graph, query and (with --peer) networkx timings of "
      + "FILEs or one snapshot.")
  static final class Bench implements java.util.concurrent.Callable<Integer> {
    @CommandLine.ParentCommand
    Tool tool;

    @CommandLine.Parameters(paramLabel = "FILE", arity = "1..*", description = "Record files, or one snapshot.")
    List<Path> files;

    @CommandLine.Option(names = "--peer", description = "Also build the graph with networkx and compare.")
    boolean peer;

    @CommandLine.Option(names = "--queries", paramLabel = "N", converter = WholeNumber.class, description =
        "Random authors for the collaborator query (default: " + DEFAULT_QUERIES + ").")
    long queries = DEFAULT_QUERIES;

    @CommandLine.Option(names = "--cluster-max", paramLabel = "N", converter = WholeNumber.class, description =
        "Most papers for which the corpus is clustered (default: " + DEFAULT_CLUSTER_MAX_PAPERS + ").")
    long clusterMax = DEFAULT_CLUSTER_MAX_PAPERS;

    @CommandLine.Option(names = "--hyper-authorship", paramLabel = "N", converter = WholeNumber.class,
        description = "Papers with more than N authors add no co-authorship links (default: "
            + CoauthorGraph.DEFAULT_HYPER_AUTHORSHIP_THRESHOLD + ").")
    long hyper = CoauthorGraph.DEFAULT_HYPER_AUTHORSHIP_THRESHOLD;

    @CommandLine.Option(names = "--parse-passes", paramLabel = "N", converter = WholeNumber.class, description =
        "Parse-only passes before the ingest (default: " + DEFAULT_PARSE_PASSES + ").")
    long parsePasses = DEFAULT_PARSE_PASSES;

    @CommandLine.Option(names = "--resolve-reps", paramLabel = "N", converter = WholeNumber.class, description =
        "Re-runs of paper de-duplication and author resolution on the records read again, last (default: 0).")
    long resolveReps;

    @Override
    public Integer call() throws IOException {
      if (hyper < 2 || hyper > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("--hyper-authorship needs a number of authors of at least 2, got "
            + hyper);
      }
      if (parsePasses < 0 || parsePasses > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("--parse-passes needs a number of passes of at least 0, got "
            + parsePasses);
      }
      if (resolveReps < 0 || resolveReps > MAX_RESOLVE_REPS) {
        throw new IllegalArgumentException("--resolve-reps needs a number of runs from 0 to " + MAX_RESOLVE_REPS
            + ", got " + resolveReps);
      }
      if (queries > Integer.MAX_VALUE || clusterMax > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("--queries and --cluster-max take at most " + Integer.MAX_VALUE);
      }
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          throw new IllegalArgumentException("no such file: " + f);
        }
      }
      if (files.size() > 1 && files.stream().anyMatch(SnapshotFormat::isSnapshot)) {
        throw new IllegalArgumentException("bench takes one snapshot file alone, not with other files");
      }
      new Benchmark(tool.out).run(files, peer, (int) Math.max(1, queries), (int) clusterMax, (int) hyper,
          (int) parsePasses, (int) resolveReps);
      return 0;
    }
  }

  private long usedHeap() {
    // The heap in use after collections, the least of three readings.
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  private void run(List<Path> files, boolean peer, int queries, int clusterMax, int hyper, int parsePasses,
      int resolveReps) throws IOException {
    Runtime rt = Runtime.getRuntime();
    Path file = files.get(0);
    out.printf(Locale.ROOT, "citegraph bench %s%s%n", file.getFileName(),
        files.size() > 1 ? String.format(Locale.ROOT, " and %d more files", files.size() - 1) : "");
    out.printf(Locale.ROOT, "JVM %s, %d cores, max heap %.1f GiB%n%n", System.getProperty("java.version"),
        rt.availableProcessors(), rt.maxMemory() / (double) (1L << 30));

    // 1. Raw read ceiling vs ingest.
    long fileBytes = 0;
    long t0 = System.nanoTime();
    for (Path f : files) {
      fileBytes += Files.size(f);
      rawRead(f, false);
    }
    double rawS = seconds(System.nanoTime() - t0);
    long textBytes = fileBytes;
    double textS = rawS;
    boolean compressed = files.stream().anyMatch(Benchmark::isCompressedName);
    if (compressed) {
      textBytes = 0;
      t0 = System.nanoTime();
      for (Path f : files) {
        textBytes += rawRead(f, true);
      }
      textS = seconds(System.nanoTime() - t0);
    }
    long heap0 = usedHeap();
    if (SnapshotFormat.isSnapshot(file)) {
      // A snapshot: measure its load instead of ingest; the graph and queries follow as for a records file.
      t0 = System.nanoTime();
      Corpus loaded = CiteGraph.loadSnapshot(file);
      double loadS = seconds(System.nanoTime() - t0);
      long heap1 = usedHeap();
      out.println("== Snapshot load");
      out.printf(Locale.ROOT, "file: %,d bytes (snapshot format %d)%n", fileBytes,
          SnapshotFormat.version(file).orElse(-1));
      out.printf(Locale.ROOT, "%-44s %9.2f s %9.1f MB/s%n", "raw read ceiling (buffered byte read)", rawS,
          fileBytes / MB / rawS);
      out.printf(Locale.ROOT, "%-44s %9.2f s %9.1f MB/s %,12.0f papers/s%n", "citegraph snapshot load", loadS,
          fileBytes / MB / loadS, loaded.papers().size() / loadS);
      out.printf(Locale.ROOT, "papers %,d, authors %,d, authorships %,d%n", loaded.papers().size(),
          loaded.authors().size(), loaded.incidence().authorshipCount());
      out.printf(Locale.ROOT, "corpus retained heap: %,.1f MiB%n%n", (heap1 - heap0) / (double) (1 << 20));
      t0 = System.nanoTime();
      CoauthorGraph graph = loaded.coauthorGraph();
      double graphS = seconds(System.nanoTime() - t0);
      long graphBytes = usedHeap() - heap1;
      printGraph(loaded, graph, graphS, graphBytes, hyper);
      queries(loaded, queries, clusterMax);
      if (peer) {
        out.println("== networkx peer: needs a records file, not a snapshot (skipped)");
      }
      out.flush();
      return;
    }
    double[] passSeconds = new double[parsePasses];
    long passRecords = 0;
    for (int pass = 0; pass < parsePasses; pass++) {
      long[] counted = new long[1];
      RecordSink counting = new RecordSink() {
        @Override
        public void paper(Paper record) {
          counted[0]++;
        }

        @Override
        public void issue(IngestIssue issue) {
          counted[0]++;
        }
      };
      t0 = System.nanoTime();
      for (Path f : files) {
        Inputs.read(f, counting);
      }
      passSeconds[pass] = seconds(System.nanoTime() - t0);
      passRecords = counted[0];
    }
    CiteGraph.Builder builder = CiteGraph.builder().hyperAuthorshipThreshold(hyper);
    files.forEach(builder::add);
    long[] gc0 = gcSoFar();
    t0 = System.nanoTime();
    Corpus corpus = builder.build();
    double buildS = seconds(System.nanoTime() - t0);
    long[] gc1 = gcSoFar();
    BuildStats st = builder.lastStats().orElseThrow();
    long heap1 = usedHeap();
    out.println("== Ingest");
    out.printf(Locale.ROOT, "%s: %,d bytes%s%n", files.size() == 1 ? "file" : files.size() + " files", fileBytes,
        compressed ? String.format(Locale.ROOT, " (%,d bytes of text)", textBytes) : "");
    out.printf(Locale.ROOT, "%-44s %9.2f s %9.1f MB/s%n", "raw read ceiling (buffered byte read)", rawS,
        fileBytes / MB / rawS);
    if (compressed) {
      out.printf(Locale.ROOT, "%-44s %9.2f s %9.1f MB/s (of text)%n", "decompressing read", textS,
          textBytes / MB / textS);
    }
    out.printf(Locale.ROOT, "%-44s %9.2f s %9.1f MB/s %,12.0f records/s%n", "citegraph parse (read phase)",
        seconds(st.readNanos()), textBytes / MB / seconds(st.readNanos()), st.records() / seconds(st.readNanos()));
    for (int pass = 0; pass < parsePasses; pass++) {
      out.printf(Locale.ROOT, "%-44s %9.2f s %9.1f MB/s %,12.0f records/s%n",
          "parse only, counting sink, pass " + (pass + 1) + "/" + parsePasses, passSeconds[pass],
          textBytes / MB / passSeconds[pass], passRecords / passSeconds[pass]);
    }
    if (parsePasses > 0) {
      out.printf(Locale.ROOT, "parse only: %,d records and issues per pass%n", passRecords);
    }
    out.printf(Locale.ROOT, "%-44s %9.2f s %9.1f MB/s %,12.0f records/s%n", "citegraph ingest (parse + resolve)",
        buildS, textBytes / MB / buildS, st.records() / buildS);
    out.printf(Locale.ROOT, "records %,d (rejected %,d), papers %,d, authors %,d, authorships %,d%n", st.records(),
        st.rejected(), st.papers(), st.authors(), st.authorships());
    out.printf(Locale.ROOT, "garbage collection during the ingest: %,d collections, %.2f s%n", gc1[0] - gc0[0],
        (gc1[1] - gc0[1]) / 1e3);
    out.printf(Locale.ROOT, "corpus retained heap: %,.1f MiB%n%n", (heap1 - heap0) / (double) (1 << 20));

    // 2. Graph build.
    t0 = System.nanoTime();
    CoauthorGraph graph = corpus.coauthorGraph();
    double graphS = seconds(System.nanoTime() - t0);
    long heap2 = usedHeap();
    long graphBytes = heap2 - heap1;
    out.println("== Phases (wall clock)");
    phase("read + parse", st.readNanos(), st, graphS);
    phase("paper de-duplication", st.dedupNanos(), st, graphS);
    phase("author resolution", st.resolveNanos(), st, graphS);
    phase("incidence", st.incidenceNanos(), st, graphS);
    phase("corpus indexes", st.corpusNanos(), st, graphS);
    phase("co-authorship graph", (long) (graphS * 1e9), st, graphS);
    out.printf(Locale.ROOT, "%-30s %9.2f s%n%n", "total", seconds(st.totalNanos()) + graphS);
    double warmGraphS = printGraph(corpus, graph, graphS, graphBytes, hyper);
    queries(corpus, queries, clusterMax);

    // 4. Peer.
    if (peer && files.size() > 1) {
      out.println("== networkx peer: compares one JSON Lines file, not several (skipped)");
    } else if (peer) {
      out.println("== networkx peer");
      runPeer(file, corpus, hyper, graphS, warmGraphS, graphBytes, seconds(st.totalNanos()) + graphS);
    }
    out.flush();
    if (resolveReps > 0) {
      corpus = null; // let the warm runs use the heap the corpus held
      graph = null;
      warmResolutions(files, resolveReps, st);
    }
  }

  /**
   * Reads the records again and runs the de-duplication and the author resolution {@code reps} times on them, as
   * the ingest runs them (all cores, no decisions), printing each run and the medians: the time of the resolver with
   * its code compiled and the heap grown, which a single cold ingest mixes with JIT compilation and heap growth.
   */
  private void warmResolutions(List<Path> files, int reps, BuildStats cold) throws IOException {
    List<Paper> read = new ArrayList<>();
    RecordSink keeping = new RecordSink() {
      @Override
      public void paper(Paper record) {
        read.add(record);
      }

      @Override
      public void issue(IngestIssue issue) {}
    };
    for (Path f : files) {
      Inputs.read(f, keeping);
    }
    out.println("== Warm resolutions (the records read again; the code compiled, the heap grown)");
    double[] dedupS = new double[reps];
    double[] resolveS = new double[reps];
    int cores = Runtime.getRuntime().availableProcessors();
    OutputDigests first = null;
    Runtime rt = Runtime.getRuntime();
    for (int r = 0; r < reps; r++) {
      long[] gc0 = gcSoFar();
      long used0 = rt.totalMemory() - rt.freeMemory();
      long t0 = System.nanoTime();
      PaperDeduplicator.Result dedup = new PaperDeduplicator().deduplicate(read);
      long t1 = System.nanoTime();
      AuthorResolver.Result resolved = new AuthorResolver(Decisions.NONE, cores, false)
          .resolve(dedup.papers(), dedup.variants());
      long t2 = System.nanoTime();
      long used1 = rt.totalMemory() - rt.freeMemory();
      long[] gc1 = gcSoFar();
      if (resolved.authors().size() != cold.authors()) {
        throw new IllegalStateException("a warm resolution made " + resolved.authors().size() + " authors, the "
            + "ingest " + cold.authors());
      }
      OutputDigests digests = OutputDigests.of(dedup, resolved);
      if (first == null) {
        first = digests;
      } else if (!digests.equals(first)) {
        throw new IllegalStateException("warm resolution " + (r + 1) + " gave other output than the first: "
            + digests + " against " + first);
      }
      dedupS[r] = seconds(t1 - t0);
      resolveS[r] = seconds(t2 - t1);
      // With no collection during the run, the heap's growth is what the run allocated (to a region or two, and
      // less what the threads' allocation buffers held before the run): the figure a change that makes less garbage
      // moves, whatever else the machine does. Run under -XX:+UseEpsilonGC (no collector) to see it in every run.
      String allocated = gc1[0] == gc0[0]
          ? String.format(Locale.ROOT, ", allocated %,.1f MB", (used1 - used0) / 1e6) : "";
      out.printf(Locale.ROOT, "run %d/%d: paper de-duplication %.2f s, author resolution %.2f s "
          + "(garbage collection: %,d collections, %.2f s%s)%n", r + 1, reps, dedupS[r], resolveS[r], gc1[0] - gc0[0],
          (gc1[1] - gc0[1]) / 1e3, allocated);
    }
    out.printf(Locale.ROOT, "median of %d: paper de-duplication %.2f s, author resolution %.2f s%n", reps,
        median(dedupS), median(resolveS));
    out.printf(Locale.ROOT, "output digests, the same in every run: %s%n%n", first);
    out.flush();
  }

  /**
   * Digests of what a de-duplication and a resolution give, one per part, each the first 8 bytes of the SHA-256 of
   * the part's lines: two runs whose digests match gave the same output (a check that a speed change changed no
   * answer). Made outside the timed runs.
   */
  record OutputDigests(String authors, String paperAuthors, String authorMerges, String keptApart,
      String nameIssues, String papers) {
    static OutputDigests of(PaperDeduplicator.Result dedup, AuthorResolver.Result resolved) {
      List<Author> authors = resolved.authors();
      List<String> paperAuthors = new ArrayList<>(resolved.paperAuthors().length);
      for (int p = 0; p < resolved.paperAuthors().length; p++) {
        StringBuilder line = new StringBuilder(dedup.papers().get(p).id().toString());
        for (int a : resolved.paperAuthors()[p]) {
          line.append('\t').append(authors.get(a).id());
        }
        paperAuthors.add(line.append('|').append(resolved.placedCounts()[p]).toString());
      }
      List<String> papers = new ArrayList<>();
      dedup.papers().forEach(paper -> papers.add(paper.id().toString()));
      dedup.merges().forEach(merge -> papers.add(merge.toString()));
      return new OutputDigests(
          digest(authors.stream().map(a -> a.id() + "\t" + a.name().displayName() + "\t" + a.variants()).toList()),
          digest(paperAuthors), digest(resolved.merges().stream().map(Object::toString).toList()),
          digest(resolved.keptApart().stream().map(Object::toString).toList()),
          digest(resolved.nameIssues().stream().map(Object::toString).toList()), digest(papers));
    }

    private static String digest(List<String> lines) {
      MessageDigest sha;
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
      for (String line : lines) {
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    }

    @Override
    public String toString() {
      return "authors " + authors + ", paper author lists " + paperAuthors + ", author merges " + authorMerges
          + ", kept apart " + keptApart + ", name issues " + nameIssues + ", papers " + papers;
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /**
   * The collections and their milliseconds summed over the JVM's collectors so far, as the collectors report them
   * (under the default G1, the pauses).
   */
  private static long[] gcSoFar() {
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new long[] {count, millis};
  }

  /** Prints the graph's numbers, rebuilding it {@value #WARM_BUILDS} times; returns the best warm build time. */
  private double printGraph(Corpus corpus, CoauthorGraph graph, double graphS, long graphBytes, int hyper) {
    double warm = Double.MAX_VALUE;
    for (int i = 0; i < WARM_BUILDS; i++) {
      long t0 = System.nanoTime();
      CoauthorGraph again = CoauthorGraph.build(corpus.authors(), corpus.papers(), corpus.incidence(), hyper);
      warm = Math.min(warm, seconds(System.nanoTime() - t0));
      if (again.edgeCount() != graph.edgeCount()) {
        throw new IllegalStateException("a rebuilt graph differs: " + again.edgeCount() + " edges");
      }
    }
    long edges = graph.edgeCount();
    int vertices = graph.vertexCount();
    out.println("== Co-authorship graph");
    out.printf(Locale.ROOT, "vertices %,d, edges %,d, average degree %.2f%n", vertices, edges,
        vertices == 0 ? 0.0 : 2.0 * edges / vertices);
    out.printf(Locale.ROOT, "build %.3f s, retained heap %,.1f MiB, %.1f bytes per edge%n", graphS,
        graphBytes / (double) (1 << 20), edges == 0 ? 0.0 : graphBytes / (double) edges);
    out.printf(Locale.ROOT, "warm rebuild (JIT compiled): best of %d %.3f s%n", WARM_BUILDS, warm);
    out.printf(Locale.ROOT, "hyper-authorship threshold %,d: %,d papers with more authors add no edges%n%n", hyper,
        graph.hyperAuthoredPapers().size());
    return warm;
  }

  private void queries(Corpus corpus, int queries, int clusterMax) {
    // 3. Queries.
    out.println("== Queries (System.nanoTime, after warm-up)");
    List<Author> authors = corpus.authors();
    SplittableRandom rnd = new SplittableRandom(QUERY_SEED);
    Collaborators top10 = Collaborators.of(corpus).top(10);
    int warm = Math.min(2_000, queries);
    for (int i = 0; i < warm; i++) {
      top10.rank(authors.get(rnd.nextInt(authors.size())));
    }
    long[] lat = new long[queries];
    for (int i = 0; i < queries; i++) {
      Author a = authors.get(rnd.nextInt(authors.size()));
      long q0 = System.nanoTime();
      top10.rank(a);
      lat[i] = System.nanoTime() - q0;
    }
    Arrays.sort(lat);
    out.printf(Locale.ROOT, "top-10 collaborators, %,d random authors (seed %d): p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
        queries, QUERY_SEED, pct(lat, 0.50) / 1e6, pct(lat, 0.99) / 1e6, lat[lat.length - 1] / 1e6);
    List<Author> prolific = new ArrayList<>(authors);
    prolific.sort(Comparator.comparingInt(corpus::paperCount).reversed().thenComparing(Author::id));
    prolific = prolific.subList(0, Math.min(5, prolific.size()));
    ResearchThreads threads = ResearchThreads.of(corpus);
    if (!prolific.isEmpty()) {
      threads.timeline(prolific.get(0));
    }
    int timelineQueries = Math.min(TIMELINE_QUERIES, Math.max(1, queries / 10));
    SplittableRandom trnd = new SplittableRandom(QUERY_SEED + 1);
    long[] tlat = new long[timelineQueries];
    for (int i = 0; i < timelineQueries; i++) {
      Author a = authors.get(trnd.nextInt(authors.size()));
      long q0 = System.nanoTime();
      threads.timeline(a);
      tlat[i] = System.nanoTime() - q0;
    }
    Arrays.sort(tlat);
    out.printf(Locale.ROOT, "timeline, %,d random authors (seed %d): p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
        timelineQueries, QUERY_SEED + 1, pct(tlat, 0.50) / 1e6, pct(tlat, 0.99) / 1e6, tlat[tlat.length - 1] / 1e6);
    for (Author a : prolific) {
      long q0 = System.nanoTime();
      threads.timeline(a);
      out.printf(Locale.ROOT, "timeline of %s (%d papers): %.1f ms%n", a.displayName(), corpus.paperCount(a),
          (System.nanoTime() - q0) / 1e6);
    }
    if (corpus.papers().size() <= clusterMax) {
      long q0 = System.nanoTime();
      int clusters = TopicClusters.of(corpus).cluster().clusters().size();
      out.printf(Locale.ROOT, "corpus topic clustering: %.2f s (%d clusters)%n",
          (System.nanoTime() - q0) / 1e9, clusters);
    } else {
      out.printf(Locale.ROOT, "corpus topic clustering: skipped (%,d papers > --cluster-max %,d)%n",
          corpus.papers().size(), clusterMax);
    }
    out.println();
  }

  /**
   * Loads the files (or snapshot), then times the author's timeline {@code runs} times: wall time
   * (System.nanoTime) and process CPU time (all threads, JIT and GC included) per run, the load average where the
   * system reports one, and the median of the runs after the warm-up.
   */
  private void timelineRuns(List<Path> files, String name, int runs) throws IOException {
    Corpus corpus;
    long t0 = System.nanoTime();
    if (SnapshotFormat.isSnapshot(files.get(0))) {
      corpus = CiteGraph.loadSnapshot(files.get(0));
    } else {
      CiteGraph.Builder builder = CiteGraph.builder();
      files.forEach(builder::add);
      corpus = builder.build();
    }
    out.printf(Locale.ROOT, "corpus: %,d papers loaded in %.1f s; JVM %s, %d cores%n", corpus.papers().size(),
        seconds(System.nanoTime() - t0), System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors());
    Author a = corpus.author(name);
    out.printf(Locale.ROOT, "author: %s (%,d papers)%s%n", a.displayName(), corpus.paperCount(a), loadAverage());
    ResearchThreads threads = ResearchThreads.of(corpus);
    double[] wall = new double[runs];
    org.citegraph.query.Timeline t = null;
    for (int r = 0; r < runs; r++) {
      long c0 = processCpuNanos();
      long w0 = System.nanoTime();
      t = threads.timeline(a);
      wall[r] = (System.nanoTime() - w0) / 1e6;
      double cpu = (processCpuNanos() - c0) / 1e6;
      out.printf(Locale.ROOT, "run %2d: %8.1f ms wall %8.1f ms CPU%s%n", r + 1, wall[r], cpu,
          r == runs - 1 ? loadAverage() : "");
    }
    double[] warm = Arrays.copyOfRange(wall, TIMELINE_WARM_UP_RUNS, runs);
    Arrays.sort(warm);
    int papers = corpus.paperCount(a);
    int single = t.singlePapers().size();
    out.printf(Locale.ROOT, "warm runs %d-%d: median %.1f ms, min %.1f ms, max %.1f ms wall%n",
        TIMELINE_WARM_UP_RUNS + 1, runs, warm[warm.length / 2], warm[0], warm[warm.length - 1]);
    out.printf(Locale.ROOT, "%d threads of 2+ papers, %d single papers, %.1f%% of the papers in threads%n",
        t.stories().size(), single, 100.0 * (papers - single) / Math.max(1, papers));
  }

  /** CPU time of this process (all its threads), in nanoseconds; 0 where the platform does not report it. */
  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }

  /** ", load average X Y Z" from /proc/loadavg where the system has it, else the empty string. */
  private static String loadAverage() {
    Path p = Path.of("/proc/loadavg");
    try {
      String[] f = Files.readString(p).trim().split("\\s+");
      return f.length >= 3 ? ", load average " + f[0] + " " + f[1] + " " + f[2] : "";
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private void phase(String name, long nanos, BuildStats st, double graphS) {
    double total = seconds(st.totalNanos()) + graphS;
    out.printf(Locale.ROOT, "%-30s %9.2f s %5.1f%%%n", name, seconds(nanos), 100 * seconds(nanos) / total);
  }

  private static long pct(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  private static double seconds(long nanos) {
    return Math.max(nanos, 1) / 1e9;
  }

  private static boolean isCompressedName(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".gz") || n.endsWith(".xz");
  }

  /** Reads every byte with a plain buffered read (decompressing when asked) and returns the count. */
  static long rawRead(Path file, boolean decompress) throws IOException {
    byte[] buf = new byte[1 << 16];
    long n = 0;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = decompress ? Inputs.decompressed(raw) : raw) {
      for (int r; (r = in.read(buf)) > 0; ) {
        n += r;
      }
    }
    return n;
  }

  private void runPeer(Path file, Corpus corpus, int hyper, double graphS, double warmGraphS, long graphBytes,
      double endToEndS)
      throws IOException {
    if (!ensureNetworkx()) {
      return;
    }
    CoauthorGraph graph = corpus.coauthorGraph();
    Path script = Files.createTempFile("citegraph-networkx-peer", ".py");
    Path lists = Files.createTempFile("citegraph-author-lists", ".txt");
    try {
      try (InputStream in = checkNotNull(Benchmark.class.getClassLoader().getResourceAsStream(PEER_RESOURCE),
          PEER_RESOURCE)) {
        Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
      }
      writeAuthorLists(corpus, lists);
      String threshold = Integer.toString(hyper);
      out.println("-- networkx from citegraph's resolved author lists (the same graph)");
      Peer same = runPeerScript(List.of(PYTHON, script.toString(), "--author-lists", lists.toString(),
          "--hyper-authorship", threshold));
      out.println("-- networkx from the file (name keys, no author resolution)");
      Peer fromFile = runPeerScript(List.of(PYTHON, script.toString(), file.toAbsolutePath().toString(),
          "--hyper-authorship", threshold));
      if (same == null || fromFile == null) {
        return;
      }
      long vertices = graph.vertexCount();
      long edges = graph.edgeCount();
      boolean match = same.nodes == vertices && same.edges == edges;
      out.printf(Locale.ROOT, "citegraph:                  nodes %,d, edges %,d (hyper-authorship threshold %,d)%n",
          vertices, edges, hyper);
      out.printf(Locale.ROOT, "networkx (resolved lists):  nodes %,d, edges %,d%n", same.nodes, same.edges);
      out.printf(Locale.ROOT, "networkx (from the file):   nodes %,d, edges %,d (%+,d nodes, %+,d edges: author"
          + " resolution; citegraph merges name variants and keeps namesakes apart, the peer keys names only)%n", fromFile.nodes, fromFile.edges,
          fromFile.nodes - vertices, fromFile.edges - edges);
      out.println(match ? "same graph: yes (node and edge counts match)"
          : "same graph: NO -- node or edge counts differ, the build and memory ratios are not like for like");
      out.printf(Locale.ROOT, "networkx: read %.2f s, graph build %.2f s, graph memory %,.1f MiB (%.1f bytes per"
          + " edge) from the resolved lists; from the file: parse %.2f s, build %.2f s, %,.1f MiB%n", same.parseS,
          same.buildS, same.bytes / (1 << 20), same.bytes / Math.max(1, same.edges), fromFile.parseS,
          fromFile.buildS, fromFile.bytes / (1 << 20));
      out.printf(Locale.ROOT, "ratio graph build time  networkx / citegraph: %.2fx (same graph; citegraph's first,"
          + " cold build), %.2fx (citegraph's best warm rebuild)%n", same.buildS / graphS, same.buildS / warmGraphS);
      out.printf(Locale.ROOT, "ratio end-to-end time   networkx (read+build from the file) / citegraph"
          + " (parse+resolve+graph): %.2fx%n", (fromFile.parseS + fromFile.buildS) / endToEndS);
      out.printf(Locale.ROOT, "ratio graph memory      networkx / citegraph: %.2fx (same graph; citegraph retained"
          + " graph heap %,.1f MiB)%n", same.bytes / Math.max(1, graphBytes), graphBytes / (double) (1 << 20));
    } finally {
      Files.deleteIfExists(script);
      Files.deleteIfExists(lists);
    }
  }

  /** One peer run's numbers. */
  private record Peer(long nodes, long edges, double parseS, double buildS, double bytes) {}

  /** Runs the peer script, echoing its output; null (after saying why) when it fails. */
  private Peer runPeerScript(List<String> command) throws IOException {
    StringBuilder text = new StringBuilder();
    int code = runEchoed(command, "  peer: ", text);
    if (code != 0) {
      out.println("networkx peer failed with exit code " + code);
      return null;
    }
    return new Peer((long) number(text, "nodes"), (long) number(text, "edges"), number(text, "parse_seconds"),
        number(text, "build_seconds"), number(text, "graph_bytes"));
  }

  /**
   * Writes, for every paper of the corpus in order, one line with the indices of its resolved authors separated by
   * spaces (an empty line for a paper without authors): the input of the peer's {@code --author-lists} mode.
   */
  static void writeAuthorLists(Corpus corpus, Path target) throws IOException {
    org.citegraph.graph.Incidence inc = corpus.incidence();
    try (java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(target),
        StandardCharsets.US_ASCII), 1 << 16)) {
      StringBuilder line = new StringBuilder();
      for (int p = 0; p < inc.paperCount(); p++) {
        line.setLength(0);
        inc.authorsOf(p).forEach(a -> line.append(line.length() == 0 ? "" : " ").append(a));
        w.append(line).append('\n');
      }
    }
  }

  /** Runs a command, echoing every output line with a prefix and collecting it; returns the exit code. */
  private int runEchoed(List<String> command, String prefix, StringBuilder text) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
    Process p = pb.start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        text.append(line).append('\n');
        out.println(prefix + line);
      }
    }
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroy();
      return -1;
    }
  }

  /**
   * Makes sure {@value #PYTHON} can import networkx: as root, installs it with {@link #INSTALL_NETWORKX} (after an
   * {@code apt-get update} if the first attempt fails); otherwise prints the command to run. Returns whether the
   * peer can run.
   */
  private boolean ensureNetworkx() throws IOException {
    if (pythonHasNetworkx()) {
      return true;
    }
    out.println(PYTHON + " cannot import networkx.");
    String command = String.join(" ", INSTALL_NETWORKX);
    if (!isRoot()) {
      out.println("networkx peer skipped. Install networkx as root, then run bench --peer again:");
      out.println("  sudo " + command);
      return false;
    }
    out.println("Installing it: " + command);
    StringBuilder ignored = new StringBuilder();
    int code = runEchoed(INSTALL_NETWORKX, "  apt: ", ignored);
    if (code != 0) {
      out.println("apt-get install failed (exit code " + code + "); running apt-get update and trying again");
      runEchoed(List.of("apt-get", "update"), "  apt: ", ignored);
      code = runEchoed(INSTALL_NETWORKX, "  apt: ", ignored);
    }
    if (code != 0 || !pythonHasNetworkx()) {
      out.println("networkx peer skipped: installing networkx failed (exit code " + code + "); try: " + command);
      return false;
    }
    return true;
  }

  /** Whether this process runs as root (user id 0, read from /proc/self/status; the user name as a fallback). */
  static boolean isRoot() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith("Uid:")) {
          return line.substring(4).trim().split("\\s+")[0].equals("0");
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux: fall through.
    }
    return "root".equals(System.getProperty("user.name"));
  }

  private static double number(CharSequence text, String key) {
    Matcher m = Pattern.compile("\"" + key + "\":\\s*([0-9.eE+-]+)").matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  /** Whether {@value #PYTHON} exists and imports networkx. */
  static boolean pythonHasNetworkx() {
    if (!Files.isExecutable(Path.of(PYTHON))) {
      return false;
    }
    try {
      Process p = new ProcessBuilder(PYTHON, "-c", "import networkx").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
