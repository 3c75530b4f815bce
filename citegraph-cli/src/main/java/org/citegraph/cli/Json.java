package org.citegraph.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.citegraph.model.Paper;
import org.citegraph.query.CollaboratorRanking;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.ThreadEvent;
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

  static void timeline(JsonGenerator g, Timeline t) throws IOException {
    g.writeStartObject();
    g.writeStringField("author", t.author().displayName());
    g.writeStringField("authorId", t.author().id());
    g.writeArrayFieldStart("threads");
    for (ResearchThread th : t.threads()) {
      g.writeStartObject();
      g.writeStringField("label", th.label());
      g.writeStringField("start", th.start().map(Object::toString).orElse(null));
      g.writeStringField("end", th.end().map(Object::toString).orElse(null));
      g.writeArrayFieldStart("papers");
      for (Paper p : th.papers()) {
        g.writeStartObject();
        g.writeStringField("id", p.id().toString());
        g.writeStringField("title", p.title());
        g.writeStringField("date", p.date().map(Object::toString).orElse(null));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("collaborators");
      for (ResearchThread.CoauthorCount c : th.collaborators()) {
        g.writeStartObject();
        g.writeStringField("name", c.coauthor().displayName());
        g.writeStringField("id", c.coauthor().id());
        g.writeNumberField("papers", c.papers());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("categories");
      for (Map.Entry<String, Integer> e : th.categories().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("events");
      for (ThreadEvent e : th.events()) {
        g.writeStartObject();
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("date", e.date().map(Object::toString).orElse(null));
        g.writeStringField("title", e.paper().title());
        if (e.related().isPresent()) {
          g.writeStringField("from", e.related().get().title());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
