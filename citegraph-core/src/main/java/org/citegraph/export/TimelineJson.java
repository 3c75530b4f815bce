package org.citegraph.export;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.citegraph.model.Paper;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.ThreadEvent;
import org.citegraph.query.Timeline;

/**
 * Writes a {@link Timeline} as JSON, the shape of the command line's {@code timeline --json} and of the report's
 * timeline: an object with {@code author} (display name), {@code authorId} and {@code threads}, an array in the
 * timeline's order of objects with {@code label}, {@code start} and {@code end} (dates or null), {@code papers}
 * ({@code id}, {@code title}, {@code date}, oldest first), {@code collaborators} ({@code name}, {@code id},
 * {@code papers}), {@code categories} (category code to papers) and {@code events} ({@code kind}, {@code date},
 * {@code title}, and {@code from}, the title of the related earlier paper, when there is one). O(output size).
 */
public final class TimelineJson {
  private TimelineJson() {}

  /**
   * Writes a timeline as one JSON object.
   *
   * @param g the generator to write to (not closed)
   * @param timeline the timeline
   * @throws IOException if the generator fails
   */
  public static void write(JsonGenerator g, Timeline timeline) throws IOException {
    checkNotNull(g, "g");
    checkNotNull(timeline, "timeline");
    g.writeStartObject();
    g.writeStringField("author", timeline.author().displayName());
    g.writeStringField("authorId", timeline.author().id());
    g.writeArrayFieldStart("threads");
    for (ResearchThread th : timeline.threads()) {
      g.writeStartObject();
      g.writeStringField("label", th.label());
      g.writeStringField("start", th.start().map(Object::toString).orElse(null));
      g.writeStringField("end", th.end().map(Object::toString).orElse(null));
      g.writeArrayFieldStart("papers");
      for (Paper p : th.papers()) {
        PaperRefs.write(g, p);
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
