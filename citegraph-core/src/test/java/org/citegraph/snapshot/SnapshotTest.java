package org.citegraph.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Paper;

import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round trips and refusals of {@link SnapshotWriter} and {@link SnapshotLoader}. */
class SnapshotTest {
  private static final Corpus SAMPLES = CiteGraph.loadSamples();

  @TempDir
  Path dir;

  private static Corpus load(Path file) throws IOException {
    return SnapshotBlocksTest.load(file);
  }

  @Test
  void samplesRoundTrip() throws IOException {
    Path file = dir.resolve("samples.snap");
    SAMPLES.save(file);
    Corpus back = CiteGraph.loadSnapshot(file);
    assertEquals(SAMPLES.papers(), back.papers());
    assertEquals(SAMPLES.authors(), back.authors());
    assertEquals(SAMPLES.report(), back.report());
    assertEquals(SAMPLES.profiles(), back.profiles());
    assertEquals(SAMPLES.hyperAuthorshipThreshold(), back.hyperAuthorshipThreshold());
    assertEquals(SAMPLES.collaborators("Niru Maheswaranathan"), back.collaborators("Niru Maheswaranathan"));
    assertEquals(SAMPLES.coauthorGraph().edges(), back.coauthorGraph().edges());
    assertEquals(SAMPLES.report().toString(), back.report().toString());
    for (Paper p : SAMPLES.papers()) {
      assertEquals(SAMPLES.authorsOf(p), back.authorsOf(p));
    }
    assertEquals(SAMPLES.citationGraph().edgeCount(), back.citationGraph().edgeCount());
  }

  @Property(seed = "42", tries = 50)
  void roundTripKeepsEverything(@ForAll("corpora") List<Paper> records) throws IOException {
    Corpus corpus = Fixtures.corpus(records);
    Path file = Files.createTempFile("citegraph-snapshot", ".snap");
    try {
      SnapshotWriter.write(corpus.snapshotContents(), file);
      Corpus back = load(file);
      assertEquals(corpus.papers(), back.papers());
      assertEquals(corpus.authors(), back.authors());
      assertEquals(corpus.report(), back.report());
      assertEquals(corpus.coauthorGraph().edges(), back.coauthorGraph().edges());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Test
  void longAbstractsSurvive() throws IOException {
    Paper p = SAMPLES.papers().get(0);
    Paper big = p.toBuilder().abstractText("é".repeat(70_000)).build();
    Corpus corpus = Fixtures.corpus(List.of(big));
    Path file = dir.resolve("big.snap");
    SnapshotWriter.write(corpus.snapshotContents(), file);
    assertEquals(corpus.papers(), load(file).papers());
  }

  @Test
  void flippedByteIsRefused() throws IOException {
    Path file = dir.resolve("s.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x10;
    Files.write(file, bytes);
    IOException e = assertThrows(IOException.class, () -> load(file));
    assertTrue(e.getMessage().contains("is corrupt: checksum mismatch"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void foreignFileIsRefused() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "arXiv:1703.04813 Learned optimizers that scale and generalize\n");
    IOException e = assertThrows(IOException.class, () -> load(file));
    assertEquals("not a citegraph snapshot: " + file, e.getMessage());
    Path empty = Files.createFile(dir.resolve("empty"));
    assertThrows(IOException.class, () -> load(empty));
    UncheckedIOException u = assertThrows(UncheckedIOException.class, () -> CiteGraph.loadSnapshot(file));
    assertTrue(u.getMessage().startsWith("not a citegraph snapshot"), u.getMessage());
  }

  @Test
  void truncatedFileIsRefused() throws IOException {
    Path file = dir.resolve("s.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file);
    byte[] bytes = Files.readAllBytes(file);
    for (int cut : new int[] {20, 30, bytes.length / 2, bytes.length - 1}) {
      Files.write(file, Arrays.copyOf(bytes, cut));
      IOException e = assertThrows(IOException.class, () -> load(file));
      assertTrue(e.getMessage().contains("ends early"), e.getMessage());
    }
  }

  @Test
  void newerVersionIsRefused() throws IOException {
    // A file from a newer library: refused, never misread.
    Path file = dir.resolve("s.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file);
    byte[] bytes = Files.readAllBytes(file);
    int newer = SnapshotFormat.CURRENT_VERSION + 1;
    bytes["CITEGRAPH-SNAPSHOT".length() + 3] = (byte) newer;
    Files.write(file, bytes);
    IOException e = assertThrows(IOException.class, () -> load(file));
    assertTrue(e.getMessage().contains("snapshot format version " + newer + ", this library reads versions "
        + SnapshotFormat.MIN_SUPPORTED_VERSION + " to " + SnapshotFormat.CURRENT_VERSION), e.getMessage());
    assertTrue(e.getMessage().contains("load it with the newer library"), e.getMessage());
  }

  @Test
  void saveReplacesAndLeavesNoTemporaryFiles() throws IOException {
    Path file = dir.resolve("s.snap");
    Files.writeString(file, "old");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file);
    assertEquals(SAMPLES.papers(), load(file).papers());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
    assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("old"));
  }
}
