package org.citegraph.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sectioned format of {@link SnapshotWriter} and {@link SnapshotLoader}: papers split into many blocks decoded in
 * parallel come back identical and in order, the bytes depend only on the corpus, and every damaged or cut file is
 * refused.
 */
class SnapshotBlocksTest {
  private static final Corpus SAMPLES = CiteGraph.loadSamples();
  private static final int HEADER = "CITEGRAPH-SNAPSHOT".length() + Integer.BYTES + Long.BYTES;

  @TempDir
  Path dir;

  /** Loads a snapshot into a corpus, with the loader's IOException. */
  static Corpus load(Path file) throws IOException {
    return CiteGraph.fromSnapshot(SnapshotLoader.load(file));
  }

  /** Every query a loaded corpus answers, compared between the saved and the loaded corpus. */
  static void assertSameCorpus(Corpus expected, Corpus actual) {
    assertEquals(expected.papers(), actual.papers());
    assertEquals(expected.authors(), actual.authors());
    assertEquals(expected.report(), actual.report());
    assertEquals(expected.profiles(), actual.profiles());
    assertEquals(expected.hyperAuthorshipThreshold(), actual.hyperAuthorshipThreshold());
    for (Paper p : expected.papers()) {
      assertEquals(expected.indexOf(p), actual.indexOf(p));
      assertEquals(expected.authorsOf(p), actual.authorsOf(p));
      for (Category c : p.categories()) {
        assertEquals(expected.papersIn(c), actual.papersIn(c));
      }
    }
    for (Author a : expected.authors()) {
      assertEquals(expected.papersOf(a), actual.papersOf(a));
      assertEquals(expected.findAuthors(a.id()), actual.findAuthors(a.id()));
      for (PersonName v : a.variants()) {
        assertEquals(expected.findAuthors(v.displayName()), actual.findAuthors(v.displayName()));
      }
      assertEquals(expected.collaborators(a), actual.collaborators(a));
    }
    assertEquals(expected.coauthorGraph().edges(), actual.coauthorGraph().edges());
    assertEquals(expected.citationGraph().edgeCount(), actual.citationGraph().edgeCount());
  }

  /** Number of paper blocks in a snapshot file, read from its section headers. */
  static int paperBlocks(byte[] file) {
    int sections = 0;
    long pos = HEADER;
    ByteBuffer b = ByteBuffer.wrap(file);
    while (pos < file.length) {
      pos += 12 + b.getInt((int) pos);
      sections++;
    }
    assertEquals(file.length, pos, "sections tile the body");
    return sections - 2;
  }

