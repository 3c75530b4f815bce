package org.citegraph.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forged snapshots whose checksums are all correct: every count is bounded by the bytes left and by the named limits
 * before anything is allocated, a bad threshold is refused naming the file, and snapshots get ordinary permissions.
 */
class ForgedSnapshotTest {
  private static final Corpus SAMPLES = CiteGraph.loadSamples();

  @TempDir
  Path dir;

  /** The samples in format 3, one paper per block. */
  private SnapshotBytes samples() throws IOException {
    Path file = dir.resolve("samples.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file, 1);
    return SnapshotBytes.parse(Files.readAllBytes(file));
  }

  private IOException refused(SnapshotBytes forged, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, forged.toBytes());
    IOException e = assertThrows(IOException.class, () -> SnapshotLoader.load(file));
    assertTrue(e.getMessage().startsWith("snapshot " + file + " is corrupt: "), e.getMessage());
    return e;
  }

  @Test
  void hugeStringTableCountIsRefusedBeforeAllocating() throws IOException {
    // Table section: threshold, paper count, key version, string count. An unbounded new String[count] runs out of
    // memory at 2^31 - 1 on any heap.
    SnapshotBytes forged = samples();
    forged.replaceVarint(0, 3, Integer.MAX_VALUE);
    IOException e = refused(forged, "huge-strings.snap");
    assertTrue(e.getMessage().contains("string table count 2147483647 is over the limit maxTableEntries = "
        + SnapshotLimits.DEFAULT_MAX_TABLE_ENTRIES), e.getMessage());

    forged = samples();
    forged.replaceVarint(0, 3, 1 << 26);
    e = refused(forged, "many-strings.snap");
    assertTrue(e.getMessage().contains("string table count 67108864 needs at least 67108864 bytes, the section has "),
        e.getMessage());
  }

  @Test
  void hugePaperAndAuthorCountsAreRefused() throws IOException {
    SnapshotBytes forged = samples();
    forged.replaceVarint(0, 1, Integer.MAX_VALUE);
    assertTrue(refused(forged, "papers.snap").getMessage().contains("paper count 2147483647 is over the limit "
        + "maxPapers = " + SnapshotLimits.DEFAULT_MAX_PAPERS));

    forged = samples();
    forged.counts.set(1, Integer.MAX_VALUE);
    assertTrue(refused(forged, "block.snap").getMessage().contains("paper block 0 claims 2147483647 papers"));

    forged = samples();
    int tail = forged.bodies.size() - 1;
    forged.replaceVarint(tail, 0, Integer.MAX_VALUE);
    assertTrue(refused(forged, "authors.snap").getMessage().contains("author count 2147483647 is over the limit "
        + "maxAuthors"));

    forged = samples();
    forged.replaceVarint(tail, 0, 1 << 24);
    assertTrue(refused(forged, "authors-bytes.snap").getMessage().contains("author count 16777216 needs at least"));
  }

  @Test
  void limitsAreConfigurable() throws IOException {
    Path file = dir.resolve("samples.snap");
    SnapshotWriter.write(SAMPLES.snapshotContents(), file);
    SnapshotLimits tight = new SnapshotLimits(2, SnapshotLimits.DEFAULT_MAX_AUTHORS,
        SnapshotLimits.DEFAULT_MAX_TABLE_ENTRIES, SnapshotLimits.DEFAULT_MAX_STRING_BYTES);
    IOException e = assertThrows(IOException.class, () -> SnapshotLoader.load(file, tight));
    assertTrue(e.getMessage().contains("paper count " + SAMPLES.papers().size() + " is over the limit maxPapers = 2;"
        + " raise it in SnapshotLimits"), e.getMessage());
    SnapshotLimits shortStrings = new SnapshotLimits(SnapshotLimits.DEFAULT_MAX_PAPERS,
        SnapshotLimits.DEFAULT_MAX_AUTHORS, SnapshotLimits.DEFAULT_MAX_TABLE_ENTRIES, 10);
    e = assertThrows(IOException.class, () -> SnapshotLoader.load(file, shortStrings));
    assertTrue(e.getMessage().contains("is over the limit maxStringBytes = 10"), e.getMessage());
    assertEquals(SAMPLES.papers(), SnapshotLoader.load(file, SnapshotLimits.DEFAULT).papers());
  }

  @Test
  void thresholdBelowTwoIsRefusedNamingTheFile() throws IOException {
    for (int threshold : new int[] {0, 1}) {
      SnapshotBytes forged = samples();
      forged.replaceVarint(0, 0, threshold);
      Path file = dir.resolve("threshold-" + threshold + ".snap");
      Files.write(file, forged.toBytes());
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> CiteGraph.loadSnapshot(file));
      assertEquals("snapshot " + file + " is corrupt: hyper-authorship threshold " + threshold
          + " is below the minimum of 2", e.getMessage());
    }
  }

  @Test
  void formatOneThresholdAndCountsAreCheckedToo() throws IOException {
    byte[] v1 = FormatOneWriter.write(SAMPLES.snapshotContents());
    // Body: threshold varint, then paper count. Forge a paper count far past the body, with a correct checksum.
    byte[] body = java.util.Arrays.copyOfRange(v1, SnapshotBytes.HEADER, v1.length - Long.BYTES);
    int thresholdBytes = (int) SnapshotBytes.varintAt(body, 0)[1];
    int countBytes = (int) SnapshotBytes.varintAt(body, thresholdBytes)[1];
    java.io.ByteArrayOutputStream forged = new java.io.ByteArrayOutputStream();
    forged.write(body, 0, thresholdBytes);
    forged.writeBytes(SnapshotBytes.varint(1 << 25));
    forged.write(body, thresholdBytes + countBytes, body.length - thresholdBytes - countBytes);
    Path file = dir.resolve("v1-forged.snap");
    Files.write(file, formatOne(forged.toByteArray()));
    IOException e = assertThrows(IOException.class, () -> SnapshotLoader.load(file));
    assertTrue(e.getMessage().contains("paper count 33554432 needs at least"), e.getMessage());

    body[0] = 0;
    Files.write(file, formatOne(body));
    e = assertThrows(IOException.class, () -> SnapshotLoader.load(file));
    assertEquals("snapshot " + file + " is corrupt: hyper-authorship threshold 0 is below the minimum of 2",
        e.getMessage());
  }

  private static byte[] formatOne(byte[] body) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(body);
    return java.nio.ByteBuffer.allocate(SnapshotBytes.HEADER + body.length + Long.BYTES)
        .put("CITEGRAPH-SNAPSHOT".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(1)
        .putLong(body.length).put(body).putLong(crc.getValue()).array();
  }

  @Test
  void snapshotsGetTheUmaskPermissionsOfAnyNewFile() throws IOException {
    assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
    Path reference = Files.createFile(dir.resolve("reference"));
    Set<PosixFilePermission> ordinary = Files.getPosixFilePermissions(reference);
    assumeTrue(ordinary.contains(PosixFilePermission.GROUP_READ) || ordinary.contains(PosixFilePermission.OTHERS_READ),
        "a umask that lets others read new files (else 0600 is what any file gets)");
    Path file = dir.resolve("perm.snap");
    SAMPLES.save(file);
    assertEquals(ordinary, Files.getPosixFilePermissions(file));
    SAMPLES.save(file); // replacing keeps them
    assertEquals(ordinary, Files.getPosixFilePermissions(file));
  }
}
