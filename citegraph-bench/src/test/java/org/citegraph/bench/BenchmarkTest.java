package org.citegraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.io.arxiv.ArxivJsonLinesReader;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordSink;
import org.citegraph.model.Paper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command's options and its like-for-like networkx comparison (the peer runs only where networkx is). */
@Tag("slow")
class BenchmarkTest {
  private static Path file;
  private static final List<Paper> RECORDS = new ArrayList<>();

  @BeforeAll
  static void generate(@TempDir Path dir) throws IOException {
    file = dir.resolve("bench.jsonl");
    SyntheticCorpus.of(400, 9).writeTo(file);
    Inputs.read(file, Inputs.reader(ArxivJsonLinesReader.FORMAT), new RecordSink() {
      @Override
      public void paper(Paper record) {
        RECORDS.add(record);
      }

      @Override
      public void issue(IngestIssue issue) {
        throw new AssertionError(issue.toString());
      }
    });
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Benchmark.command(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static long count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), () -> "no '" + regex + "' in:\n" + text);
    return Long.parseLong(m.group(1).replace(",", ""));
  }

  @Test
  void theCommandLineIsPicocliWithHelpSubcommandsAndStrictNumbers(@TempDir Path dir) {
    Result help = run("--help");
    assertEquals(0, help.code(), help.err());
    assertTrue(help.out().contains("synth") && help.out().contains("bench"), help.out());
    assertEquals(0, run("bench", "--help").code());
    assertEquals(0, run("help", "synth").code());
    Result misspelt = run("bnch", file.toString());
    assertEquals(2, misspelt.code());
    assertTrue(misspelt.err().contains("Did you mean 'bench'?"), misspelt.err());
    Result fraction = run("synth", "--papers", "2.5", "--out", dir.resolve("x.jsonl").toString());
    assertEquals(2, fraction.code());
    assertTrue(fraction.err().contains("'2.5' is not a whole number"), fraction.err());
    Result grouped = run("synth", "--papers", "1_000", "--out", dir.resolve("sub").resolve("x.jsonl").toString());
    assertEquals(0, grouped.code(), grouped.err());
    assertTrue(grouped.out().contains("1,000 papers"), grouped.out());
    assertEquals(2, run("synth", "--out", dir.resolve("y.jsonl").toString()).code(), "--papers is required");
    assertEquals(2, run().code(), "a command is needed");
  }

  @Test
  void theTimelineCommandTimesEveryRunAndReportsTheThreadsFound() {
    Corpus corpus = CiteGraph.load(file);
    org.citegraph.model.Author prolific = corpus.authors().stream()
        .max(java.util.Comparator.comparingInt(corpus::paperCount).thenComparing(a -> a.id())).orElseThrow();
    Result r = run("timeline", file.toString(), "--author", prolific.id(), "--runs", "4");
    assertEquals(0, r.code(), r.err());
    for (int run = 1; run <= 4; run++) {
      assertTrue(r.out().matches("(?s).*run +" + run + ": +[0-9.]+ ms wall +[0-9.]+ ms CPU.*"), r.out());
    }
    assertTrue(!r.out().contains("run  5:"), r.out());
    org.citegraph.query.Timeline t = org.citegraph.query.ResearchThreads.of(corpus).timeline(prolific);
    assertEquals(t.stories().size(), count(r.out(), "(\\d+) threads of 2\\+ papers"), r.out());
    assertEquals(t.singlePapers().size(), count(r.out(), "(\\d+) single papers"), r.out());
    assertEquals(corpus.paperCount(prolific), count(r.out(), "\\(([0-9,]+) papers\\)"), r.out());
    assertEquals(2, run("timeline", file.toString(), "--author", prolific.id(), "--runs", "2").code(),
        "the runs must outnumber the warm-up runs");
    assertEquals(2, run("timeline", file.toString()).code(), "--author is required");
    assertEquals(2, run("timeline", file.toString(), "--author", "Nobody Atall Here").code(), "unknown author");
  }

  @Test
  void badHyperAuthorshipValuesAreUsageErrors() {
    for (String v : List.of("1", "0", "-5", "many")) {
      Result r = run("bench", file.toString(), "--hyper-authorship", v);
      assertEquals(2, r.code(), v);
      assertTrue(r.err().contains("--hyper-authorship"), r.err());
      assertTrue(r.err().contains("[--hyper-authorship=N]"), "usage line: " + r.err());
    }
    assertEquals(2, run("bench", file.toString(), "--hyper-authorship").code());
  }

  @Test
  void aSnapshotIsBenchedFromItsLoadWithTheSameGraph(@TempDir Path dir) throws IOException {
    Path snap = dir.resolve("bench.snap");
    CiteGraph.load(file).save(snap);
    Result fromSnapshot = run("bench", snap.toString(), "--queries", "20", "--cluster-max", "0");
    assertEquals(0, fromSnapshot.code(), fromSnapshot.err());
    assertTrue(fromSnapshot.out().contains("== Snapshot load"), fromSnapshot.out());
    assertTrue(!fromSnapshot.out().contains("== Ingest"), "a snapshot is not ingested: " + fromSnapshot.out());
    Result fromRecords = run("bench", file.toString(), "--queries", "20", "--cluster-max", "0");
    assertEquals(count(fromRecords.out(), "edges ([0-9,]+), average degree"),
        count(fromSnapshot.out(), "edges ([0-9,]+), average degree"), fromSnapshot.out());
    assertEquals(count(fromRecords.out(), "vertices ([0-9,]+), edges"),
        count(fromSnapshot.out(), "vertices ([0-9,]+), edges"), fromSnapshot.out());
    assertEquals(RECORDS.size(), count(fromSnapshot.out(), "papers ([0-9,]+), authors"), fromSnapshot.out());
    assertEquals(2, count(fromSnapshot.out(), "timeline, ([0-9,]+) random authors"), fromSnapshot.out());
  }

  @Test
  void parseOnlyPassesReadEveryRecordAtEachPass() {
    Result r = run("bench", file.toString(), "--queries", "20", "--cluster-max", "0", "--parse-passes", "3");
    assertEquals(0, r.code(), r.err());
    for (int pass = 1; pass <= 3; pass++) {
      Matcher m = Pattern.compile("parse only, counting sink, pass " + pass + "/3 +[0-9.]+ s +[0-9.]+ MB/s +([0-9,]+) records/s")
          .matcher(r.out());
      assertTrue(m.find(), () -> r.out());
    }
    assertTrue(!r.out().contains("pass 4/"), r.out());
    assertEquals(RECORDS.size(), count(r.out(), "parse only: ([0-9,]+) records and issues per pass"), r.out());
    Result none = run("bench", file.toString(), "--queries", "20", "--cluster-max", "0", "--parse-passes", "0");
    assertTrue(!none.out().contains("parse only"), none.out());
    assertEquals(2, run("bench", file.toString(), "--parse-passes", "-1").code());
  }

  @Test
  void warmResolutionsRunTheIngestsResolutionAgainOnTheSameRecords() {
    Result r = run("bench", file.toString(), "--queries", "20", "--cluster-max", "0", "--parse-passes", "0",
        "--resolve-reps", "3");
    assertEquals(0, r.code(), r.err());
    for (int run = 1; run <= 3; run++) {
      Matcher m = Pattern.compile("run " + run + "/3: paper de-duplication [0-9.]+ s, author resolution [0-9.]+ s "
          + "\\(garbage collection: ([0-9,]+) collections, [0-9.]+ s(, allocated ([0-9.,]+) MB)?\\)").matcher(r.out());
      assertTrue(m.find(), r.out());
      if (m.group(2) != null) { // the heap's growth, shown only for a run without a collection, cannot be negative
        assertEquals("0", m.group(1), r.out());
        assertTrue(Double.parseDouble(m.group(3).replace(",", "")) >= 0, r.out());
      }
    }
    assertTrue(!r.out().contains("run 4/"), r.out());
    assertTrue(r.out().contains("median of 3: paper de-duplication"), r.out());
    assertTrue(r.out().contains("garbage collection during the ingest: "), r.out());
    assertTrue(DIGESTS.matcher(r.out()).find(), r.out());
    Result none = run("bench", file.toString(), "--queries", "20", "--cluster-max", "0", "--parse-passes", "0");
    assertTrue(!none.out().contains("Warm resolutions"), none.out());
    assertEquals(2, run("bench", file.toString(), "--resolve-reps", "-1").code());
    assertEquals(2, run("bench", file.toString(), "--resolve-reps", String.valueOf(Benchmark.MAX_RESOLVE_REPS + 1))
        .code());
  }

  private static final Pattern DIGESTS = Pattern.compile("output digests, the same in every run: authors "
      + "([0-9a-f]{16}), paper author lists ([0-9a-f]{16}), author merges ([0-9a-f]{16}), kept apart ([0-9a-f]{16}), "
      + "name issues ([0-9a-f]{16}), papers ([0-9a-f]{16})");

  /** The digest line of a bench run with warm resolutions. */
  private static String digests(Result r) {
    assertEquals(0, r.code(), r.err());
    Matcher m = DIGESTS.matcher(r.out());
    assertTrue(m.find(), r.out());
    return m.group();
  }

  @Test
  void outputDigestsAreTheSameForTheSameRecordsAndDifferForOthers(@TempDir Path dir) throws IOException {
    String once = digests(run("bench", file.toString(), "--queries", "5", "--cluster-max", "0", "--parse-passes", "0",
        "--resolve-reps", "1"));
    String again = digests(run("bench", file.toString(), "--queries", "5", "--cluster-max", "0", "--parse-passes",
        "0", "--resolve-reps", "2"));
    assertEquals(once, again);
    List<String> lines = Files.readAllLines(file);
    Path half = dir.resolve("half.jsonl");
    Files.write(half, lines.subList(0, lines.size() / 2));
    Matcher other = DIGESTS.matcher(digests(run("bench", half.toString(), "--queries", "5", "--cluster-max", "0",
        "--parse-passes", "0", "--resolve-reps", "1")));
    Matcher first = DIGESTS.matcher(once);
    assertTrue(other.find() && first.find());
    assertNotEquals(first.group(1), other.group(1), "authors");
    assertNotEquals(first.group(2), other.group(2), "paper author lists");
    assertNotEquals(first.group(6), other.group(6), "papers");
  }

  @Test
  void severalFilesAreBenchedTogether(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readAllLines(file);
    Path first = dir.resolve("first.jsonl");
    Path second = dir.resolve("second.jsonl");
    Files.write(first, lines.subList(0, lines.size() / 2));
    Files.write(second, lines.subList(lines.size() / 2, lines.size()));
    Result both = run("bench", first.toString(), second.toString(), "--queries", "20", "--cluster-max", "0",
        "--peer");
    assertEquals(0, both.code(), both.err());
    assertTrue(both.out().contains("and 1 more files"), both.out());
    assertEquals(RECORDS.size(), count(both.out(), "records ([0-9,]+) \\(rejected"), both.out());
    assertEquals(Files.size(file), count(both.out(), "2 files: ([0-9,]+) bytes"), both.out());
    assertTrue(both.out().contains("networkx peer: compares one JSON Lines file, not several (skipped)"), both.out());
    Result one = run("bench", file.toString(), "--queries", "20", "--cluster-max", "0");
    assertEquals(count(one.out(), "edges ([0-9,]+), average degree"), count(both.out(), "edges ([0-9,]+), average degree"));
  }

  @Test
  void theThresholdReachesTheGraph() {
    Result r = run("bench", file.toString(), "--queries", "20", "--cluster-max", "0", "--hyper-authorship", "3");
    assertEquals(0, r.code(), r.err());
    long expected = RECORDS.stream().filter(p -> p.authors().size() > 3).count();
    assertTrue(expected > 20, "the synthetic file has papers with more than 3 authors: " + expected);
    assertEquals(expected, count(r.out(), "hyper-authorship threshold 3: ([0-9,]+) papers"), r.out());
    Result loose = run("bench", file.toString(), "--queries", "20", "--cluster-max", "0");
    assertEquals(0, count(loose.out(), "hyper-authorship threshold 100: ([0-9,]+) papers"), loose.out());
    assertTrue(count(loose.out(), "edges ([0-9,]+), average degree") > count(r.out(), "edges ([0-9,]+), average degree"),
        "a lower threshold leaves edges out");
  }

  @Test
  void authorListsAreTheResolvedAuthorsOfEachPaper(@TempDir Path dir) throws IOException {
    Corpus corpus = CiteGraph.builder().add(file).build();
    Path lists = dir.resolve("lists.txt");
    Benchmark.writeAuthorLists(corpus, lists);
    List<String> lines = Files.readAllLines(lists, StandardCharsets.US_ASCII);
    assertEquals(corpus.papers().size(), lines.size());
    for (int p = 0; p < lines.size(); p++) {
      String expected = corpus.authorsOf(corpus.papers().get(p)).stream().map(a -> Integer.toString(corpus.indexOf(a)))
          .sorted().collect(Collectors.joining(" "));
      String actual = List.of(lines.get(p).split(" ")).stream().filter(s -> !s.isEmpty()).sorted()
          .collect(Collectors.joining(" "));
      assertEquals(expected, actual, "paper " + p);
    }
  }

  @Test
  void thePeerScriptHonoursTheThreshold(@TempDir Path dir) throws Exception {
    assumeTrue(Benchmark.pythonHasNetworkx(), Benchmark.PYTHON + " with networkx is not installed");
    Path script = dir.resolve("peer.py");
    try (InputStream in = Benchmark.class.getClassLoader().getResourceAsStream(Benchmark.PEER_RESOURCE)) {
      Files.copy(in, script);
    }
    Path lists = dir.resolve("lists.txt");
    // Papers: a triangle, a pair already in it, a 4-author paper, a solo paper.
    Files.writeString(lists, "0 1 2\n0 1\n3 4 5 6\n7\n", StandardCharsets.US_ASCII);
    String three = peer(script, lists, 3);
    assertEquals(8, count(three, "\"nodes\": (\\d+)"), three);
    assertEquals(3, count(three, "\"edges\": (\\d+)"), three);
    assertEquals(1, count(three, "\"hyper_authored_papers\": (\\d+)"), three);
    String four = peer(script, lists, 4);
    assertEquals(9, count(four, "\"edges\": (\\d+)"), four);
  }

  private static String peer(Path script, Path lists, int threshold) throws Exception {
    Process p = new ProcessBuilder(Benchmark.PYTHON, script.toString(), "--author-lists", lists.toString(),
        "--hyper-authorship", Integer.toString(threshold)).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  @Test
  void thePeerBuildsTheSameGraph() {
    assumeTrue(Benchmark.pythonHasNetworkx(), Benchmark.PYTHON + " with networkx is not installed");
    Result r = run("bench", file.toString(), "--queries", "20", "--cluster-max", "0", "--peer", "--hyper-authorship",
        "3");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("same graph: yes"), r.out());
    long nodes = count(r.out(), "citegraph: +nodes ([0-9,]+)");
    long edges = count(r.out(), "citegraph: +nodes [0-9,]+, edges ([0-9,]+)");
    assertEquals(nodes, count(r.out(), "networkx \\(resolved lists\\): +nodes ([0-9,]+)"));
    assertEquals(edges, count(r.out(), "networkx \\(resolved lists\\): +nodes [0-9,]+, edges ([0-9,]+)"));
    assertTrue(r.out().contains("\"hyper_authorship\": 3"), r.out());
    assertTrue(r.out().contains("ratio graph build time"), r.out());
    assertTrue(r.out().contains("ratio end-to-end time"), r.out());
    assertTrue(r.out().contains("ratio graph memory"), r.out());
  }
}