  @Test
  void samplesInOneBlockPerPaper() throws IOException {
    Path file = dir.resolve("tiny-blocks.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file, 1);
    assertEquals(SAMPLES.papers().size(), paperBlocks(Files.readAllBytes(file)));
    assertSameCorpus(SAMPLES, load(file));
  }

  @Test
  void samplesInOneBlock() throws IOException {
    Path file = dir.resolve("one-block.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file);
    assertEquals(1, paperBlocks(Files.readAllBytes(file)));
    assertSameCorpus(SAMPLES, load(file));
  }

  @Test
  void emptyCorpusHasNoBlocks() throws IOException {
    Corpus empty = Fixtures.corpus(List.of());
    Path file = dir.resolve("empty.snap");
    SnapshotWriter.write(empty.snapshotContents(), file, 1);
    assertEquals(0, paperBlocks(Files.readAllBytes(file)));
    Corpus back = load(file);
    assertEquals(List.of(), back.papers());
    assertEquals(List.of(), back.authors());
    assertEquals(empty.report(), back.report());
  }

  @Property(seed = "7", tries = 40)
  void blocksOfAnySizeRoundTrip(@ForAll("corpora") List<Paper> records, @ForAll @IntRange(min = 1, max = 4000)
      int blockBytes) throws IOException {
    Corpus corpus = Fixtures.corpus(records);
    Path file = Files.createTempFile("citegraph-blocks", ".snap");
    try {
      SnapshotWriter.write(corpus.snapshotContents(), file, blockBytes);
      byte[] bytes = Files.readAllBytes(file);
      int blocks = paperBlocks(bytes);
      assertTrue(blocks >= 1 && blocks <= corpus.papers().size(), blocks + " blocks");
      assertSameCorpus(corpus, load(file));
      // The block size changes the framing only, never the content.
      Path one = Files.createTempFile("citegraph-blocks", ".snap");
      try {
        SnapshotWriter.write(CiteGraph.loadSnapshot(file).snapshotContents(), one);
        SnapshotWriter.write(corpus.snapshotContents(), file);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(one));
      } finally {
        Files.deleteIfExists(one);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(seed = "11", tries = 20)
  void bytesDependOnTheRecordsNotTheirOrder(@ForAll("corpora") List<Paper> records, @ForAll long shuffleSeed)
      throws IOException {
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    Path a = Files.createTempFile("citegraph-order", ".snap");
    Path b = Files.createTempFile("citegraph-order", ".snap");
    try {
      SnapshotWriter.write(Fixtures.corpus(records).snapshotContents(), a, 64);
      SnapshotWriter.write(Fixtures.corpus(shuffled).snapshotContents(), b, 64);
      assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    } finally {
      Files.deleteIfExists(a);
      Files.deleteIfExists(b);
    }
  }

  @Provide
  net.jqwik.api.Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Test
  void everyFlippedByteIsRefused() throws IOException {
    Corpus small = Fixtures.corpus(SAMPLES.papers().subList(0, 3));
    Path file = dir.resolve("small.snap");
    SnapshotWriter.write(small.snapshotContents(), file, 200);
    byte[] bytes = Files.readAllBytes(file);
    assertTrue(paperBlocks(bytes) > 1);
    for (int i = 0; i < bytes.length; i++) {
      byte[] damaged = bytes.clone();
      damaged[i] ^= 0x10;
      Files.write(file, damaged);
      int at = i;
      IOException e = assertThrows(IOException.class, () -> load(file), () -> "byte " + at);
      String m = e.getMessage();
      assertTrue(m.contains("is corrupt") || m.contains("ends early") || m.contains("not a citegraph snapshot")
          || m.contains("snapshot format version"), "byte " + i + ": " + m);
      assertTrue(m.contains(file.toString()), m);
    }
  }

  @Test
  void damagedBlockIsNamed() throws IOException {
    Path file = dir.resolve("blocks.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file, 1);
    byte[] bytes = Files.readAllBytes(file);
    int sections = paperBlocks(bytes) + 2;
    // The last paper block ends where the author section's header starts: damage its last byte.
    long pos = HEADER;
    ByteBuffer b = ByteBuffer.wrap(bytes);
    for (int s = 0; s < sections - 1; s++) {
      pos += 12 + b.getInt((int) pos);
    }
    bytes[(int) pos - 1] ^= 0x01;
    Files.write(file, bytes);
    IOException e = assertThrows(IOException.class, () -> load(file));
    assertTrue(e.getMessage().contains("is corrupt: checksum mismatch in section " + (sections - 2) + " of "
        + sections), e.getMessage());
  }

  @Test
  void everyCutIsRefused() throws IOException {
    Corpus small = Fixtures.corpus(SAMPLES.papers().subList(0, 3));
    Path file = dir.resolve("cut.snap");
    SnapshotWriter.write(small.snapshotContents(), file, 200);
    byte[] bytes = Files.readAllBytes(file);
    for (int cut = 0; cut < bytes.length; cut++) {
      Files.write(file, Arrays.copyOf(bytes, cut));
      IOException e = assertThrows(IOException.class, () -> load(file));
      String expected = cut < "CITEGRAPH-SNAPSHOT".length() ? "not a citegraph snapshot" : "ends early";
      assertTrue(e.getMessage().contains(expected), cut + ": " + e.getMessage());
    }
  }

  @Test
  void versionsOutsideTheRangeAreRefusedWithTheRangeAndTheFix() throws IOException {
    Path file = dir.resolve("v.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file);
    byte[] bytes = Files.readAllBytes(file);
    for (int version : new int[] {SnapshotFormat.MIN_SUPPORTED_VERSION - 1, SnapshotFormat.CURRENT_VERSION + 1, 255}) {
      ByteBuffer.wrap(bytes).putInt("CITEGRAPH-SNAPSHOT".length(), version);
      Files.write(file, bytes);
      IOException e = assertThrows(IOException.class, () -> load(file));
      assertTrue(e.getMessage().startsWith(file + ": snapshot format version " + version + ", this library reads "
          + "versions " + SnapshotFormat.MIN_SUPPORTED_VERSION + " to " + SnapshotFormat.CURRENT_VERSION + "; "),
          e.getMessage());
      assertTrue(e.getMessage().contains("rebuild the snapshot from the records"), e.getMessage());
    }
  }

  @Test
  void parallelLoadsAgree() throws IOException {
    Path file = dir.resolve("shared.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file, 1);
    List<Corpus> loaded = IntStream.range(0, 8).parallel().mapToObj(i -> CiteGraph.loadSnapshot(file)).toList();
    for (Corpus c : loaded) {
      assertEquals(SAMPLES.papers(), c.papers());
      assertEquals(SAMPLES.authors(), c.authors());
    }
  }
}
