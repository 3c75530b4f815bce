package org.citegraph.query;

import java.util.List;
import java.util.Map;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import org.citegraph.model.Paper;

/**
 * One topic cluster: its label, the papers in it and what describes them.
 *
 * @param id the cluster number, 1 = largest
 * @param label the most distinctive terms joined by " · " (Dunning 1993 log-likelihood against the other papers)
 * @param terms the distinctive terms with their G² scores, best first
 * @param papers the papers, in date order
 * @param topAuthors authors with the most papers in the cluster, with their counts, most first
 * @param papersPerYear number of dated papers per year, in year order
 * @param categories number of papers per primary category code, most first
 * @param categoryShares share of the papers listed under each category (primary or cross-list), most first
 */
public record TopicCluster(int id, String label, Map<String, Double> terms, List<Paper> papers,
    Map<String, Integer> topAuthors, Map<Integer, Integer> papersPerYear, Map<String, Integer> categories,
    Map<String, Double> categoryShares) {

  /** Copies the collections, keeping their order. */
  public TopicCluster {
    terms = ImmutableMap.copyOf(terms);
    papers = ImmutableList.copyOf(papers);
    topAuthors = ImmutableMap.copyOf(topAuthors);
    papersPerYear = ImmutableMap.copyOf(papersPerYear);
    categories = ImmutableMap.copyOf(categories);
    categoryShares = ImmutableMap.copyOf(categoryShares);
  }

  /** Number of papers. */
  public int size() {
    return papers.size();
  }

  /** "2017–2022", or "-" when no paper is dated. */
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
