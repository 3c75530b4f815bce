package org.citegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved snapshot is an ordinary file (rw-r--r--), not the private mode of the temporary file it is written to. */
class SnapshotFileModeTest {
  @TempDir Path dir;

  @Test
  void snapshotIsReadableLikeAnyNewFile() throws IOException {
    assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class), "not POSIX");
    Path file = dir.resolve("samples.cgs");
    Snapshot.save(CiteGraph.loadSamples(), file);
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }
}
