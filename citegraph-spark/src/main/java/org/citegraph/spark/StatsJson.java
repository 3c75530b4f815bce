package org.citegraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** {@code stats.json}: the figures of the embedded {@code stats --json}, same keys, same order. */
public final class StatsJson {
  private StatsJson() {}

  /**
   * Writes the figures as one JSON object.
   *
   * @param file the file
   * @param stats the figures, in order
   * @throws UncheckedIOException if the file cannot be written
   */
  public static void write(Path file, Map<String, Long> stats) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          JsonGenerator g = new JsonFactory().createGenerator(w)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        for (Map.Entry<String, Long> e : stats.entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a flat JSON object of whole numbers (a {@code stats.json}, or the output of {@code stats --json}).
   *
   * @param json the text
   * @return key to value, in order
   * @throws IllegalArgumentException if the text is not such an object
   */
  public static Map<String, Long> parse(String json) {
    Map<String, Long> out = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("expected a JSON object of numbers, got: " + json);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
          throw new IllegalArgumentException("expected a whole number for " + key);
        }
        out.put(key, p.getLongValue());
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a JSON object of numbers: " + e.getMessage(), e);
    }
    return out;
  }
}
