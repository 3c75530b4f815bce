package org.citegraph.query;

import java.util.List;
import java.util.Locale;

import com.google.common.collect.ImmutableList;

import org.citegraph.table.Tabular;
import org.citegraph.table.TextTable;

/**
 * The result of {@link TopicClusters}: clusters partitioning the papers, their quality, and what bridges them.
 *
 * @param settings a one-line description of the parameters used
 * @param clusters the clusters, largest first; every clustered paper is in exactly one
 * @param modularity the Newman–Girvan modularity of the partition on the combined similarity graph
 * @param edges the number of edges of the combined similarity graph
 * @param bridgingPapers papers whose links spread over several clusters, most spread first
 * @param bridgingAuthors authors whose papers spread over several clusters, most spread first
 */
public record TopicClustering(String settings, List<TopicCluster> clusters, double modularity, int edges,
    List<Bridge> bridgingPapers, List<Bridge> bridgingAuthors) implements Tabular {

  /** Copies the lists. */
  public TopicClustering {
    clusters = ImmutableList.copyOf(clusters);
    bridgingPapers = ImmutableList.copyOf(bridgingPapers);
    bridgingAuthors = ImmutableList.copyOf(bridgingAuthors);
  }

  /** Total number of clustered papers. */
  public int paperCount() {
    return clusters.stream().mapToInt(TopicCluster::size).sum();
  }

  /** {@inheritDoc} Every row, unrendered. */
  @Override
  public TextTable table() {
    TextTable t = new TextTable(String.format(Locale.ROOT, "Topic clusters (%d papers, %d clusters, modularity %.3f; %s)",
        paperCount(), clusters.size(), modularity, settings),
        List.of("#", "papers", "years", "label", "categories", "top authors"),
        new boolean[] {true, true, false, false, false, false});
    for (TopicCluster c : clusters) {
      t.row(c.id(), c.size(), c.years(), c.label(), c.categoryMix(),
          String.join(", ", c.topAuthors().keySet().stream().limit(3).toList()));
    }
    return t;
  }

  @Override
  public String toString() {
    return toTable(TextTable.DEFAULT_MAX_ROWS);
  }
}
