package org.citegraph.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.citegraph.query.CollaboratorRanking;
import org.citegraph.query.Timeline;
import org.citegraph.query.TopicClustering;

/** JSON output of the command line: pretty-printed, one document per run, with the writers shared by commands. */
final class Json {
  private Json() {}

  /** Writes one JSON value. */
  interface Body {
    /**
     * Writes the value.
     *
     * @param g the generator
     * @throws IOException never for the in-memory writer
     */
    void write(JsonGenerator g) throws IOException;
  }

  /** The JSON text of a body, pretty-printed. */
  static String of(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  /** The ranking as the array of {@link org.citegraph.export.CollaboratorsJson}. */
  static void ranking(JsonGenerator g, CollaboratorRanking r, int top) throws IOException {
    org.citegraph.export.CollaboratorsJson.write(g, r, top);
  }

  /** The clustering as the object of {@link org.citegraph.export.TopicsJson}. */
  static void clusters(JsonGenerator g, TopicClustering result, int top) throws IOException {
    org.citegraph.export.TopicsJson.write(g, result, top);
  }

  /** The timeline as the object of {@link org.citegraph.export.TimelineJson}. */
  static void timeline(JsonGenerator g, Timeline t) throws IOException {
    org.citegraph.export.TimelineJson.write(g, t);
  }
}
