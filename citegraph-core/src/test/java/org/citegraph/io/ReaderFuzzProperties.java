package org.citegraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzing: valid records of every format, mutated (cut, bytes flipped, random bytes inserted, a slice repeated,
 * wrapped in deep nesting), read leniently with small limits. No exception may escape a reader (a lenient sink makes
 * every problem an issue), every paper is a valid record, and for the JSON Lines formats every non-blank line ends
 * in exactly one paper or one rejection.
 */
class ReaderFuzzProperties {
  private static final String[] SAMPLES = {
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
  private static final InputLimits SMALL = InputLimits.defaults().withMaxLineChars(4000).withMaxValueChars(2000)
      .withMaxNestingDepth(20).withMaxMacroChars(500).withMaxEntityReferences(2000);

  private static byte[] sample(int i) {
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
}
