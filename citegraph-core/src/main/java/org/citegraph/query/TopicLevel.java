package org.citegraph.query;

/**
 * The level of a {@link TopicClustering}: broad topics (a handful a person can hold in mind, each with subtopics) or
 * the finer subtopics themselves.
 */
public enum TopicLevel {
  /** Broad topics, each holding its subtopics ({@link TopicCluster#subtopics()}). */
  BROAD,
  /** The subtopics of every broad topic as one flat list ({@link TopicCluster#parent()} names the broad topic). */
  FINE
}
