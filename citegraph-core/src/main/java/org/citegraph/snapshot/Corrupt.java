package org.citegraph.snapshot;

/** A problem found while decoding a snapshot (a failed checksum, a bad value, a count past a limit). */
final class Corrupt extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Corrupt(String message) {
    super(message, null, false, false);
  }
}
