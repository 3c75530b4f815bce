package org.citegraph.bench;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.Timeline;
import org.citegraph.query.TopicCluster;
import org.citegraph.query.TopicClustering;
import org.citegraph.query.TopicClusters;

/**
 * The reproducible topic evaluation ({@code topics-eval DATA_DIR}): builds a balanced five-category corpus from
 * the shared real data (the staeiou OAI TSVs and the dmarx arXiv API JSON), at most {@link #PER_CATEGORY} papers
 * per primary category among {@link #CATEGORIES}, chosen by a fixed hash of the paper id; clusters it into broad
 * topics; reports the NMI and ARI of the topics against the primary categories beside TF-IDF + k-means (the
 * scikit-learn peer script, {@value #PEER_RESOURCE}) at k = 5 and at the number of topics; then the thread counts
 * and single-paper shares of the ten most prolific authors of the staeiou TSVs.
 */
final class TopicsEvaluation {
  /** The five primary categories of the balanced corpus. */
  static final List<String> CATEGORIES = List.of("cs.LG", "cs.NE", "q-bio.NC", "cs.CV", "cs.CL");
  /** Most papers per primary category. */
  static final int PER_CATEGORY = 1_500;
  /** The peer script, a class-path resource. */
  static final String PEER_RESOURCE = "org/citegraph/bench/kmeans_peer.py";
  /** The staeiou files under the data directory. */
  static final List<String> TSV = List.of("arxiv-oai-tsv-staeiou/cs.CL.20190101.tsv.xz",
      "arxiv-oai-tsv-staeiou/cs.NE.20200101.tsv.xz", "arxiv-oai-tsv-staeiou/q-bio.NC.20200101.tsv.xz");
  /** The dmarx file under the data directory. */
  static final String DMARX = "arxiv-api-json-ml-dmarx/arxiv_metadata.json.xz";

  private final PrintStream out;

  TopicsEvaluation(PrintStream out) {
    this.out = out;
  }

  void run(Path data) throws IOException {
    List<Path> files = new ArrayList<>();
    TSV.forEach(f -> files.add(data.resolve(f)));
    Corpus tsv = CiteGraph.load(files.toArray(Path[]::new));
    files.add(data.resolve(DMARX));
    Corpus all = CiteGraph.load(files.toArray(Path[]::new));
    Map<String, List<Paper>> byCategory = new TreeMap<>();
    for (Paper p : all.papers()) {
      String c = p.primaryCategory().map(Category::code).orElse("");
      if (CATEGORIES.contains(c)) {
        byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
      }
    }
    List<Paper> chosen = new ArrayList<>();
    for (Map.Entry<String, List<Paper>> e : byCategory.entrySet()) {
      List<Paper> l = e.getValue();
      l.sort(Comparator.comparingLong((Paper p) -> mix(p.id().toString())).thenComparing(p -> p.id().toString()));
      chosen.addAll(l.subList(0, Math.min(PER_CATEGORY, l.size())));
      out.printf(Locale.ROOT, "%-9s %,6d papers available, %,d taken%n", e.getKey(), l.size(),
          Math.min(PER_CATEGORY, l.size()));
    }
    Corpus balanced = CiteGraph.builder().addRecords(chosen).build();
    long t0 = System.nanoTime();
    TopicClustering topics = TopicClusters.of(balanced).cluster();
    out.printf(Locale.ROOT, "balanced corpus: %,d papers, %d broad topics (resolution %.2f), %d subtopics, %.1f s%n",
        balanced.papers().size(), topics.clusters().size(), topics.resolution(), topics.subtopics().size(),
        (System.nanoTime() - t0) / 1e9);
    out.print(topics.toTable(200));
    Map<Paper, Integer> topicOf = new HashMap<>();
    for (TopicCluster c : topics.clusters()) {
      c.papers().forEach(p -> topicOf.put(p, c.id()));
    }
    Path tsvOut = Files.createTempFile("citegraph-topics-eval", ".tsv");
    Path script = Files.createTempFile("citegraph-kmeans-peer", ".py");
    try {
      try (Writer w = Files.newBufferedWriter(tsvOut, StandardCharsets.UTF_8)) {
        for (Paper p : balanced.papers()) {
          w.write(String.join("\t", p.id().toString(), p.primaryCategory().orElseThrow().code(),
              Integer.toString(topicOf.get(p)), clean(p.title()), clean(p.abstractText())));
          w.write('\n');
        }
      }
      try (InputStream in = checkNotNull(TopicsEvaluation.class.getClassLoader().getResourceAsStream(PEER_RESOURCE),
          PEER_RESOURCE)) {
        Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
      }
      out.println("-- NMI / ARI against the primary categories (peer: " + Benchmark.PYTHON + " with scikit-learn)");
      Process proc = new ProcessBuilder(Benchmark.PYTHON, script.toString(), tsvOut.toString(), "5",
          Integer.toString(topics.clusters().size())).redirectErrorStream(true).start();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(proc.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          out.println(line);
        }
      }
      int code = proc.waitFor();
      if (code != 0) {
        out.println("peer failed with exit code " + code + " (apt-get install -y python3-sklearn)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(tsvOut);
      Files.deleteIfExists(script);
    }
    out.println("-- research threads of the ten most prolific authors of the staeiou TSVs");
    List<Author> authors = new ArrayList<>(tsv.authors());
    authors.sort(Comparator.comparingInt((Author a) -> -tsv.paperCount(a)).thenComparing(Author::id));
    ResearchThreads threads = ResearchThreads.of(tsv);
    for (Author a : authors.subList(0, Math.min(10, authors.size()))) {
      long s = System.nanoTime();
      Timeline t = threads.timeline(a);
      int single = t.singlePapers().size();
      out.printf(Locale.ROOT, "%-28s %4d papers  %2d threads of 2+ papers + %3d single papers  %5.1f%% in threads"
          + "  %6.1f ms%n", a.displayName(), t.paperCount(), t.stories().size(), single,
          100.0 * (t.paperCount() - single) / t.paperCount(), (System.nanoTime() - s) / 1e6);
    }
  }

  /** A fixed 64-bit mix of the id's characters (SplitMix64 finaliser over a polynomial hash). */
  static long mix(String s) {
    long h = 1125899906842597L;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
