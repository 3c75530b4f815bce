package org.citegraph.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test inputs for the JSON readers: the real excerpts under {@code org/citegraph/io/<format>/}, read as text. */
public final class JsonTestData {
  private JsonTestData() {}

  /** The text of a test resource, e.g. {@code arxiv-jsonl/kaggle-excerpt.jsonl}. */
  public static String resource(String name) {
    try (InputStream in = JsonTestData.class.getResourceAsStream("/org/citegraph/io/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of a JSON Lines test resource. */
  public static List<String> lines(String name) {
    return resource(name).lines().toList();
  }

  /** Reads {@code text} with a lenient sink. */
  public static CollectingSink lenient(RecordReader reader, String text, String source) {
    CollectingSink sink = CollectingSink.lenient();
    read(reader, text, source, sink);
    return sink;
  }

  /** Reads {@code text} into {@code sink}. */
  public static void read(RecordReader reader, String text, String source, RecordSink sink) {
    try {
      reader.read(new BufferedReader(new StringReader(text)), source, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
