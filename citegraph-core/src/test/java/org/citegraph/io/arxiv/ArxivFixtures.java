package org.citegraph.io.arxiv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The arXiv readers' test fixtures under {@code src/test/resources/org/citegraph/io/<format>/}. */
final class ArxivFixtures {
  private ArxivFixtures() {}

  /** The text of a fixture, e.g. {@code arxiv-abs/0704.0001.abs}. */
  static String text(String name) {
    try (InputStream in = ArxivFixtures.class.getResourceAsStream("/org/citegraph/io/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
