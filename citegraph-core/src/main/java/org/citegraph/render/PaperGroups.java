package org.citegraph.render;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.Timeline;
import org.citegraph.query.TopicCluster;
import org.citegraph.query.TopicClustering;

/**
 * Named groups of papers that give the pictures their colours: an author's topics or research threads. Group
 * {@code i} is drawn in colour {@code i} of the palette; at most {@link #MAX_GROUPS} groups, papers of no group are
 * grey.
 *
 * @param kind what the groups are, for legends ("topics", "research threads")
 * @param labels the groups' labels, in colour order
 * @param sizes the number of papers of each group
 * @param groupOf the group index of each grouped paper, by paper id
 */
public record PaperGroups(String kind, List<String> labels, List<Integer> sizes, Map<PaperId, Integer> groupOf) {
  /** At most this many groups get a colour (the palette's size). */
  public static final int MAX_GROUPS = 10;

  /**
   * Validates the fields and copies the collections.
   *
   * @param kind what the groups are
   * @param labels the groups' labels, in colour order
   * @param sizes the number of papers of each group
   * @param groupOf the group index of each grouped paper, by paper id
   * @throws IllegalArgumentException if the labels and sizes differ in number, there are more than {@link
   *     #MAX_GROUPS}, or a paper's group index is out of range
   */
  public PaperGroups {
    checkNotNull(kind, "kind");
    labels = ImmutableList.copyOf(labels);
    sizes = ImmutableList.copyOf(sizes);
    groupOf = ImmutableMap.copyOf(groupOf);
    checkArgument(labels.size() == sizes.size(), "%s labels but %s sizes", labels.size(), sizes.size());
    checkArgument(labels.size() <= MAX_GROUPS, "at most %s groups can be coloured, got %s", MAX_GROUPS,
        labels.size());
    int n = labels.size();
    checkArgument(groupOf.values().stream().allMatch(g -> g >= 0 && g < n), "a group index is outside 0..%s",
        n - 1);
  }

  /**
   * No groups: everything is drawn in one colour.
   *
   * @return the empty grouping
   */
  public static PaperGroups none() {
    return new PaperGroups("none", List.of(), List.of(), Map.of());
  }

  /**
   * The clusters of a topic clustering (for an author's field, {@code TopicClusters.clusterPapersOf}), the
   * {@link #MAX_GROUPS} largest; papers of smaller clusters are in no group.
   *
   * @param clustering the clusters
   * @return one group per cluster, largest first
   */
  public static PaperGroups of(TopicClustering clustering) {
    checkNotNull(clustering, "clustering");
    List<String> labels = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Map<PaperId, Integer> groupOf = new HashMap<>();
    for (TopicCluster c : clustering.clusters()) {
      if (labels.size() == MAX_GROUPS) {
        break;
      }
      for (Paper p : c.papers()) {
        groupOf.put(p.id(), labels.size());
      }
      labels.add(c.label());
      sizes.add(c.size());
    }
    return new PaperGroups("topics", labels, sizes, groupOf);
  }

  /**
   * The threads of a timeline that {@link TimelineSvg} gives a lane of their own (at most {@code maxLanes}, and at
   * most {@link #MAX_GROUPS}), in the same colours; papers of the other threads are in no group.
   *
   * @param timeline the research threads
   * @param maxLanes the lane cap used for the timeline picture
   * @return one group per thread with a lane, in the timeline's order
   * @throws IllegalArgumentException if {@code maxLanes} is below 1
   */
  public static PaperGroups of(Timeline timeline, int maxLanes) {
    checkNotNull(timeline, "timeline");
    checkArgument(maxLanes >= 1, "maxLanes must be at least 1, got %s", maxLanes);
    List<ResearchThread> kept = TimelineSvg.laneThreads(timeline, Math.min(maxLanes, MAX_GROUPS));
    List<String> labels = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Map<PaperId, Integer> groupOf = new HashMap<>();
    for (ResearchThread t : kept) {
      for (Paper p : t.papers()) {
        groupOf.put(p.id(), labels.size());
      }
      labels.add(t.label());
      sizes.add(t.size());
    }
    return new PaperGroups("research threads", labels, sizes, groupOf);
  }

  /**
   * The group of a paper.
   *
   * @param paper any paper
   * @return its group index, or empty when it is in no group
   */
  public OptionalInt groupOf(Paper paper) {
    Integer g = groupOf.get(checkNotNull(paper, "paper").id());
    return g == null ? OptionalInt.empty() : OptionalInt.of(g);
  }

  /**
   * The number of groups.
   *
   * @return how many groups there are
   */
  public int size() {
    return labels.size();
  }

  /**
   * The colour of a group.
   *
   * @param group a group index
   * @return its palette colour as {@code #rrggbb}
   */
  static String colour(int group) {
    return Svg.PALETTE.get(group % Svg.PALETTE.size());
  }
}
