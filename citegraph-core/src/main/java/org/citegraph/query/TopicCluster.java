package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import org.citegraph.model.Paper;

/**
 * One topic (broad) or subtopic (fine): its label, the papers in it and what describes them. Made by {@link
 * TopicClusters}, part of a {@link TopicClustering}.
 *
 * @param id the cluster number within its level, 1 = largest broad topic; subtopics are numbered across the whole
 *     corpus, by broad topic, then size
 * @param parent for a subtopic, the id of its broad topic; 0 for a broad topic
 * @param label the label terms joined by " · ": distinctive terms (Dunning 1993 log-likelihood against the other
 *     papers, or for a subtopic against the rest of its topic) that the cluster's papers use together (see {@link
 *     #coherence()})
 * @param coherence the mean normalised pointwise mutual information of the label terms' pairs over the cluster's
 *     papers, in [-1, 1] (1 for a one-term label); a label term never joins one it does not co-occur with
 * @param terms the distinctive terms with their G² scores, best first
 * @param papers the papers, in date order
 * @param topAuthors authors with the most papers in the cluster, with their counts, most first
 * @param papersPerYear number of dated papers per year, in year order
 * @param categories number of papers per primary category code, most first
 * @param categoryShares share of the papers listed under each category (primary or cross-list), most first
 * @param bridgingPapers the cluster's papers whose similarity links spread most over other clusters of the same
 *     level, most spread first (at most five)
 * @param related the other clusters of the same level most linked to this one, by id, with the similarity
 *     w(a, b) / √(s(a) · s(b)) of the summed edge weights between them over their strengths, most similar first
 *     (at most five)
 * @param subtopics for a broad topic, its subtopics, largest first; empty for a subtopic
 */
public record TopicCluster(int id, int parent, String label, double coherence, Map<String, Double> terms,
    List<Paper> papers, Map<String, Integer> topAuthors, Map<Integer, Integer> papersPerYear,
    Map<String, Integer> categories, Map<String, Double> categoryShares, List<Bridge> bridgingPapers,
    Map<Integer, Double> related, List<TopicCluster> subtopics) {

  /**
   * Validates the fields and copies the collections, keeping their order.
   *
   * @param id the cluster number within its level, at least 1; 1 = largest broad topic
   * @param parent the id of the broad topic for a subtopic; 0 for a broad topic
   * @param label the label terms joined by " · "; not null
   * @param coherence the mean NPMI of the label terms' pairs over the cluster's papers, in [-1, 1]
   * @param terms the distinctive terms with their Dunning G² scores, best first
   * @param papers the papers, in date order
   * @param topAuthors author names with their number of papers in the cluster, most first
   * @param papersPerYear the number of dated papers per year, in year order; undated papers are not counted
   * @param categories the number of papers per primary category code, most first
   * @param categoryShares the share in [0, 1] of the papers listed under each category (primary or cross-list),
   *     most first
   * @param bridgingPapers the papers whose similarity links spread most over other clusters, at most five
   * @param related the ids of the most similar other clusters of the level with their similarity, most similar
   *     first, at most five
   * @param subtopics the subtopics of a broad topic, largest first; empty for a subtopic
   * @throws IllegalArgumentException if {@code id} is less than 1 or {@code parent} is negative
   * @throws NullPointerException if {@code label}, a collection or one of its elements, keys or values is null
   */
  public TopicCluster {
    checkArgument(id >= 1, "id must be positive: %s", id);
    checkArgument(parent >= 0, "parent must be >= 0: %s", parent);
    checkNotNull(label, "label");
    terms = ImmutableMap.copyOf(terms);
    papers = ImmutableList.copyOf(papers);
    topAuthors = ImmutableMap.copyOf(topAuthors);
    papersPerYear = ImmutableMap.copyOf(papersPerYear);
    categories = ImmutableMap.copyOf(categories);
    categoryShares = ImmutableMap.copyOf(categoryShares);
    bridgingPapers = ImmutableList.copyOf(bridgingPapers);
    related = ImmutableMap.copyOf(related);
    subtopics = ImmutableList.copyOf(subtopics);
  }

  /**
   * Number of papers.
   *
   * @return the number of papers
   */
  public int size() {
    return papers.size();
  }

  /**
   * Whether this is a subtopic of a broad topic.
   *
   * @return true when {@link #parent()} is set
   */
  public boolean isSubtopic() {
    return parent > 0;
  }

  /**
   * The years covered, e.g. "2017–2022".
   *
   * @return the first and last year, one year when they agree, or "-" when no paper is dated
   */
  public String years() {
    if (papersPerYear.isEmpty()) {
      return "-";
    }
    int first = papersPerYear.keySet().iterator().next();
    int last = first;
    for (int y : papersPerYear.keySet()) {
      last = y;
    }
    return first == last ? Integer.toString(first) : first + "\u2013" + last;
  }

  /**
   * The primary-category mix with full codes, largest first, e.g. "cs.LG 60%, cs.NE 20%, q-bio.NC 20%"; shares
   * that round to 0% are left out and at most four categories are named.
   *
   * @return the mix, or "-" when no paper has a category
   */
  public String categoryMix() {
    return CategoryMix.ofCounts(categories, papers.size());
  }

}
