package org.citegraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzing: valid records of every format, mutated (cut, bytes flipped, random bytes inserted, a slice repeated,
 * wrapped in deep nesting), read leniently with small limits. No exception may escape a reader (a lenient sink makes
 * every problem an issue), every paper is a valid record, and for the JSON Lines formats every non-blank line ends
 * in exactly one paper or one rejection. {@link #mutatedFilesAreReadWithinASmallHeap} reads batches of mutated files
 * (some also blown up to megabytes) in a child JVM with a heap of {@value #CHILD_HEAP}, so that a memory bomb fails
 * instead of passing on the test JVM's big heap, and checks that records read = ingested + merged + rejected.
 * Under {@code -Pfuzz} (see {@code FuzzSeeds}) both run with random seeds and more tries.
 */
class ReaderFuzzProperties {
  static final String[] SAMPLES = {
      "/org/citegraph/" + Inputs.PROFILE_PAGE_SAMPLE,
      "/org/citegraph/" + Inputs.AUTHOR_RECORD_SAMPLE,
      "/org/citegraph/io/bib/bibtex/features.bib",
      "/org/citegraph/io/bib/ris/records.ris",
      "/org/citegraph/io/scholarly/openalex/works.jsonl",
      "/org/citegraph/io/scholarly/openalex/work.json",
      "/org/citegraph/io/scholarly/s2/Paper-excerpt.json",
      "/org/citegraph/io/scholarly/aan-metadata/acl-metadata-excerpt.txt",
      "/org/citegraph/io/arxiv/arxiv-jsonl/kaggle-excerpt.jsonl",
      "/org/citegraph/io/arxiv/unarxive-jsonl/unarxive-excerpt.jsonl",
      "/org/citegraph/io/arxiv/arxiv-atom/query.xml",
      "/org/citegraph/io/arxiv/arxiv-oai/list-records-arxiv.xml",
      "/org/citegraph/io/arxiv/arxiv-abs/0704.0001.abs",
      "/org/citegraph/io/arxiv/arxiv-api-json/api-excerpt.json",
      "/org/citegraph/io/arxiv/arxiv-docmeta/docmeta.json",
      "/org/citegraph/io/delimited/arxiv-oai-tsv/cs.NE-excerpt.tsv",
      "/org/citegraph/io/delimited/paperscape-csv/pscp-excerpt.csv",
      "/org/citegraph/io/delimited/scopus-csv/scopus-export.csv",
  };
  private static final int MAX_SAMPLE_BYTES = 6000;
  /** The child JVM's heap: small enough that a reader holding a blown-up file or value whole runs out of it. */
  static final String CHILD_HEAP = "-Xmx96m";
  /** Files read by one child JVM: every sample, twice. */
  private static final int FILES_PER_CHILD = 2 * 18;
  /** Smallest and largest size a file is blown up to by repeating a slice of it. */
  private static final int MIN_BLOWN_UP_BYTES = 1 << 19;
  private static final int MAX_BLOWN_UP_BYTES = 3 << 19;
  static final InputLimits SMALL = InputLimits.defaults().withMaxLineChars(4000).withMaxValueChars(2000)
      .withMaxNestingDepth(20).withMaxMacroChars(500).withMaxEntityReferences(2000);

  static byte[] sample(int i) {
    try (InputStream in = ReaderFuzzProperties.class.getResourceAsStream(SAMPLES[i])) {
      if (in == null) {
        throw new IllegalStateException("no sample " + SAMPLES[i]);
      }
      byte[] all = in.readAllBytes();
      if (all.length <= MAX_SAMPLE_BYTES) {
        return all;
      }
      int cut = MAX_SAMPLE_BYTES;
      while (cut < all.length && all[cut] != '\n') {
        cut++;
      }
      return Arrays.copyOf(all, cut);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] mutate(byte[] in, int ops, Random random) {
    byte[] b = in;
    for (int k = 0; k < ops; k++) {
      int at = b.length == 0 ? 0 : random.nextInt(b.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 64);
      switch (random.nextInt(5)) {
        case 0 -> out.write(b, 0, at); // cut
        case 1 -> { // flip bits of a few bytes
          byte[] c = b.clone();
          for (int j = 0; j < 1 + random.nextInt(4) && c.length > 0; j++) {
            c[random.nextInt(c.length)] ^= (byte) (1 << random.nextInt(8));
          }
          out.writeBytes(c);
        }
        case 2 -> { // insert random bytes
          byte[] noise = new byte[1 + random.nextInt(16)];
          random.nextBytes(noise);
          out.write(b, 0, at);
          out.writeBytes(noise);
          out.write(b, at, b.length - at);
        }
        case 3 -> { // repeat a slice
          int len = Math.min(b.length - at, 1 + random.nextInt(200));
          out.write(b, 0, at + len);
          for (int r = 0; r < 1 + random.nextInt(20); r++) {
            out.write(b, at, len);
          }
          out.write(b, at + len, b.length - at - len);
        }
        default -> { // nest deeply
          String[][] pairs = {{"[", "]"}, {"{\"a\":", "}"}, {"<a>", "</a>"}, {"{", "}"}};
          String[] p = pairs[random.nextInt(pairs.length)];
          int depth = 10 + random.nextInt(3000);
          out.write(b, 0, at);
          out.writeBytes(p[0].repeat(depth).getBytes(StandardCharsets.UTF_8));
          out.writeBytes(p[1].repeat(depth).getBytes(StandardCharsets.UTF_8));
          out.write(b, at, b.length - at);
        }
      }
      b = out.toByteArray();
    }
    return b;
  }

  /** A lenient sink with the small limits. */
  private static final class Sink implements RecordSink {
    final CollectingSink inner = CollectingSink.lenient();

    @Override
    public void paper(org.citegraph.model.Paper record) {
      inner.paper(record);
    }

    @Override
    public void issue(IngestIssue issue) {
      inner.issue(issue);
    }

    @Override
    public InputLimits limits() {
      return SMALL;
    }
  }

  @Property(seed = "20261202", tries = 600)
  void mutatedRecordsOfEveryFormatAreReadOrReported(@ForAll @IntRange(min = 0, max = 17) int which,
      @ForAll @IntRange(min = 1, max = 4) int ops, @ForAll Random random) throws IOException {
    byte[] original = sample(which);
    RecordReader reader = Inputs.detect(new String(original, StandardCharsets.UTF_8), SAMPLES[which]);
    byte[] mutated = mutate(original, ops, random);
    Sink sink = new Sink();
    reader.read(java.nio.file.Path.of("fuzz-" + which), new ByteArrayInputStream(mutated), sink);
    for (IngestIssue i : sink.inner.issues()) {
      assertTrue(i.where().source().startsWith("fuzz-"), i::toString);
    }
    if (SAMPLES[which].endsWith(".jsonl") && !reader.formatName().equals("openalex-json")) {
      List<String> lines = new ArrayList<>();
      try (var text = Inputs.text(new ByteArrayInputStream(mutated), "count", CollectingSink.lenient())) {
        text.lines().map(org.citegraph.internal.io.LineSource.TRIM::trimFrom).filter(l -> !l.isEmpty())
            .forEach(lines::add);
      }
      long rejectedLines = sink.inner.issues(IngestIssue.Action.REJECTED).stream()
          .filter(i -> !i.message().startsWith("empty file")).count();
      assertEquals(lines.size(), sink.inner.papers().size() + rejectedLines,
          () -> reader.formatName() + ": " + sink.inner.issues());
    }
  }

  /**
   * Repeats a slice of up to 64 KB of {@code in} until the file is 0.5 to 1.5 MB: a line, value or record hundreds
   * of times past the small limits, or thousands of records.
   */
  static byte[] blowUp(byte[] in, Random random) {
    if (in.length == 0) {
      return in;
    }
    int at = random.nextInt(in.length);
    int len = Math.min(in.length - at, 1 + random.nextInt(1 << 16));
    int target = MIN_BLOWN_UP_BYTES + random.nextInt(MAX_BLOWN_UP_BYTES - MIN_BLOWN_UP_BYTES);
    ByteArrayOutputStream out = new ByteArrayOutputStream(target + in.length);
    out.write(in, 0, at + len);
    while (out.size() < target) {
      out.write(in, at, len);
    }
    out.write(in, at + len, in.length - at - len);
    return out.toByteArray();
  }

  /**
   * Batches of mutated files of every format, a quarter of them blown up, read in a child JVM with a heap of {@value
   * #CHILD_HEAP}: it must end normally (not exit 3 on {@link OutOfMemoryError}), nothing may escape a reader, every
   * record read ends in a paper or a rejection, records read = ingested + merged + rejected, and for the JSON Lines
   * formats every non-blank line is one record. Tagged {@code slow} (a child JVM reads for about ten seconds) and
   * {@code fuzz}, so that {@code -Pfast} skips it and {@code -Pfuzz} runs it with random seeds.
   */
  @Property(seed = "20261203", tries = 2, shrinking = ShrinkingMode.OFF)
  @Tag("slow")
  @Tag("fuzz")
  void mutatedFilesAreReadWithinASmallHeap(@ForAll Random random) throws Exception {
    assertEquals(FILES_PER_CHILD, 2 * SAMPLES.length);
    Path dir = Files.createTempDirectory("citegraph-fuzz");
    try {
      readInAChildJvm(dir, random);
    } finally {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  private static void readInAChildJvm(Path dir, Random random) throws Exception {
    for (int n = 0; n < FILES_PER_CHILD; n++) {
      int which = n % SAMPLES.length;
      byte[] mutated = mutate(sample(which), 1 + random.nextInt(4), random);
      if (random.nextInt(4) == 0) {
        mutated = blowUp(mutated, random);
      }
      Files.write(dir.resolve(String.format(Locale.ROOT, "%02d-%d", n, which)), mutated);
    }
    ChildJvm.Result run = ChildJvm.run(CHILD_HEAP, List.of(), FuzzReadMain.class, List.of(dir.toString()),
        Duration.ofMinutes(5));
    assertEquals(0, run.exitCode(), () -> "the child JVM failed (3: out of memory at " + CHILD_HEAP + "):\n"
        + run.text());
    List<String> files = run.lines().stream().filter(l -> l.startsWith("file=")).toList();
    assertEquals(FILES_PER_CHILD, files.size(), run::text);
    assertEquals("done files=" + FILES_PER_CHILD, run.lines().get(run.lines().size() - 1), run::text);
    for (String line : files) {
      assertFalse(line.contains(" escaped="), line);
      Map<String, Long> c = counts(line);
      assertEquals(0, c.get("foreign"), line);
      // every record the reader saw ends in one paper or one rejection, and the corpus sees the same records
      assertEquals(c.get("papers") + c.get("rejected"), c.get("read"), line);
      // records read = ingested + merged + rejected, where ingested are the corpus's papers
      assertEquals(c.get("read"), c.get("corpusPapers") + c.get("merged") + c.get("rejected"), line);
      assertTrue(c.get("merged") >= 0 && c.get("corpusPapers") <= c.get("papers"), line);
      if (c.get("lines") >= 0) {
        assertEquals(c.get("lines"), c.get("papers") + c.get("rejected") - c.get("fileRejections"), line);
      }
    }
  }

  /** The {@code key=number} pairs of one line of {@link FuzzReadMain}. */
  private static Map<String, Long> counts(String line) {
    Map<String, Long> out = new HashMap<>();
    for (String part : line.split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0 && part.substring(eq + 1).matches("-?\\d+")) {
        out.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
      }
    }
    return out;
  }
}
