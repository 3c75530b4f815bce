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

  /** The primary-category mix in profile short forms, e.g. "LG 60%, NE 20%, NC 20%". */
  public String categoryMix() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Integer> e : categories.entrySet()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(org.citegraph.model.Category.of(e.getKey()).shortForm()).append(' ')
          .append(Math.round(100.0 * e.getValue() / papers.size())).append('%');
    }
    return sb.toString();
  }
}
