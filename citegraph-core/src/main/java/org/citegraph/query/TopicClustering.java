package org.citegraph.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

import org.citegraph.model.Paper;
import org.citegraph.table.Tabular;
import org.citegraph.table.TextTable;

/**
 * The result of {@link TopicClusters}: clusters of one level partitioning the papers, their quality, and what
 * bridges them. At {@link TopicLevel#BROAD} each cluster holds its subtopics.
 *
 * @param settings a one-line description of the parameters used
 * @param level the level of {@link #clusters()}
 * @param resolution the modularity resolution γ of the broad topics (chosen by the sweep or set by the caller)
 * @param clusters the clusters, largest first; every clustered paper is in exactly one
 * @param modularity the Newman–Girvan modularity (at resolution 1) of the broad partition on the similarity graph
 * @param edges the number of edges of the combined similarity graph
 * @param bridgingPapers papers whose links spread over several clusters of this level, most spread first
 * @param bridgingAuthors authors whose papers spread over several clusters of this level, most spread first
 * @param notes warnings about the result, e.g. a topic holding most papers; empty when there is nothing to say
 */
public record TopicClustering(String settings, TopicLevel level, double resolution, List<TopicCluster> clusters,
    double modularity, int edges, List<Bridge> bridgingPapers, List<Bridge> bridgingAuthors, List<String> notes)
    implements Tabular {

  /**
   * Validates the fields and copies the lists, keeping their order.
   *
   * @param settings a one-line description of the parameters used; not null
   * @param level the level of {@code clusters}; not null
   * @param resolution the modularity resolution γ of the broad topics
   * @param clusters the clusters of this level, largest first
   * @param modularity the Newman–Girvan modularity (at resolution 1) of the broad partition, at most 1
   * @param edges the number of edges of the combined similarity graph
   * @param bridgingPapers papers whose links spread over several clusters of this level, most spread first
   * @param bridgingAuthors authors whose papers spread over several clusters of this level, most spread first
   * @param notes warnings about the result; empty when there is nothing to say
   * @throws NullPointerException if {@code settings}, {@code level}, a list or one of its elements is null
   */
  public TopicClustering {
    checkNotNull(settings, "settings");
    checkNotNull(level, "level");
    clusters = ImmutableList.copyOf(clusters);
    bridgingPapers = ImmutableList.copyOf(bridgingPapers);
    bridgingAuthors = ImmutableList.copyOf(bridgingAuthors);
    notes = ImmutableList.copyOf(notes);
  }

  /**
   * Total number of clustered papers.
   *
   * @return the number of papers over all clusters
   */
  public int paperCount() {
    return clusters.stream().mapToInt(TopicCluster::size).sum();
  }

  /**
   * Every subtopic: at {@link TopicLevel#BROAD} those of all topics in topic order, at {@link TopicLevel#FINE} the
   * clusters themselves.
   *
   * @return the subtopics
   */
  public List<TopicCluster> subtopics() {
    return level == TopicLevel.FINE ? clusters
        : clusters.stream().flatMap(c -> c.subtopics().stream()).toList();
  }

  /**
   * The cluster of this level holding a paper.
   *
   * @param paper a paper
   * @return its cluster, or empty when the paper was not clustered
   */
  public Optional<TopicCluster> clusterOf(Paper paper) {
    checkNotNull(paper, "paper");
    return clusters.stream().filter(c -> c.papers().contains(paper)).findFirst();
  }

  /**
   * {@inheritDoc} At the broad level each topic is followed by its subtopics, indented; the {@link #notes()} are
   * printed under the table.
   */
  @Override
  public TextTable table() {
    TextTable t = new TextTable(String.format(Locale.ROOT,
        "Topic clusters (%d papers, %d %s, modularity %.3f, resolution %.2f; %s)", paperCount(), clusters.size(),
        level == TopicLevel.BROAD ? "topics" : "subtopics", modularity, resolution, settings),
        List.of("#", "papers", "years", "label", "categories", "top authors"),
        new boolean[] {true, true, false, false, false, false});
    for (TopicCluster c : clusters) {
      t.row(level == TopicLevel.BROAD ? Integer.toString(c.id()) : c.parent() + "." + c.id(), c.size(), c.years(),
          c.label(), c.categoryMix(), String.join(", ", c.topAuthors().keySet().stream().limit(3).toList()));
      for (TopicCluster s : c.subtopics()) {
        t.row(c.id() + "." + s.id(), s.size(), s.years(), "  " + s.label(), s.categoryMix(),
            String.join(", ", s.topAuthors().keySet().stream().limit(3).toList()));
      }
    }
    for (String note : notes) {
      t.note("note: " + note);
    }
    return t;
  }

  @Override
  public String toString() {
    return toTable(TextTable.DEFAULT_MAX_ROWS);
  }
}
