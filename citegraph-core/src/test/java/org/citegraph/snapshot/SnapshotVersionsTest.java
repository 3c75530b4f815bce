package org.citegraph.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Older formats are read, not refused: format 1 (written by the first release's writer, kept as a test oracle) and
 * format 2 (a format-3 file taken back to the format-2 layout) load into the same corpus; stored name keys are
 * trusted exactly when their key version is this library's.
 */
class SnapshotVersionsTest {
  private static final Corpus SAMPLES = CiteGraph.loadSamples();

  @TempDir
  Path dir;

  @Test
  void samplesInFormatOneLoad() throws IOException {
    Path file = dir.resolve("v1.snap");
    Files.write(file, FormatOneWriter.write(SAMPLES.snapshotContents()));
    SnapshotContents c = SnapshotLoader.load(file);
    assertFalse(c.hasStoredNameKeys(), "format 1 stores no name keys");
    SnapshotBlocksTest.assertSameCorpus(SAMPLES, CiteGraph.fromSnapshot(c));
  }

  /**
   * samples-format1.snap was written by the first snapshot release itself (Snapshot.save of the bundled samples,
   * format 1): it loads, and re-encoding what was loaded with the format-1 oracle gives the same bytes, so loader and
   * oracle agree with the real writer.
   */
  @Test
  void aFileWrittenByTheFirstReleaseLoads() throws Exception {
    Path file = Path.of(getClass().getResource("samples-format1.snap").toURI());
    assertEquals(java.util.OptionalInt.of(1), SnapshotFormat.version(file));
    SnapshotContents c = SnapshotLoader.load(file);
    assertEquals(19, c.papers().size());
    assertEquals(28, c.authors().size());
    assertEquals(22, c.report().recordsRead());
    assertEquals(3, c.report().mergedRecords());
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(file), FormatOneWriter.write(c)),
        "re-encoded bytes differ from the first release's file");
    Corpus corpus = CiteGraph.fromSnapshot(c);
    assertEquals("niru-maheswaranathan", corpus.author("Niru Maheswaranathan").id());
    assertFalse(corpus.collaborators("Niru Maheswaranathan").rows().isEmpty());
  }

  /**
   * samples-format2.snap was written by the last format-2 release (Snapshot.save of the bundled samples): it loads,
   * its stored keys are not trusted (format 2 records no key version), and it is exactly the format-3 file of the same
   * contents taken back to the format-2 layout.
   */
  @Test
  void aFileWrittenByTheLastFormatTwoReleaseLoads() throws Exception {
    Path file = Path.of(getClass().getResource("samples-format2.snap").toURI());
    assertEquals(java.util.OptionalInt.of(2), SnapshotFormat.version(file));
    SnapshotContents c = SnapshotLoader.load(file);
    assertEquals(19, c.papers().size());
    assertEquals(28, c.authors().size());
    assertFalse(c.hasStoredNameKeys());
    Path v3 = dir.resolve("again.snap");
    SnapshotWriter.write(c, v3);
    assertTrue(java.util.Arrays.equals(Files.readAllBytes(file),
        SnapshotBytes.parse(Files.readAllBytes(v3)).asFormatTwo().toBytes()),
        "the format-3 file taken back to format 2 differs from the real format-2 file");
    assertEquals("niru-maheswaranathan", CiteGraph.fromSnapshot(c).author("Niru Maheswaranathan").id());
  }

  @Property(seed = "19", tries = 25)
  void formatOneRoundTrips(@ForAll("corpora") List<Paper> records) throws IOException {
    // Format 1 predates the venue: the corpora it round-trips name none.
    Corpus corpus = Fixtures.corpus(records.stream().map(p -> p.toBuilder().venue("").build()).toList());
    Path file = Files.createTempFile("citegraph-v1", ".snap");
    try {
      Files.write(file, FormatOneWriter.write(corpus.snapshotContents()));
      SnapshotBlocksTest.assertSameCorpus(corpus, SnapshotBlocksTest.load(file));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Test
  void damagedFormatOneIsRefused() throws IOException {
    Corpus small = Fixtures.corpus(SAMPLES.papers().subList(0, 3));
    byte[] bytes = FormatOneWriter.write(small.snapshotContents());
    Path file = dir.resolve("v1-damaged.snap");
    for (int i = SnapshotBytes.HEADER; i < bytes.length; i += 7) {
      byte[] damaged = bytes.clone();
      damaged[i] ^= 0x10;
      Files.write(file, damaged);
      IOException e = assertThrows(IOException.class, () -> SnapshotLoader.load(file), "byte " + i);
      assertTrue(e.getMessage().contains("snapshot " + file + " is corrupt"), e.getMessage());
    }
    for (int cut = SnapshotBytes.HEADER; cut < bytes.length; cut += 5) {
      Files.write(file, Arrays.copyOf(bytes, cut));
      IOException e = assertThrows(IOException.class, () -> SnapshotLoader.load(file));
      assertTrue(e.getMessage().contains("ends early"), cut + ": " + e.getMessage());
    }
  }

  /**
   * Format 4 writes a venue after a flags byte that was format 3's has-code flag: venues and the flag round-trip,
   * and the same bytes labelled format 3 are refused, since format 3 knows no venue.
   */
  @Test
  void venuesRoundTripAndAFormatThreeReaderRefusesThem() throws IOException {
    List<Paper> papers = SAMPLES.papers().subList(0, 3);
    Corpus corpus = Fixtures.corpus(List.of(papers.get(0).toBuilder().venue("NeurIPS").hasCode(true).build(),
        papers.get(1).toBuilder().venue("Neuron").build(), papers.get(2)));
    Path file = dir.resolve("venues.snap");
    SnapshotWriter.write(corpus.snapshotContents(), file);
    Corpus loaded = CiteGraph.fromSnapshot(SnapshotLoader.load(file));
    SnapshotBlocksTest.assertSameCorpus(corpus, loaded);
    assertEquals(List.of("NeurIPS", "Neuron"), loaded.papers().stream().flatMap(p -> p.venue().stream()).sorted()
        .toList());
    assertTrue(loaded.papers().stream().anyMatch(p -> p.hasCode() && p.venue().isPresent()));
    SnapshotBytes three = SnapshotBytes.parse(Files.readAllBytes(file));
    three.version = 3;
    Path old = dir.resolve("venues-as-v3.snap");
    Files.write(old, three.toBytes());
    IOException e = assertThrows(IOException.class, () -> SnapshotLoader.load(old));
    assertTrue(e.getMessage().contains("is corrupt: paper flags"), e.getMessage());
  }

  @Test
  void formatTwoLoadsAndRefoldsTheNames() throws IOException {
    Path file = dir.resolve("v3.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file, 1);
    SnapshotBytes v2 = SnapshotBytes.parse(Files.readAllBytes(file)).asFormatTwo();
    Path old = dir.resolve("v2.snap");
    Files.write(old, v2.toBytes());
    SnapshotContents c = SnapshotLoader.load(old);
    assertFalse(c.hasStoredNameKeys(), "format-2 keys carry no key version, so they are folded again");
    SnapshotBlocksTest.assertSameCorpus(SAMPLES, CiteGraph.fromSnapshot(c));
  }

  @Test
  void formatTwoBlockCountMustAgreeWithItsHeader() throws IOException {
    Path file = dir.resolve("v3.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file, 1);
    SnapshotBytes v2 = SnapshotBytes.parse(Files.readAllBytes(file)).asFormatTwo();
    v2.replaceVarint(1, 0, 0);
    Path old = dir.resolve("v2.snap");
    Files.write(old, v2.toBytes());
    IOException e = assertThrows(IOException.class, () -> SnapshotLoader.load(old));
    assertTrue(e.getMessage().contains("paper block 0 holds 0 papers, its header says 1"), e.getMessage());
  }

  @Test
  void storedKeysAreTrustedOnlyUnderThisKeyVersion() throws IOException {
    Path file = dir.resolve("v3.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file);
    assertEquals(java.util.OptionalInt.of(SnapshotFormat.CURRENT_VERSION), SnapshotFormat.version(file));
    assertEquals(java.util.OptionalInt.empty(), SnapshotFormat.version(dir));
    SnapshotContents own = SnapshotLoader.load(file);
    assertTrue(own.hasStoredNameKeys());
    // The stored index equals the one folded from the names now: key to the authors with a variant of that key.
    Map<String, List<Integer>> folded = new TreeMap<>();
    for (int a = 0; a < SAMPLES.authors().size(); a++) {
      for (PersonName v : SAMPLES.authors().get(a).variants()) {
        List<Integer> row = folded.computeIfAbsent(v.key(), k -> new java.util.ArrayList<>());
        if (row.isEmpty() || row.get(row.size() - 1) != a) {
          row.add(a);
        }
      }
    }
    assertEquals(folded, rows(own.storedNameKeyIndex().orElseThrow()));

    SnapshotBytes other = SnapshotBytes.parse(Files.readAllBytes(file));
    other.replaceVarint(0, 2, PersonName.KEY_VERSION + 1);
    Path foreign = dir.resolve("other-keys.snap");
    Files.write(foreign, other.toBytes());
    SnapshotContents c = SnapshotLoader.load(foreign);
    assertFalse(c.hasStoredNameKeys());
    assertTrue(c.storedNameKeyIndex().isEmpty());
    SnapshotBlocksTest.assertSameCorpus(SAMPLES, CiteGraph.fromSnapshot(c));
  }

  private static Map<String, List<Integer>> rows(Map<String, int[]> index) {
    Map<String, List<Integer>> out = new TreeMap<>();
    index.forEach((k, v) -> out.put(k, Arrays.stream(v).boxed().toList()));
    return out;
  }
}
