package org.citegraph.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.citegraph.model.Paper;
import org.citegraph.query.Collaborator;
import org.citegraph.query.CollaboratorRanking;

/**
 * Writes a {@link CollaboratorRanking} as JSON, the shape of the command line's {@code collaborators --json} (and of
 * the Spark module's {@code collaborators --json}, so both answer alike): an array of objects with {@code rank},
 * {@code name}, {@code id}, {@code papers} (shared papers), {@code score}, {@code first} and {@code last} (dates of the
 * first and last shared paper, or null), {@code categories} (category code to share of the shared papers, largest
 * first) and {@code sharedPapers} ({@code id}, {@code title}, {@code date}). O(output size).
 */
public final class CollaboratorsJson {
  private CollaboratorsJson() {}

  /**
   * Writes the first rows of a ranking as one JSON array.
   *
   * @param g the generator to write to (not closed)
   * @param ranking the ranking
   * @param top the greatest number of rows to write, at least 0
   * @throws IOException if the generator fails
   * @throws IllegalArgumentException if top is negative
   */
  public static void write(JsonGenerator g, CollaboratorRanking ranking, int top) throws IOException {
    checkNotNull(g, "g");
    checkNotNull(ranking, "ranking");
    checkArgument(top >= 0, "top must be >= 0: %s", top);
    g.writeStartArray();
    for (Collaborator c : ranking.rows().subList(0, Math.min(top, ranking.rows().size()))) {
      g.writeStartObject();
      g.writeNumberField("rank", c.rank());
      g.writeStringField("name", c.coauthor().displayName());
      g.writeStringField("id", c.coauthor().id());
      g.writeNumberField("papers", c.sharedPapers());
      g.writeNumberField("score", c.score());
      g.writeStringField("first", c.first().map(Object::toString).orElse(null));
      g.writeStringField("last", c.last().map(Object::toString).orElse(null));
      g.writeObjectFieldStart("categories");
      for (Map.Entry<String, Double> e : c.categoryShares().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("sharedPapers");
      for (Paper p : c.papers()) {
        PaperRefs.write(g, p);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
