package org.citegraph.bench;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.BuildStats;
import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.io.Inputs;
import org.citegraph.model.Author;
import org.citegraph.query.Collaborators;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.TopicClusters;

/**
 * The end-to-end benchmark behind the {@code synth} and {@code bench} commands of the command line. {@code bench
 * FILE} prints, in one run: the raw read ceiling of the file against citegraph's ingest rate, a per-phase breakdown
 * of {@link CiteGraph.Builder#build()} ({@link BuildStats}), co-authorship graph build time and retained heap, query
 * latencies (top-10 collaborators over random authors, timelines of prolific authors, corpus topic clustering up to
 * {@link #DEFAULT_CLUSTER_MAX_PAPERS} papers), and with {@code --peer} the same co-authorship graph built by networkx
 * ({@value #PEER_RESOURCE}, run with {@value #PYTHON}) with the time and memory ratios. Speed is measured, never
 * asserted. Not thread-safe; meant to run alone in its own JVM.
 */
public final class Benchmark {
  /** Papers above which corpus clustering is skipped: at 100,000 synthetic papers it ran more than 8 minutes (the text-similarity kNN graph) without finishing. */
  public static final int DEFAULT_CLUSTER_MAX_PAPERS = 30_000;
  /** Default number of random authors for the collaborator query. */
  public static final int DEFAULT_QUERIES = 10_000;
  /** The Python interpreter of the peer (Debian's, where {@code apt-get install python3-networkx} installs to). */
  public static final String PYTHON = "/usr/bin/python3";
  /** The class-path resource of the networkx peer script. */
  public static final String PEER_RESOURCE = "org/citegraph/bench/networkx_peer.py";
  /** Seed of the random author sample. */
  public static final long QUERY_SEED = 42L;

  private static final double MB = 1_000_000.0;

  private final PrintStream out;

