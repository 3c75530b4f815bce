package org.citegraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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

  private List<String> run(String kind, long huge, String... jvmOptions) throws IOException, InterruptedException {
    ChildJvm.Result r = ChildJvm.run(HEAP, List.of(jvmOptions), MemoryBombMain.class,
        List.of(kind, dir.toString(), Long.toString(huge)), Duration.ofSeconds(300));
    assertEquals(0, r.exitCode(), () -> kind + " failed:\n" + r.text());
    return r.lines();
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
