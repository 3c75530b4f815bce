package org.citegraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A hyper-authored paper must not blow the heap: a child JVM with a small heap ({@value #HEAP}) builds the
 * co-authorship graph of a corpus with one {@value #HYPER_AUTHORS}-author paper and {@value #ORDINARY_PAPERS}
 * ordinary papers. With the default threshold it succeeds and the counts are right; with the threshold raised above
 * {@value #HYPER_AUTHORS} (so the paper's 12.5 million pairs become edges) the same child runs out of memory, which
 * shows that the heap is small enough for the first run to prove something.
 */
@Tag("slow")
class HyperAuthorshipHeapTest {
  static final String HEAP = "-Xmx96m";
  static final int HYPER_AUTHORS = 5_000;
  static final int ORDINARY_PAPERS = 300;
  static final int POOL = 400;
  static final long SEED = 20_261_123L;

  private static final String[] GIVEN = {"Anouk", "Bertil", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi",
      "Ines", "Jonas", "Kamala", "Lorenzo", "Mirela", "Nils", "Oona", "Pavel", "Quirin", "Rosa", "Sven", "Tamsin"};
  private static final String[] WORDS = {"sparse", "graph", "kernel", "lattice", "spectral", "boson", "neural",
      "manifold", "entropy", "tensor", "quantum", "stochastic", "flow", "gauge", "random", "field", "operator",
      "measure", "decay", "chiral", "network", "symmetry", "vertex", "cluster", "signal", "noise", "scaling",
      "inference", "dynamics", "phase"};

  /** Letters for a number ("a", "b", ..., "z", "ba", ...), so that names carry no digits. */
  private static String letters(int i) {
    StringBuilder s = new StringBuilder();
    do {
      s.insert(0, (char) ('a' + i % 26));
      i /= 26;
    } while (i > 0);
    return s.toString();
  }

  /** The name of ordinary person {@code i}: distinct family names, so no two people can be merged. */
  static String person(int i) {
    return GIVEN[i % GIVEN.length] + " Zor" + letters(i);
  }

  /**
   * The input: one paper with {@value #HYPER_AUTHORS} authors (the first 50 ordinary people among them), then
   * {@value #ORDINARY_PAPERS} papers of 1 to 6 distinct people from a pool of {@value #POOL}, drawn with a fixed
   * seed. Author lists are name texts; titles are distinct random word sequences.
   */
  static List<List<String>> authorLists() {
    List<List<String>> lists = new ArrayList<>();
    List<String> hyper = new ArrayList<>();
    for (int i = 0; i < HYPER_AUTHORS - 50; i++) {
      hyper.add("Member Kol" + letters(i));
    }
    for (int i = 0; i < 50; i++) {
      hyper.add(person(i));
    }
    lists.add(hyper);
    SplittableRandom rnd = new SplittableRandom(SEED);
    for (int p = 0; p < ORDINARY_PAPERS; p++) {
      int n = 1 + rnd.nextInt(6);
      Set<String> names = new java.util.LinkedHashSet<>();
      while (names.size() < n) {
        names.add(person(rnd.nextInt(POOL)));
      }
      lists.add(List.copyOf(names));
    }
    return lists;
  }

  static List<Paper> records() {
    List<List<String>> lists = authorLists();
    SplittableRandom rnd = new SplittableRandom(SEED + 1);
    List<Paper> papers = new ArrayList<>();
    for (int p = 0; p < lists.size(); p++) {
      StringBuilder title = new StringBuilder(p == 0 ? "Observation of a consortium signal" : "On");
      for (int w = 0; w < 6; w++) {
        title.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
      }
      title.append(' ').append(letters(p));
      Paper.Builder b = Paper.builder().title(title.toString()).date(PubDate.ofYear(2000 + p % 20))
          .source(new SourceRef("heap-test.jsonl", p + 1));
      for (String name : lists.get(p)) {
        b.author(PersonName.parse(name));
      }
      papers.add(b.build());
    }
    return papers;
  }

  /** The child JVM: builds the corpus and its co-authorship graph with the threshold given as the argument. */
  static final class Child {
    private Child() {}

    /** Builds the corpus with the threshold {@code args[0]} and prints papers, authors, edges, hyper-authored papers. */
    public static void main(String[] args) {
      int threshold = Integer.parseInt(args[0]);
      Corpus corpus = CiteGraph.builder().addRecords(records()).hyperAuthorshipThreshold(threshold).build();
      CoauthorGraph graph = corpus.coauthorGraph();
      System.out.println("papers " + corpus.papers().size());
      System.out.println("authors " + corpus.authors().size());
      System.out.println("edges " + graph.edgeCount());
      for (Paper p : graph.hyperAuthoredPapers()) {
        System.out.println("hyper-authored " + p.authors().size() + " " + p.title());
      }
    }
  }

  private record Run(int exitCode, String output) {}

  private static Run child(int threshold) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), HEAP, "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), Child.class.getName(), Integer.toString(threshold))
        .redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM did not finish");
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
  }

  /** Distinct author pairs of the papers with at most {@code threshold} authors, counted from the input alone. */
  private static long expectedEdges(int threshold) {
    Set<List<String>> pairs = new HashSet<>();
    for (List<String> authors : authorLists()) {
      if (authors.size() > threshold) {
        continue;
      }
      for (int i = 0; i < authors.size(); i++) {
        for (int j = i + 1; j < authors.size(); j++) {
          String a = authors.get(i);
          String b = authors.get(j);
          pairs.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
        }
      }
    }
    return pairs.size();
  }

  @Test
  void theDefaultThresholdBuildsTheGraphInASmallHeap() throws Exception {
    Run run = child(CoauthorGraph.DEFAULT_HYPER_AUTHORSHIP_THRESHOLD);
    assertEquals(0, run.exitCode(), run.output());
    Set<String> people = new HashSet<>();
    authorLists().forEach(people::addAll);
    long edges = expectedEdges(CoauthorGraph.DEFAULT_HYPER_AUTHORSHIP_THRESHOLD);
    assertTrue(edges > 200, "the ordinary papers make edges: " + edges);
    assertTrue(run.output().contains("papers " + (ORDINARY_PAPERS + 1) + "\n"), run.output());
    assertTrue(run.output().contains("authors " + people.size() + "\n"), run.output());
    assertTrue(run.output().contains("edges " + edges + "\n"), run.output());
    List<String> hyper = run.output().lines().filter(l -> l.startsWith("hyper-authored ")).toList();
    assertEquals(List.of("hyper-authored " + HYPER_AUTHORS + " " + records().get(0).title()), hyper);
  }

  @Test
  void theSameHeapRunsOutOfMemoryWhenTheCliqueIsBuilt() throws Exception {
    Run run = child(HYPER_AUTHORS + 1);
    assertNotEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("java.lang.OutOfMemoryError"), run.output());
  }
}
