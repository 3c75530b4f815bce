package org.citegraph.cli;

import org.citegraph.Corpus;
import org.citegraph.model.Author;
import org.citegraph.query.TopicClustering;
import org.citegraph.query.TopicClusters;
import org.citegraph.query.TopicLevel;

import picocli.CommandLine;

import picocli.CommandLine.Option;

/** The settings of topic clustering. */
final class ClusterOptions {
  @Option(names = "--resolution", paramLabel = "R", description = "Leiden resolution of the broad topics, instead of the sweep: higher gives more, smaller "
      + "clusters.")
  Double resolution;

  @Option(names = "--neighbors", paramLabel = "K", description = "Nearest neighbors per paper in the similarity "
      + "graph.")
  Integer neighbors;

  @Option(names = "--level", paramLabel = "LEVEL", description = "broad: topics, each with its subtopics "
      + "(default); fine: the subtopics as one list.", converter = LevelConverter.class)
  TopicLevel level;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed of the clustering.")
  Long seed;

  /**
   * Clusters the corpus, or one author's papers.
   *
   * @param corpus the corpus
   * @param author whose papers, or null for the whole corpus
   * @return the clustering
   */
  TopicClustering cluster(Corpus corpus, Author author) {
    TopicClusters tc = TopicClusters.of(corpus);
    if (resolution != null) {
      if (!(resolution > 0) || resolution.isInfinite()) {
        throw new UsageException("--resolution needs a positive number, got " + resolution);
      }
      tc = tc.resolution(resolution);
    }
    if (neighbors != null) {
      if (neighbors < 1) {
        throw new UsageException("--neighbors needs a number of at least 1, got " + neighbors);
      }
      tc = tc.neighbors(neighbors);
    }
    if (seed != null) {
      tc = tc.seed(seed);
    }
    if (level != null) {
      tc = tc.level(level);
    }
    return author == null ? tc.cluster() : tc.clusterPapersOf(author);
  }

  /** Reads {@code broad} or {@code fine}, in any case. */
  static final class LevelConverter implements CommandLine.ITypeConverter<TopicLevel> {
    @Override
    public TopicLevel convert(String value) {
      return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "broad" -> TopicLevel.BROAD;
        case "fine" -> TopicLevel.FINE;
        default -> throw new CommandLine.TypeConversionException("--level takes broad or fine, not '" + value + "'");
      };
    }
  }
}
