package org.citegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.citegraph.model.Author;
import org.citegraph.query.TimelineText;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs the {@code jshell>} lines of docs/jshell.md in the real {@code jshell} program, with the core classes and
 * their dependencies on its class path, and checks what a person sees: no line is rejected or throws, and every
 * table the walkthrough shows appears whole, every row, as the library renders it. Skipped when no {@code jshell}
 * program is installed.
 */
class JshellSessionTest {
  /** The walkthrough's lines, in order; the test fails when the docs and this list part ways. */
  private static final List<String> SESSION = List.of(
      "import org.citegraph.*;",
      "Corpus corpus = CiteGraph.loadSamples();",
      "corpus",
      "var niru = corpus.author(\"Maheswaranathan, Niru\");",
      "niru.variants()",
      "corpus.papersOf(niru).size()",
      "corpus.lookup(\"N. Maheswaranathan\")",
      "corpus.lookup(\"Maheswaranathen\")",
      "corpus.collaborators(niru).show()",
      "var luke = corpus.author(\"Luke Metz\");",
      "corpus.collaborators().counting(\"fractional\").recency(3, \"2022-12-31\").top(5).rank(niru).show()",
      "corpus.explain(niru, luke).show()",
      "corpus.coauthorGraph().papersBehind(niru, luke).size()",
      "corpus.central(\"pagerank\").show(5)",
      "corpus.suggest(\"Olga Wichrowska\").show()",
      "corpus.citations(5).show()",
      "var topics = corpus.clusters();",
      "topics.show()",
      "topics.clusters().get(0).categoryMix()",
      "var timeline = corpus.timeline(niru);",
      "timeline.show()",
      "timeline.threadOfTitle(\"Learned Optimizers that Scale and Generalize\").papers().size()",
      "corpus.report().authorMerges().size()",
      "corpus.report().paperMerges().size()");

  private static Optional<Path> jshell() {
    List<Path> candidates = new ArrayList<>();
    String javaHome = System.getenv("JAVA_HOME");
    if (javaHome != null) {
      candidates.add(Path.of(javaHome, "bin", "jshell"));
    }
    candidates.add(Path.of(System.getProperty("java.home"), "bin", "jshell"));
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, "jshell"));
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  @Test
  void theDocsListTheSessionThisTestRuns() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Fixtures.projectRoot().resolve("docs").resolve("jshell.md"))) {
      if (line.startsWith("jshell> ")) {
        lines.add(line.substring("jshell> ".length()));
      }
    }
    assertEquals(SESSION, lines);
    assertEquals(1, lines.stream().filter(l -> l.startsWith("import ")).count(), "one import is enough");
  }

  @Test
  @Tag("slow")
  void theWalkthroughShowsEveryRowOfEveryTableInARealJshell() throws Exception {
    Optional<Path> jshell = jshell();
    assumeTrue(jshell.isPresent(), "no jshell program installed");
    Path script = Files.createTempFile("session", ".jsh");
    Files.write(script, SESSION, StandardCharsets.UTF_8);
    Files.writeString(script, "/exit\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Process p = new ProcessBuilder(jshell.get().toString(), "-q", "-J-Xmx512m", "-J-Duser.home="
        + Files.createTempDirectory("jshell-home"), "--class-path", System.getProperty("java.class.path"))
        .redirectInput(script.toFile()).redirectErrorStream(true).start();
    String seen = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jshell ended");
    Files.delete(script);
    assertFalse(seen.contains("|  Error") || seen.contains("|  Exception") || seen.contains("cannot find symbol"),
        seen);

    Corpus corpus = CiteGraph.loadSamples();
    Author niru = corpus.author("Maheswaranathan, Niru");
    Author luke = corpus.author("Luke Metz");
    List<String> tables = List.of(
        corpus.collaborators(niru).toTable(Integer.MAX_VALUE),
        corpus.collaborators().counting("fractional").recency(3, "2022-12-31").top(5).rank(niru)
            .toTable(Integer.MAX_VALUE),
        corpus.explain(niru, luke).toTable(Integer.MAX_VALUE),
        corpus.central("pagerank").toTable(5),
        corpus.suggest("Olga Wichrowska").toTable(Integer.MAX_VALUE),
        corpus.citations(5).toTable(Integer.MAX_VALUE),
        corpus.clusters().toTable(Integer.MAX_VALUE),
        corpus.timeline(niru).toText());
    for (String table : tables) {
      assertTrue(seen.contains(table), "shown whole:\n" + table + "\n--- in ---\n" + seen);
      assertFalse(table.contains("more rows") && !table.startsWith("Authors by PageRank"), table);
    }
    assertTrue(corpus.collaborators(niru).size() > 20, "the first table is longer than JShell's echo");
    assertTrue(seen.contains("'N. Maheswaranathan' is Niru Maheswaranathan (19 papers"), seen);
    assertTrue(seen.contains("no author named 'Maheswaranathen'; nearest names:"), seen);
    assertTrue(seen.contains(TimelineText.LEGEND), "the timeline's legend");
    assertTrue(seen.contains("==> 19"), "papersOf(niru).size()");
    assertTrue(seen.contains("==> 9"), "papers behind Niru and Luke");
  }
}
