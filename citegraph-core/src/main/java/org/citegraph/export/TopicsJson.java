package org.citegraph.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.citegraph.model.Paper;
import org.citegraph.query.Bridge;
import org.citegraph.query.TopicCluster;
import org.citegraph.query.TopicClustering;

/**
 * Writes a {@link TopicClustering} as JSON, the shape of the command line's {@code clusters --json}: an object with
 * {@code level}, {@code resolution}, {@code modularity}, {@code edges}, {@code papers}, {@code notes} and {@code
 * clusters}, an array of cluster objects ({@code id}, {@code parent}, {@code label}, {@code coherence}, {@code size},
 * {@code years}, {@code papersPerYear}, {@code categories}, {@code categoryShares}, {@code terms}, {@code topAuthors},
 * {@code bridgingPapers}, {@code related}, {@code papers}, {@code paperIds}) with, at the broad level, the same
 * objects for the subtopics nested under {@code subtopics}. Keys keep the result's orders. O(output size).
 */
public final class TopicsJson {
  private TopicsJson() {}

  /**
   * Writes the clustering as one JSON object.
   *
   * @param g the generator to write to (not closed)
   * @param clustering the clustering
   * @param top the greatest number of clusters of the result's level to write (subtopics of a written topic are
   *     all written), at least 0
   * @throws IOException if the generator fails
   * @throws IllegalArgumentException if top is negative
   */
  public static void write(JsonGenerator g, TopicClustering clustering, int top) throws IOException {
    checkNotNull(g, "g");
    checkNotNull(clustering, "clustering");
    checkArgument(top >= 0, "top must be >= 0: %s", top);
    g.writeStartObject();
    g.writeStringField("level", clustering.level().name().toLowerCase(java.util.Locale.ROOT));
    g.writeNumberField("resolution", clustering.resolution());
    g.writeNumberField("modularity", clustering.modularity());
    g.writeNumberField("edges", clustering.edges());
    g.writeNumberField("papers", clustering.paperCount());
    g.writeStringField("settings", clustering.settings());
    g.writeArrayFieldStart("notes");
    for (String note : clustering.notes()) {
      g.writeString(note);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("clusters");
    for (TopicCluster c : clustering.clusters().subList(0, Math.min(top, clustering.clusters().size()))) {
      writeCluster(g, c);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeCluster(JsonGenerator g, TopicCluster c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", c.id());
    g.writeNumberField("parent", c.parent());
    g.writeStringField("label", c.label());
    g.writeNumberField("coherence", c.coherence());
    g.writeNumberField("size", c.size());
    g.writeStringField("years", c.years());
    g.writeObjectFieldStart("papersPerYear");
    for (Map.Entry<Integer, Integer> e : c.papersPerYear().entrySet()) {
      g.writeNumberField(Integer.toString(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("categories");
    for (Map.Entry<String, Integer> e : c.categories().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("categoryShares");
    for (Map.Entry<String, Double> e : c.categoryShares().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("terms");
    for (Map.Entry<String, Double> e : c.terms().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeObjectFieldStart("topAuthors");
    for (Map.Entry<String, Integer> e : c.topAuthors().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("bridgingPapers");
    for (Bridge b : c.bridgingPapers()) {
      g.writeStartObject();
      g.writeStringField("id", b.id());
      g.writeStringField("title", b.name());
      g.writeNumberField("participation", b.participation());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("related");
    for (Map.Entry<Integer, Double> e : c.related().entrySet()) {
      g.writeNumberField(Integer.toString(e.getKey()), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("papers");
    for (Paper p : c.papers()) {
      g.writeString(p.title());
    }
    g.writeEndArray();
    g.writeArrayFieldStart("paperIds");
    for (Paper p : c.papers()) {
      g.writeString(p.id().toString());
    }
    g.writeEndArray();
    if (!c.isSubtopic()) {
      g.writeArrayFieldStart("subtopics");
      for (TopicCluster s : c.subtopics()) {
        writeCluster(g, s);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }
}
