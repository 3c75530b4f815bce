package org.citegraph.export;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import org.citegraph.model.Paper;

/** The short JSON form of a paper that every JSON writer here lists: {@code {"id", "title", "date"}}. */
final class PaperRefs {
  private PaperRefs() {}

  /** Writes {@code {"id": ..., "title": ..., "date": ... or null}}. O(title length). */
  static void write(JsonGenerator g, Paper p) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", p.id().toString());
    g.writeStringField("title", p.title());
    g.writeStringField("date", p.date().map(Object::toString).orElse(null));
    g.writeEndObject();
  }
}