  private Benchmark(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs {@code synth --papers N --seed S --out FILE} or {@code bench FILE [--peer] [--queries N]
   * [--cluster-max N]}.
   *
   * @return the exit code: 0 on success, 1 on an I/O error, 2 on bad usage
   */
  public static int command(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args[0].equals("synth")) {
        return synth(args, out);
      }
      return bench(args, out);
    } catch (IllegalArgumentException e) {
      err.println("citegraph: " + e.getMessage());
      err.println("usage: synth --papers N [--seed S] --out FILE.jsonl[.gz] | bench FILE [--peer] [--queries N]"
          + " [--cluster-max N]");
      return 2;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("citegraph: " + e.getMessage());
      return 1;
    }
  }

  private static int synth(String[] args, PrintStream out) throws IOException {
    long papers = -1;
    long seed = 1;
    String file = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--papers" -> papers = parseLong(arg(args, ++i), "--papers");
        case "--seed" -> seed = parseLong(arg(args, ++i), "--seed");
        case "--out" -> file = arg(args, ++i);
        default -> throw new IllegalArgumentException("unknown option '" + args[i] + "' for synth");
      }
    }
    if (papers < 0 || file == null) {
      throw new IllegalArgumentException("synth needs --papers N and --out FILE");
    }
    long t0 = System.nanoTime();
    Path path = Path.of(file);
    SyntheticCorpus.of(papers, seed).writeTo(path);
    double s = (System.nanoTime() - t0) / 1e9;
    out.printf(Locale.ROOT, "SYNTHETIC corpus: %,d papers, seed %d, %,d bytes written to %s in %.1f s%n", papers,
        seed, Files.size(path), file, s);
    return 0;
  }

  private static int bench(String[] args, PrintStream out) throws IOException {
    String file = null;
    boolean peer = false;
    int queries = DEFAULT_QUERIES;
    int clusterMax = DEFAULT_CLUSTER_MAX_PAPERS;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--peer" -> peer = true;
        case "--queries" -> queries = (int) parseLong(arg(args, ++i), "--queries");
        case "--cluster-max" -> clusterMax = (int) parseLong(arg(args, ++i), "--cluster-max");
        default -> {
          if (args[i].startsWith("--") || file != null) {
            throw new IllegalArgumentException("unexpected argument '" + args[i] + "' for bench");
          }
          file = args[i];
        }
      }
    }
    if (file == null) {
      throw new IllegalArgumentException("bench needs a FILE");
    }
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no such file: " + file);
    }
    new Benchmark(out).run(path, peer, Math.max(1, queries), clusterMax);
    return 0;
  }

  private static String arg(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static long parseLong(String v, String option) {
    try {
      return Long.parseLong(v.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, got '" + v + "'");
    }
  }

  private long usedHeap() {
    // Runtime rather than MemoryMXBean: the module does not read java.management.
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  private void run(Path file, boolean peer, int queries, int clusterMax) throws IOException {
    Runtime rt = Runtime.getRuntime();
    out.printf(Locale.ROOT, "citegraph bench %s%n", file.getFileName());
    out.printf(Locale.ROOT, "JVM %s, %d cores, max heap %.1f GiB%n%n", System.getProperty("java.version"),
        rt.availableProcessors(), rt.maxMemory() / (double) (1L << 30));

    // 1. Raw read ceiling vs ingest.
    long fileBytes = Files.size(file);
    long t0 = System.nanoTime();
    long raw = rawRead(file, false);
    double rawS = seconds(System.nanoTime() - t0);
    long textBytes = fileBytes;
    double textS = rawS;
    boolean compressed = raw != fileBytes || isCompressedName(file);
    if (compressed) {
      t0 = System.nanoTime();
      textBytes = rawRead(file, true);
      textS = seconds(System.nanoTime() - t0);
    }
    long heap0 = usedHeap();
    CiteGraph.Builder builder = CiteGraph.builder().add(file);
    t0 = System.nanoTime();
    Corpus corpus = builder.build();
    double buildS = seconds(System.nanoTime() - t0);
    BuildStats st = builder.lastStats();
    long heap1 = usedHeap();
    out.println("== Ingest");
    out.printf(Locale.ROOT, "file: %,d bytes%s%n", fileBytes,
        compressed ? String.format(Locale.ROOT, " (%,d bytes of text)", textBytes) : "");
    out.printf(Locale.ROOT, "%-44s %9.2f s %9.1f MB/s%n", "raw read ceiling (buffered byte read)", rawS,
        fileBytes / MB / rawS);
    if (compressed) {
      out.printf(Locale.ROOT, "%-44s %9.2f s %9.1f MB/s (of text)%n", "decompressing read", textS,
          textBytes / MB / textS);
    }
    out.printf(Locale.ROOT, "%-44s %9.2f s %9.1f MB/s %,12.0f records/s%n", "citegraph parse (read phase)",
        seconds(st.readNanos()), textBytes / MB / seconds(st.readNanos()), st.records() / seconds(st.readNanos()));
    out.printf(Locale.ROOT, "%-44s %9.2f s %9.1f MB/s %,12.0f records/s%n", "citegraph ingest (parse + resolve)",
        buildS, textBytes / MB / buildS, st.records() / buildS);
    out.printf(Locale.ROOT, "records %,d (rejected %,d), papers %,d, authors %,d, authorships %,d%n", st.records(),
        st.rejected(), st.papers(), st.authors(), st.authorships());
    out.printf(Locale.ROOT, "corpus retained heap: %,.1f MiB%n%n", (heap1 - heap0) / (double) (1 << 20));

    // 2. Graph build.
    t0 = System.nanoTime();
    CoauthorGraph graph = corpus.coauthorGraph();
    double graphS = seconds(System.nanoTime() - t0);
    long heap2 = usedHeap();
    long graphBytes = heap2 - heap1;
    long edges = graph.edgeCount();
    int vertices = graph.vertexCount();
    out.println("== Phases (wall clock)");
    phase("read + parse", st.readNanos(), st, graphS);
    phase("paper de-duplication", st.dedupNanos(), st, graphS);
    phase("author resolution", st.resolveNanos(), st, graphS);
    phase("incidence", st.incidenceNanos(), st, graphS);
    phase("corpus indexes", st.corpusNanos(), st, graphS);
    phase("co-authorship graph", (long) (graphS * 1e9), st, graphS);
    out.printf(Locale.ROOT, "%-30s %9.2f s%n%n", "total", seconds(st.totalNanos()) + graphS);
    out.println("== Co-authorship graph");
    out.printf(Locale.ROOT, "vertices %,d, edges %,d, average degree %.2f%n", vertices, edges,
        vertices == 0 ? 0.0 : 2.0 * edges / vertices);
    out.printf(Locale.ROOT, "build %.3f s, retained heap %,.1f MiB, %.1f bytes per edge%n%n", graphS,
        graphBytes / (double) (1 << 20), edges == 0 ? 0.0 : graphBytes / (double) edges);

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

    // 4. Peer.
    if (peer) {
      out.println("== networkx peer");
      runPeer(file, edges, graphS, graphBytes, seconds(st.totalNanos()) + graphS);
    }
    out.flush();
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

  private void runPeer(Path file, long edges, double graphS, long graphBytes, double endToEndS) throws IOException {
    if (!pythonHasNetworkx()) {
      out.println("networkx peer skipped: " + PYTHON + " cannot import networkx.");
      out.println("Install it with: apt-get install python3-networkx   (Debian; it installs for " + PYTHON + ")");
      return;
    }
    Path script = Files.createTempFile("citegraph-networkx-peer", ".py");
    try {
      try (InputStream in = checkNotNull(Benchmark.class.getClassLoader().getResourceAsStream(PEER_RESOURCE),
          PEER_RESOURCE)) {
        Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
      }
      Process p = new ProcessBuilder(PYTHON, script.toString(), file.toAbsolutePath().toString())
          .redirectErrorStream(true).start();
      StringBuilder text = new StringBuilder();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          text.append(line).append('\n');
          out.println("  peer: " + line);
        }
      }
      int code = p.waitFor();
      if (code != 0) {
        out.println("networkx peer failed with exit code " + code);
        return;
      }
      double parseS = number(text, "parse_seconds");
      double buildS = number(text, "build_seconds");
      double mem = number(text, "graph_bytes");
      double peerEdges = number(text, "edges");
      out.printf(Locale.ROOT, "networkx: parse %.2f s, graph build %.2f s, graph memory %,.1f MiB (%.1f bytes per"
          + " edge), %,.0f edges (citegraph: %,d resolved)%n", parseS, buildS, mem / (1 << 20), mem / peerEdges,
          peerEdges, edges);
      out.printf(Locale.ROOT, "ratio graph build time  networkx / citegraph: %.2fx%n", buildS / graphS);
      out.printf(Locale.ROOT, "ratio end-to-end time   networkx (parse+build) / citegraph (ingest+resolve+graph):"
          + " %.2fx%n", (parseS + buildS) / endToEndS);
      out.printf(Locale.ROOT, "ratio graph memory      networkx / citegraph: %.2fx%n", mem / Math.max(1, graphBytes));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out.println("networkx peer interrupted");
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private static double number(CharSequence text, String key) {
    Matcher m = Pattern.compile("\"" + key + "\":\\s*([0-9.eE+-]+)").matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static boolean pythonHasNetworkx() {
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
