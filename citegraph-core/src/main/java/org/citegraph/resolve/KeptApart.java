package org.citegraph.resolve;

import java.util.List;

import com.google.common.collect.ImmutableList;

/**
 * One line of the resolution report: a name that could have joined other authors but was kept separate.
 *
 * @param name the name kept apart, as displayed
 * @param candidates the fuller names it would fit
 * @param reason why it was kept apart: ambiguous (fits several incompatible fuller names), no supporting evidence,
 *     or a cannot-link decision
 */
public record KeptApart(String name, List<String> candidates, String reason) {
  /**
   * Copies the candidates.
   *
   * @param name the name kept apart, as displayed
   * @param candidates the fuller names it would fit, as displayed, copied in order; empty when one written
   *     name was split into several persons
   * @param reason why it was kept apart, one line
   */
  public KeptApart {
    candidates = ImmutableList.copyOf(candidates);
  }

  @Override
  public String toString() {
    return name + " kept apart from " + candidates + ": " + reason;
  }
}
