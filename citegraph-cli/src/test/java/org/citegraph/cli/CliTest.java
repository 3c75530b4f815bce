package org.citegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Progress;
import org.citegraph.io.Inputs;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The command line as a new user meets it: help, errors, inputs, outputs, formats, filters and progress. */
class CliTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    return runWith(new ByteArrayInputStream(new byte[0]), false, args);
  }

  static Run runWith(InputStream in, boolean terminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new Context(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), in, terminal)).run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The shared real data sets beside the project ({@code ../shared/data} from its root); may be absent. */
  private static Path sharedData() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("docs")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p.resolveSibling("shared").resolve("data");
      }
    }
    return Path.of("shared", "data");
  }

  /** Every subcommand name, from the command tree itself. */
  private static List<String> commands() {
    CommandLine cl = new Main(System.out, System.err).commandLine();
    return List.copyOf(cl.getSubcommands().keySet());
  }

  @Test
  void helpAndVersionAtEveryLevelExitZero() {
    Run top = run("--help");
    assertEquals(0, top.code(), top.err());
    List<String> commands = commands();
    assertTrue(commands.size() >= 14, commands.toString());
    for (String c : commands) {
      assertTrue(top.out().contains("  " + c + " "), c + " listed in --help");
      if (c.equals("help")) {
        continue;
      }
      Run help = run(c, "--help");
      assertEquals(0, help.code(), c + ": " + help.err());
      assertTrue(help.out().startsWith("Usage: citegraph " + c), help.out());
      assertEquals(help.out(), run(c, "-h").out(), c + " -h");
      assertEquals(help.out(), run("help", c).out(), "help " + c);
      assertEquals(0, run(c, "--version").code(), c + " --version");
    }
    assertEquals(top.out(), run("-h").out());
    Run version = run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("citegraph " + Main.Version.version()), version.out());
    assertFalse(Main.Version.version().isBlank() || Main.Version.version().equals("unknown"), "a real version");
    Run none = run();
    assertEquals(2, none.code(), "no command is a usage error");
    assertTrue(none.err().contains("a command is needed") && none.err().contains("Commands:"), none.err());
    assertEquals("", none.out());
  }

  @Test
  void misspeltCommandsAndOptionsGetTheirNearestName() {
    Run command = run("collaborater", "--author", "Luke Metz");
    assertEquals(2, command.code());
    assertTrue(command.err().contains("unknown command 'collaborater'"), command.err());
    assertTrue(command.err().contains("Did you mean 'collaborators'?"), command.err());
    Run option = run("collaborators", "--autor", "Luke Metz");
    assertEquals(2, option.code());
    assertTrue(option.err().contains("unknown option '--autor'") && option.err().contains("'--author'"),
        option.err());
    assertFalse(option.err().contains("Exception"), option.err());
  }

  @Test
  void eachCommandTakesOnlyItsOwnOptionsAndNumbersAreStrict() {
    Run svg = run("stats", "--svg", "/nonexistent/x.svg", "--seed", "1.7");
    assertEquals(2, svg.code());
    assertTrue(svg.err().contains("unknown option '--svg'"), svg.err());
    Run hyper = run("stats", "--hyper-authorship", "2.9");
    assertEquals(2, hyper.code());
    assertTrue(hyper.err().contains("'2.9' is not a whole number"), hyper.err());
    Run seed = run("clusters", "--seed", "1.7");
    assertEquals(2, seed.code());
    assertTrue(seed.err().contains("--seed") && seed.err().contains("1.7"), seed.err());
    assertEquals(2, run("collaborators", "--author", "Luke Metz", "--top", "0").code());
    assertEquals(2, run("collaborators", "--author", "Luke Metz", "--top", "1.5").code());
    assertEquals(2, run("stats", "--hyper-authorship", "1").code());
    Run index = run("suggest", "--author", "Luke Metz", "--index", "foo");
    assertEquals(2, index.code());
    assertEquals("citegraph: bad value for '--index': unknown index 'foo'; expected adamic-adar or "
        + "resource-allocation", index.err().lines().findFirst().orElseThrow());
    Run counting = run("collaborators", "--author", "Luke Metz", "--counting", "weird");
    assertTrue(counting.err().startsWith("citegraph: --counting expects one of full, fractional, paper, got 'weird'"),
        counting.err());
  }

  @Test
  void optionsTakeTheirValueAfterAnEqualsSign() {
    Run eq = run("collaborators", "--author=Niru Maheswaranathan", "--top=3", "--format=csv");
    assertEquals(0, eq.code(), eq.err());
    assertEquals(run("collaborators", "--author", "Niru Maheswaranathan", "--top", "3", "--format", "csv").out(),
        eq.out());
  }

  @Test
  void namesResolveAsAPersonWritesThemAndFailuresNameCandidates() {
    String expected = run("collaborators", "--author", "Niru Maheswaranathan", "--top", "2", "-q").out();
    for (String name : List.of("N. Maheswaranathan", "Maheswaranathan", "maheswaranathan, niru",
        "NIRU MAHESWARANATHAN")) {
      Run r = run("collaborators", "--author", name, "--top", "2", "-q");
      assertEquals(0, r.code(), name + ": " + r.err());
      assertEquals(expected, r.out(), name);
    }
    Run typo = run("collaborators", "--author", "Niru Maheswaranathen", "-q");
    assertEquals(2, typo.code());
    assertTrue(typo.err().contains("nearest names") && typo.err().contains("Niru Maheswaranathan (19 papers"),
        typo.err());
    assertFalse(typo.err().contains("corpus.authors()"), "no Java hint on the command line");
  }

  @Test
  void rankingsPrintAsCsvJsonOrTablesWithAHintForMoreRows() {
    Run table = run("collaborators", "--author", "Niru Maheswaranathan", "--top", "3", "-q");
    assertTrue(table.out().contains("more rows — use --top N to see more"), table.out());
    Run csv = run("collaborators", "--author", "Niru Maheswaranathan", "--format", "csv", "-q");
    assertEquals(0, csv.code(), csv.err());
    String[] lines = csv.out().split("\r\n");
    assertEquals("#,collaborator,papers,score,first,last,categories", lines[0]);
    Run json = run("collaborators", "--author", "Niru Maheswaranathan", "--json", "-q");
    int rows = json.out().split("\"rank\"", -1).length - 1;
    assertEquals(rows, lines.length - 1, "CSV holds every row, as JSON does");
    assertTrue(lines[1].startsWith("1,Luke Metz,9,"), lines[1]);
    for (String[] command : List.of(new String[] {"authors"}, new String[] {"central"}, new String[] {"stats"},
        new String[] {"clusters"}, new String[] {"citations"}, new String[] {"suggest", "--author", "Olga Wichrowska"},
        new String[] {"timeline", "--author", "Luke Metz"})) {
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(List.of("--format", "csv", "-q"));
      Run r = run(args.toArray(String[]::new));
      assertEquals(0, r.code(), args + ": " + r.err());
      assertTrue(r.out().contains(",") && r.out().contains("\r\n"), args + ": " + r.out());
    }
  }

  @Test
  void yearFiltersKeepThePapersOfThoseYears() throws IOException {
    Corpus all = CiteGraph.loadSamples();
    long expected = all.papers().stream().filter(p -> p.year().isPresent() && p.year().getAsInt() >= 2019
        && p.year().getAsInt() <= 2020).count();
    assertTrue(expected > 0 && expected < all.papers().size(), "the samples span more than 2019-2020");
    Run r = run("stats", "--from", "2019", "--to", "2020", "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"papers\" : " + expected + ","), r.out());
    assertTrue(r.err().contains("kept " + expected + " papers from 2019 to 2020"), r.err());
    Run collaborators = run("collaborators", "--author", "Niru Maheswaranathan", "--from", "2021", "--json", "-q");
    assertEquals(0, collaborators.code(), collaborators.err());
    assertFalse(collaborators.out().contains("\"date\" : \"2020"), "no shared paper before 2021");
    assertEquals(2, run("stats", "--from", "2021", "--to", "2019").code());
  }

  @Test
  void aFolderReadsLikeItsFilesAndUnknownFilesAreListed(@TempDir Path dir) throws IOException {
    Path sample = dir.resolve("nested").resolve("records.txt");
    Files.createDirectories(sample.getParent());
    try (var in = Inputs.openSample(Inputs.AUTHOR_RECORD_SAMPLE)) {
      Files.writeString(sample, in.lines().reduce("", (a, b) -> a + b + "\n"));
    }
    Files.writeString(dir.resolve("notes.xyz"), "nothing a reader knows\n");
    Files.writeString(dir.resolve("README.md"), "@article{x, title={Not a record}, author={A, B}}\n");
    Run folder = run("stats", "--json", dir.toString());
    Run file = run("stats", "--json", sample.toString());
    assertEquals(0, folder.code(), folder.err());
    assertEquals(file.out(), folder.out());
    assertTrue(folder.err().contains("skipped 2 files of no known format") && folder.err().contains("notes.xyz")
        && folder.err().contains("README.md"), folder.err());
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("a.xyz"), "?");
    assertEquals(2, run("stats", empty.toString()).code());
  }

  @Test
  void aFolderOfSharedDataReadsLikeItsFiles() {
    Path data = sharedData().resolve("arxiv-kaggle-snapshot-head");
    assumeTrue(Files.isDirectory(data), "shared data absent");
    Path file = data.resolve("arxiv-metadata-oai-snapshot.head.jsonl.xz");
    Run folder = run("stats", "--json", data.toString());
    assertEquals(0, folder.code(), folder.err());
    assertEquals(run("stats", "--json", file.toString()).out(), folder.out());
    assertTrue(folder.err().contains("README.md"), "the README is listed as skipped: " + folder.err());
  }

  @Test
  void dashReadsStandardInputAndWritesStandardOutput(@TempDir Path dir) throws IOException {
    byte[] records;
    try (var in = Inputs.openSample(Inputs.AUTHOR_RECORD_SAMPLE)) {
      records = in.lines().reduce("", (a, b) -> a + b + "\n").getBytes(StandardCharsets.UTF_8);
    }
    Path file = dir.resolve("records.txt");
    Files.write(file, records);
    Run stdin = runWith(new ByteArrayInputStream(records), false, "stats", "--json", "-");
    assertEquals(0, stdin.code(), stdin.err());
    assertEquals(run("stats", "--json", file.toString()).out(), stdin.out());

    Run graphml = run("export", "--format", "graphml", "--out", "-", "-q");
    assertEquals(0, graphml.code(), graphml.err());
    assertTrue(graphml.out().startsWith("<?xml") && graphml.out().contains("<graphml"), graphml.out());
    assertTrue(graphml.err().contains("Exported the co-authorship graph"), "summary on stderr: " + graphml.err());
    assertFalse(Files.exists(Path.of("-")), "no file named '-'");
    Run svg = run("timeline", "--author", "Luke Metz", "--svg", "-", "-q");
    assertTrue(svg.out().startsWith("<?xml") && svg.out().contains("<svg"), svg.out());
    Run twoFiles = run("export", "--format", "csv", "--out", "-");
    assertEquals(2, twoFiles.code());
    assertTrue(twoFiles.err().contains("two files"), twoFiles.err());
  }

  @Test
  void outputParentsAreCreatedTheSameWayEverywhere(@TempDir Path dir) throws IOException {
    Path svg = dir.resolve("a").resolve("b").resolve("t.svg");
    assertEquals(0, run("timeline", "--author", "Luke Metz", "--svg", svg.toString(), "-q").code());
    assertTrue(Files.readString(svg).contains("<svg"));
    Path graph = dir.resolve("c").resolve("g.dot");
    assertEquals(0, run("export", "--format", "dot", "--out", graph.toString(), "-q").code());
    assertTrue(Files.readString(graph).startsWith("graph") || Files.readString(graph).contains("graph "));
    Path snap = dir.resolve("d").resolve("s.snap");
    assertEquals(0, run("snapshot", "save", "--out", snap.toString(), "-q").code());
    assertTrue(Files.size(snap) > 0);
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "x");
    Run blocked = run("timeline", "--author", "Luke Metz", "--svg", blocker.resolve("t.svg").toString(), "-q");
    assertEquals(2, blocked.code());
    assertTrue(blocked.err().contains("is a file, not a folder"), blocked.err());
    Run blockedExport = run("export", "--format", "dot", "--out", blocker.resolve("g.dot").toString(), "-q");
    assertEquals(2, blockedExport.code());
    assertTrue(blockedExport.err().contains("is a file, not a folder"), blockedExport.err());
  }

  @Test
  void exportOfAnAuthorWritesTheEgoNetwork(@TempDir Path dir) throws IOException {
    Corpus corpus = CiteGraph.loadSamples();
    Author olga = corpus.author("Olga Wichrowska");
    java.util.Set<Author> coauthors = new java.util.HashSet<>();
    for (Paper p : corpus.papersOf(olga)) {
      coauthors.addAll(corpus.authorsOf(p));
    }
    java.util.Set<Author> twoHops = new java.util.HashSet<>(coauthors);
    for (Author a : coauthors) {
      for (Paper p : corpus.papersOf(a)) {
        twoHops.addAll(corpus.authorsOf(p));
      }
    }
    Run one = run("export", "--format", "json", "--out", dir.resolve("one.json").toString(), "--author",
        "Olga Wichrowska", "--json", "-q");
    assertEquals(0, one.code(), one.err());
    assertTrue(one.out().contains("\"nodes\" : " + coauthors.size() + ","), coauthors.size() + " " + one.out());
    Run two = run("export", "--format", "json", "--out", dir.resolve("two.json").toString(), "--author",
        "Olga Wichrowska", "--hops", "2", "--json", "-q");
    assertTrue(two.out().contains("\"nodes\" : " + twoHops.size() + ","), twoHops.size() + " " + two.out());
    assertTrue(twoHops.size() > coauthors.size(), "two hops reach further on the samples");
    assertEquals(2, run("export", "--format", "json", "--out", dir.resolve("x.json").toString(), "--hops", "2")
        .code(), "--hops needs --author");
    assertEquals(2, run("export", "--format", "json", "--out", dir.resolve("x.json").toString(), "--author",
        "Olga Wichrowska", "--hops", "3").code());
  }

  @Test
  void progressIsOneLinePerPhaseInALogAndQuietSilencesIt() {
    Run log = run("stats");
    assertEquals(0, log.code());
    for (String phase : List.of("citegraph: read 22 records from 1 source", "citegraph: de-duplicated into 19 papers",
        "citegraph: resolved ", "citegraph: indexed 19 papers")) {
      assertTrue(log.err().contains(phase), phase + " in " + log.err());
    }
    assertEquals("", run("stats", "--quiet").err());
    Run terminal = runWith(new ByteArrayInputStream(new byte[0]), true, "stats");
    assertEquals("", terminal.err(), "a terminal sees nothing for work under two seconds");
  }

  @Test
  void aTerminalSeesLiveProgressWithRateAndTimeLeft() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Context ctx = new Context(System.out, new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(new byte[0]), true);
    ProgressPrinter p = new ProgressPrinter(ctx, false);
    Progress reading = new Progress("read", Optional.of("big.tsv"), 1, 4, 300_000, 1_000, 4_000, 3_000_000_000L,
        false);
    assertEquals("read big.tsv (2 of 4): 300,000 records, 100,000/s, 3.0 s, about 9.0 s left",
        ProgressPrinter.live(reading));
    p.progress(reading);
    String live = err.toString(StandardCharsets.UTF_8);
    assertTrue(live.startsWith("\rread big.tsv (2 of 4): 300,000 records, ") && live.contains(" left"), live);
    p.progress(new Progress("read", Optional.empty(), 4, 4, 400_000, 4_000, 4_000, 4_000_000_000L, true));
    assertTrue(err.toString(StandardCharsets.UTF_8).endsWith("citegraph: read 400,000 records from 4 sources, "
        + "4,000 bytes in 4.0 s (100,000 records/s)\n"), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void reportHasACleanHeaderLegendsAndTheAuthorsOwnClusters() {
    Run r = run("report", "--author", "Luke Metz", "-q");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\n");
    assertEquals("citegraph report: Luke Metz (id luke-metz)", lines[0]);
    assertFalse(r.out().contains("Corpus("), "no raw toString in the header");
    Corpus corpus = CiteGraph.loadSamples();
    int papers = corpus.paperCount(corpus.author("Luke Metz"));
    assertTrue(papers < corpus.papers().size(), "Luke has fewer papers than the corpus");
    assertTrue(r.out().contains("Topic clusters (" + papers + " papers"), "clusters of his own papers: " + r.out());
    assertTrue(r.out().contains("o one paper in the year"), "timeline legend");
    assertTrue(r.out().contains("papers: papers shared with Luke Metz"), "collaborator legend");
    assertTrue(r.out().contains("Categories are arXiv codes"), "category naming said once");
    assertFalse(r.out().contains(" 0%"), "no 0% categories");
    assertFalse(r.out().matches("(?s).*(?<![.\\w])(LG|NE|NC|CL|CV) \\d+%.*"), "no short category forms");
    Run top = run("report", "--author", "Niru Maheswaranathan", "--top", "2", "-q");
    assertTrue(top.out().contains("more rows — use --top N to see more"), top.out());
  }

  @Test
  void theReportListsVenuesWhenThePapersNameThem(@TempDir Path dir) throws IOException {
    Path bib = dir.resolve("papers.bib");
    Files.writeString(bib, """
        @article{a, title = {Learned optimizers that scale}, author = {Metz, Luke and Freeman, C. Daniel},
          journal = {Neural Computation}, year = {2020}}
        @inproceedings{b, title = {Guided evolutionary strategies}, author = {Metz, Luke},
          year = {2019}}
        """);
    Run r = run("report", "--author", "Luke Metz", "-q", bib.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s).*\\n\\s*date\\s+category\\s+venue\\s+title\\s*\\n.*"), r.out());
    assertTrue(r.out().matches("(?s).*2020\\s+-\\s+Neural Computation\\s+Learned optimizers that scale.*"), r.out());
    assertTrue(r.out().matches("(?s).*2019\\s+-\\s+-\\s+Guided evolutionary strategies.*"), r.out());
    Run samples = run("report", "--author", "Luke Metz", "-q");
    assertFalse(samples.out().contains(" venue "), "no venue column when no paper names one");
  }

  @Test
  void completionScriptCoversEveryCommand() {
    Run r = run("completion");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("complete -F"), "a bash completion script");
    for (String c : commands()) {
      assertTrue(r.out().contains(c), c);
    }
    assertTrue(r.out().contains("--hyper-authorship") && r.out().contains("--author"));
  }

  @Test
  void badInputExitsOneAndNoStackTrace(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("broken.txt");
    Files.writeString(f, "Maheswaranathan, Niru\nA title\nMaheswaranathan, Niru, Metz, Luke\nAn abstract.\n"
        + "Another title\nMaheswaranathan, Niru, Metz\nAnother abstract.\n");
    Run strict = run("stats", "--strict", f.toString());
    assertEquals(1, strict.code());
    assertTrue(strict.err().contains("broken.txt:6"), strict.err());
    assertFalse(strict.err().contains("\tat "), "no stack trace");
  }

  @Test
  void anEmptyFileIsReportedAndTheOtherFilesStillRead(@TempDir Path dir) throws IOException {
    Path records = dir.resolve("records.txt");
    try (var in = Inputs.openSample(Inputs.AUTHOR_RECORD_SAMPLE)) {
      Files.writeString(records, in.lines().reduce("", (a, b) -> a + b + "\n"));
    }
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Run both = run("stats", "--json", empty.toString(), records.toString());
    Run alone = run("stats", "--json", records.toString());
    assertEquals(0, both.code(), both.err());
    assertEquals(MainTest.numbers(alone.out()).get("papers"), MainTest.numbers(both.out()).get("papers"));
    // the empty file is one rejected record in the report, not the end of the run
    assertEquals(MainTest.numbers(alone.out()).get("rejectedRecords") + 1,
        MainTest.numbers(both.out()).get("rejectedRecords"));
    // ... and said on standard error, so a lenient run past it does not go unnoticed (-q silences it)
    assertTrue(both.err().contains("1 record or file rejected; the first: " + empty) && both.err().contains(
        "empty file"), both.err());
    assertTrue(run("stats", "--json", "-q", empty.toString(), records.toString()).err().isEmpty());
    assertTrue(!alone.err().contains("rejected"), alone.err());
    Run alsoEmpty = run("stats", empty.toString());
    assertEquals(1, alsoEmpty.code(), "nothing readable: " + alsoEmpty.err());
    assertTrue(alsoEmpty.err().contains("empty.txt") && alsoEmpty.err().contains("empty file"), alsoEmpty.err());
    Run strict = run("stats", "--strict", empty.toString(), records.toString());
    assertEquals(1, strict.code());
    assertTrue(strict.err().contains("empty.txt") && strict.err().contains("empty file"), strict.err());
  }

  @Test
  void aSingleCutJsonLineIsAnInputProblem(@TempDir Path dir) throws IOException {
    Path cut = Files.writeString(dir.resolve("one.jsonl"), "{\"id\":\"0704.0001\",\"authors\":\"C. Balazs\",\"tit");
    Run strict = run("stats", "--strict", cut.toString());
    assertEquals(1, strict.code(), strict.err());
    assertTrue(strict.err().contains("one.jsonl:1"), strict.err());
    assertFalse(strict.err().contains("\tat "), "no stack trace");
    Run lenient = run("stats", cut.toString());
    assertEquals(1, lenient.code(), "nothing readable: " + lenient.err());
    assertTrue(lenient.err().contains("one.jsonl"), lenient.err());
  }

  @Test
  @Tag("slow")
  void outOfMemoryExitsThreeNamingTheHeap(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.bib");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 120_000; i++) {
      sb.append("@article{k").append(i).append(", title={A study of topic number ").append(i)
          .append(" in graphs}, author={Author").append(i).append(", Alpha and Writer").append(i % 977)
          .append(", Beta}, year={2020}, journal={J}}\n");
    }
    Files.writeString(big, sb);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx24m", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "stats", big.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(3, p.waitFor(), err);
    assertTrue(err.contains("out of memory") && err.contains("-Xmx") && err.contains("MiB"), err);
    assertFalse(err.contains("\tat ") || err.contains("java.lang.OutOfMemoryError"), "no stack trace: " + err);
  }
}
