package org.citegraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The one way results write a mix of categories: full arXiv codes with whole percentages, largest first (ties by
 * code), e.g. "cs.LG 60%, q-bio.NC 20%"; shares that round to 0% are left out and at most {@link #MAX_SHOWN}
 * categories are named, the rest summed as "+2 more". O(categories · log categories).
 */
final class CategoryMix {
  /** At most this many categories are named. */
  static final int MAX_SHOWN = 4;

  private CategoryMix() {}

  /** The mix of shares (summing to about 1) keyed by category code. */
  static String of(Map<String, Double> shares) {
    List<Map.Entry<String, Double>> entries = new ArrayList<>(shares.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
        .thenComparing(Map.Entry.comparingByKey()));
    StringBuilder sb = new StringBuilder();
    int named = 0;
    int rest = 0;
    for (Map.Entry<String, Double> e : entries) {
      long percent = Math.round(e.getValue() * 100);
      if (percent == 0) {
        continue;
      }
      if (named == MAX_SHOWN) {
        rest++;
        continue;
      }
      if (named > 0) {
        sb.append(", ");
      }
      sb.append(e.getKey()).append(' ').append(percent).append('%');
      named++;
    }
    if (rest > 0) {
      sb.append(", +").append(rest).append(" more");
    }
    return sb.length() == 0 ? "-" : sb.toString();
  }

  /** The mix of counts out of {@code total}. */
  static String ofCounts(Map<String, Integer> counts, int total) {
    Map<String, Double> shares = new java.util.HashMap<>();
    counts.forEach((k, v) -> shares.put(k, total == 0 ? 0 : (double) v / total));
    return of(shares);
  }
}
