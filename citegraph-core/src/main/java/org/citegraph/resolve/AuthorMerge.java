package org.citegraph.resolve;

import java.util.List;

import com.google.common.collect.ImmutableList;

/**
 * One line of the resolution report: a name variant joined an author, and why.
 *
 * @param author the id of the resolved author
 * @param variant the joining variant as displayed
 * @param into the variant it was joined to
 * @param rule the rule that applied (see {@code docs/resolution.md}): {@code same-key}, {@code same-slot}, {@code
 *     must-link}, {@code same-name}, or for an evidence merge the kind contributing most to its score: {@code
 *     shared-coauthors}, {@code similar-titles}, {@code shared-categories}, {@code shared-affiliation}, {@code
 *     citation} or {@code same-venue}
 * @param evidence the facts behind the rule: shared values by kind and the score, the paper, the decision
 */
public record AuthorMerge(String author, String variant, String into, String rule, List<String> evidence) {
  /**
   * Copies the evidence.
   *
   * @param author the id of the resolved author
   * @param variant the joining variant as displayed
   * @param into the variant it was joined to, as displayed
   * @param rule the name of the rule that applied
   * @param evidence the facts behind the rule, copied in order; empty when the rule needs none
   */
  public AuthorMerge {
    evidence = ImmutableList.copyOf(evidence);
  }

  @Override
  public String toString() {
    return variant + " -> " + into + " [" + author + "] " + rule + (evidence.isEmpty() ? "" : ": " + evidence);
  }
}
