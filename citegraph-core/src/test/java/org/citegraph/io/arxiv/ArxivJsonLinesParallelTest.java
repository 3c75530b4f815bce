package org.citegraph.io.arxiv;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.RecordSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.citegraph.model.Paper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte-based, multi-threaded JSON Lines path gives exactly the sequential text path's records and issues (same
 * messages, line numbers and order), on the test excerpt and on generated files full of malformed lines, and a
 * strict sink stops at the same first problem.
 */
class ArxivJsonLinesParallelTest {
  private static final Path EXCERPT = Path.of("src/test/resources/org/citegraph/io/arxiv/arxiv-jsonl/kaggle-excerpt.jsonl");

  /** Everything a sink saw, in order. */
  private static final class Recording implements RecordSink {
    final List<Object> events = new ArrayList<>();
    final boolean strict;

    Recording(boolean strict) {
      this.strict = strict;
    }

    @Override
    public void paper(Paper record) {
      events.add(record);
    }

    @Override
    public void issue(IngestIssue issue) {
      events.add(issue);
      if (strict) {
        throw new MalformedRecordException(issue);
      }
    }
  }

  /**
   * The sequential path: the text reader on the bytes decoded as {@link Inputs#text} decodes them (which reports
   * malformed UTF-8 once, at the end).
   */
  private static Recording sequential(byte[] bytes, boolean strict) {
    Recording r = new Recording(strict);
    try {
      new ArxivJsonLinesReader(1).read(Inputs.text(new ByteArrayInputStream(bytes), "src", r), "src", r);
    } catch (MalformedRecordException e) {
      r.events.add("stopped");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return r;
  }

  private static Recording bytePath(byte[] bytes, boolean strict, int threads, int chunkBytes) {
    Recording r = new Recording(strict);
    try {
      new ArxivJsonLinesReader(threads, chunkBytes).read(new ByteArrayInputStream(bytes), "src", r);
    } catch (MalformedRecordException e) {
      r.events.add("stopped");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return r;
  }

  private static void assertSameAsSequential(byte[] bytes, int threads, int chunkBytes) {
    for (boolean strict : new boolean[] {false, true}) {
      assertEquals(sequential(bytes, strict).events, bytePath(bytes, strict, threads, chunkBytes).events,
          "threads " + threads + ", chunk " + chunkBytes + ", strict " + strict);
    }
  }

  @Test
  void excerptGivesTheSameResultsWithAnyChunkingAndThreads() throws IOException {
    byte[] bytes = Files.readAllBytes(EXCERPT);
    Recording reference = sequential(bytes, false);
    assertTrue(reference.events.stream().filter(e -> e instanceof Paper).count() > 5);
    for (int threads : new int[] {1, 2, 3, 8}) {
      for (int chunk : new int[] {1, 17, 600, 4096, ArxivJson.DEFAULT_CHUNK_BYTES}) {
        assertSameAsSequential(bytes, threads, chunk);
      }
    }
  }

  @Provide
  Arbitrary<byte[]> lineFiles() throws IOException {
    List<String> good = Files.readAllLines(EXCERPT, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
        .toList();
    Arbitrary<byte[]> goodLine = Arbitraries.of(good).map(l -> l.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> oddLine = Arbitraries.of(
        "", "   ", "\t", "{}", "[1, 2]", "{\"id\": \"0704.0001\"} {}", "{\"id\": \"0704.0001\", \"title\": ",
        "not json", "{\"id\":\"1\",\"title\":\"T\u00e9\",\"authors\":\"A. B\u00fcrger\"}",
        " {\"id\":\"2\",\"title\":\"T\",\"authors\":\"A. Bee\"} ", "\uFEFF{\"id\":\"3\",\"title\":\"T\",\"authors\":\"C D\"}",
        "{\"id\":\"4\",\"title\":\"a\u0000b\",\"authors\":\"E F\"}", "{\u0000}", "{\"id\":\"5\"\u000b}", "}{",
        "{\"id\":\"6\",\"title\":\"\ud835\udc00 x\",\"authors\":\"G H\"}", "{\"id\":7,\"title\":true,\"authors\":null}",
        "{\"id\":\"8\",\"title\":\"\\u00e9\",\"authors\":\"I J\"}\u00a0")
        .map(l -> l.getBytes(StandardCharsets.UTF_8));
    // Malformed UTF-8: a lone continuation byte, an overlong slash, an encoded surrogate, a cut sequence.
    Arbitrary<byte[]> badUtf8 = Arbitraries.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xc0, (byte) 0xaf},
        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe2, (byte) 0x82},
        new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xff})
        .map(bad -> {
          String head = "{\"id\":\"9\",\"title\":\"T";
          String tail = "\",\"authors\":\"K L\"}";
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
          out.writeBytes(bad);
          out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
          return out.toByteArray();
        });
    Arbitrary<byte[]> line = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, goodLine),
        net.jqwik.api.Tuple.of(3, oddLine), net.jqwik.api.Tuple.of(1, badUtf8));
    Arbitrary<String> terminator = Arbitraries.of("\n", "\n", "\n", "\r\n", "\r");
    Arbitrary<Boolean> bom = Arbitraries.of(false, false, true);
    Arbitrary<Boolean> finalTerminator = Arbitraries.of(true, false);
    return net.jqwik.api.Combinators.combine(line.list().ofMaxSize(25), terminator.list().ofSize(25), bom,
        finalTerminator).as((lines, terms, withBom, end) -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          if (withBom) {
            out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
          }
          for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i));
            if (i < lines.size() - 1 || end) {
              out.writeBytes(terms.get(i).getBytes(StandardCharsets.US_ASCII));
            }
          }
          return out.toByteArray();
        });
  }

  @Property(seed = "42", tries = 300)
  void generatedFilesGiveTheSameResults(@ForAll("lineFiles") byte[] bytes,
      @ForAll @IntRange(min = 1, max = 4) int threads, @ForAll @IntRange(min = 1, max = 3000) int chunkBytes) {
    assertSameAsSequential(bytes, threads, chunkBytes);
  }

  @Test
  void emptyAndBlankSourcesAreReportedWithTheSameLine() {
    for (String s : new String[] {"", "\n", "\n\n\r\n  \n", "\uFEFF", "\uFEFF\n \n"}) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      assertSameAsSequential(bytes, 2, 1);
      assertFalse(sequential(bytes, false).events.isEmpty());
    }
  }

  @Test
  void byteParsableAcceptsOnlyWellFormedObjectLines() {
    assertTrue(ArxivJson.byteParsable(utf8("{\"a\":\"\u00e9\u20ac\ud835\udc00\"}"), 0, utf8("{\"a\":\"\u00e9\u20ac\ud835\udc00\"}").length));
    assertFalse(ArxivJson.byteParsable(utf8(" {}"), 0, 3));
    assertFalse(ArxivJson.byteParsable(utf8("{\u0000}"), 0, 3));
    assertFalse(ArxivJson.byteParsable(new byte[] {'{', (byte) 0xc0, (byte) 0xaf, '}'}, 0, 4));
    assertFalse(ArxivJson.byteParsable(new byte[] {'{', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '}'}, 0, 5));
    assertFalse(ArxivJson.byteParsable(new byte[] {'{', (byte) 0xe2, (byte) 0x82, '}'}, 0, 4));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void gzipFilesAreReadThroughTheBytePath(@TempDir Path dir) throws IOException {
    byte[] bytes = Files.readAllBytes(EXCERPT);
    Path gz = dir.resolve("excerpt.jsonl.gz");
    try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(bytes);
    }
    CollectingSink fromGzip = CollectingSink.lenient();
    Inputs.read(gz, fromGzip);
    CollectingSink plain = CollectingSink.lenient();
    new ArxivJsonLinesReader(1).read(Inputs.open(EXCERPT), EXCERPT.toString(), plain);
    assertEquals(plain.papers().size(), fromGzip.papers().size());
    assertEquals(plain.papers().stream().map(Paper::id).toList(), fromGzip.papers().stream().map(Paper::id).toList());
    assertEquals(plain.issues().stream().map(IngestIssue::message).toList(),
        fromGzip.issues().stream().map(IngestIssue::message).toList());
  }

  @Test
  void aStrictSinkStopsAtTheFirstProblemInFileOrder() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append(i == 150 ? "not json" : String.format("{\"id\":\"0704.%04d\",\"title\":\"Title %d\",\"authors\":"
          + "\"Alice Bee, Carl Dee\",\"categories\":\"cs.LG\",\"update_date\":\"2008-11-26\"}", 1000 + i, i))
          .append('\n');
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    Recording r = bytePath(bytes, true, 4, 64);
    assertEquals(sequential(bytes, true).events, r.events);
    assertEquals(152, r.events.size(), () -> "150 papers, the issue, then the stop: " + r.events.subList(0, 2));
    assertTrue(r.events.get(150) instanceof IngestIssue i && i.where().line() == 151);
    assertThrows(IllegalArgumentException.class, () -> new ArxivJsonLinesReader(0));
  }
}
