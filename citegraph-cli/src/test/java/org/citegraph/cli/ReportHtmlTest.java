package org.citegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --html FILE} writes the HTML report with the command line's settings. */
class ReportHtmlTest {
  @Test
  void reportHtmlWritesOneSelfContainedFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("niru.html");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run("report", "--author", "Niru Maheswaranathan",
            "--counting", "fractional", "--html", file.toString());
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertEquals("HTML report on Niru Maheswaranathan written to " + file + "\n",
        out.toString(StandardCharsets.UTF_8));
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertEquals(3, html.split("<svg ", -1).length - 1, "three pictures");
    assertTrue(html.contains("fractional counting"), "the counting option reaches the report");
    assertTrue(html.contains("merged records"), "the command line's statistics are listed");
  }

  @Test
  void theHtmlPapersNameTheirVenue(@TempDir Path dir) throws Exception {
    Path bib = dir.resolve("papers.bib");
    Files.writeString(bib, """
        @article{a, title = {Learned optimizers that scale}, author = {Metz, Luke and Freeman, C. Daniel},
          journal = {Neural Computation \\& Learning}, year = {2020}}
        """);
    Path file = dir.resolve("luke.html");
    int code = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run("report", "--author",
            "Luke Metz", "--html", file.toString(), bib.toString());
    assertEquals(0, code);
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(html.contains("Learned optimizers that scale — <em>Neural Computation &amp; Learning</em>"), html);
  }

  @Test
  void reportHtmlNeedsAFileName() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run("report", "--author", "Luke Metz", "--html");
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("'--html'"), err.toString(StandardCharsets.UTF_8));
  }
}
