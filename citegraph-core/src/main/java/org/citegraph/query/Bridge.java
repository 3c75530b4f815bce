package org.citegraph.query;

import java.util.Map;

import com.google.common.collect.ImmutableMap;

/**
 * A paper or author that connects topic clusters.
 *
 * @param name the paper's title or the author's name
 * @param id the paper id or author id
 * @param participation the participation coefficient 1 − Σ_s (k_s/k)² over clusters s (Guimerà &amp; Amaral 2005,
 *     "Functional cartography of complex metabolic networks", Nature 433): 0 when all links (or papers) fall in one
 *     cluster, approaching 1 when they spread evenly over many
 * @param clusters the share of links (for a paper) or papers (for an author) per cluster id, largest first
 */
public record Bridge(String name, String id, double participation, Map<Integer, Double> clusters) {
  /**
   * Copies the map, keeping its order.
   *
   * @param name the paper's title or the author's name
   * @param id the paper id or author id
   * @param participation the participation coefficient, in [0, 1)
   * @param clusters the share of links or papers per cluster id, largest first; the shares sum to 1 up to rounding
   * @throws NullPointerException if {@code clusters} holds a null key or value
   */
  public Bridge {
    clusters = ImmutableMap.copyOf(clusters);
  }
}
