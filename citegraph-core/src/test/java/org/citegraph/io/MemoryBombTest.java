package org.citegraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory bombs read in a child JVM with a small heap ({@value #HEAP}): a compressed file whose one JSON line, one
 * delimited row or one XML text node expands to 300 million characters, and a BibTeX macro bomb of 41 lines. Each
 * must end normally (no {@link OutOfMemoryError}) with the good records read and the bad one rejected naming its limit.
 */
@Tag("slow")
class MemoryBombTest {
  static final String HEAP = "-Xmx48m";
  private static final long HUGE = 300_000_000L;

  @TempDir Path dir;

  private static String classPath() {
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {System.getProperty("java.class.path"), System.getProperty("jdk.module.path")}) {
      if (p != null && !p.isBlank()) {
        parts.add(p);
      }
    }
    return String.join(File.pathSeparator, parts);
  }

  private List<String> run(String kind, long huge, String... jvmOptions) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        HEAP, "-XX:+ExitOnOutOfMemoryError"));
    cmd.addAll(List.of(jvmOptions));
    cmd.addAll(List.of("-cp", classPath(), MemoryBombMain.class.getName(), kind, dir.toString(),
        Long.toString(huge)));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out;
    try (Stream<String> lines = p.inputReader(StandardCharsets.UTF_8).lines()) {
      out = lines.collect(Collectors.joining("\n"));
    }
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), kind + " timed out");
    assertEquals(0, p.exitValue(), kind + " failed:\n" + out);
    return out.lines().toList();
  }

  @Test
  void aHugeJsonLineIsRejectedWithinASmallHeap() throws Exception {
    List<String> out = run("jsonl", HUGE, "-Dcitegraph.limits.maxLineChars=1000000");
    assertTrue(out.contains("papers=2") && out.contains("rejected=1"), String.join("\n", out));
    assertTrue(out.stream().anyMatch(l -> l.startsWith("issue 2 ") && l.contains("maxLineChars = 1000000")),
        String.join("\n", out));
  }

  @Test
  void aHugeDelimitedRowIsRejectedWithinASmallHeap() throws Exception {
    List<String> out = run("tsv", HUGE, "-Dcitegraph.limits.maxLineChars=1000000");
    assertTrue(out.contains("papers=2") && out.contains("rejected=1"), String.join("\n", out));
    assertTrue(out.stream().anyMatch(l -> l.startsWith("issue 3 ") && l.contains("maxLineChars")),
        String.join("\n", out));
  }

  @Test
  void aHugeXmlTextNodeIsRejectedWithinASmallHeap() throws Exception {
    List<String> out = run("xml", HUGE, "-Dcitegraph.limits.maxValueChars=1000000");
    assertTrue(out.contains("papers=2") && out.contains("rejected=1"), String.join("\n", out));
    assertTrue(out.stream().anyMatch(l -> l.contains("maxValueChars")), String.join("\n", out));
  }

  @Test
  void aBibtexMacroBombEndsWithTheDefaultLimits() throws Exception {
    List<String> out = run("bibtex", 40);
    assertTrue(out.contains("papers=1"), String.join("\n", out));
    assertTrue(out.stream().anyMatch(l -> l.contains("maxMacroChars")), String.join("\n", out));
  }
}
