package org.citegraph.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The header of an author profile page: whose profile it is and the figures the page shows. The figures are the
 * page's own claims, kept as metadata; the library's counts come from the records.
 *
 * @param owner the profile owner's name
 * @param mainCategory the main category shown on the page, if any
 * @param papers the "N papers" figure, if shown
 * @param citations the "N citations" figure, if shown
 * @param noveltyPercent the "Novelty N%" figure, if shown
 * @param aiScore the "AI Score N" figure, if shown
 * @param source where the header was read
 */
public record AuthorProfile(PersonName owner, Optional<Category> mainCategory, OptionalInt papers,
    OptionalInt citations, OptionalInt noveltyPercent, OptionalInt aiScore, SourceRef source) {

  /**
   * Validates that no field is null.
   *
   * @param owner the profile owner's name
   * @param mainCategory the main category shown on the page; empty if none
   * @param papers the "N papers" figure; empty if not shown
   * @param citations the "N citations" figure; empty if not shown
   * @param noveltyPercent the "Novelty N%" figure; empty if not shown
   * @param aiScore the "AI Score N" figure; empty if not shown
   * @param source where the header was read
   * @throws NullPointerException if a field is null (use an empty optional for a figure that is not shown)
   */
  public AuthorProfile {
    checkNotNull(owner, "owner");
    checkNotNull(mainCategory, "mainCategory");
    checkNotNull(papers, "papers");
    checkNotNull(citations, "citations");
    checkNotNull(noveltyPercent, "noveltyPercent");
    checkNotNull(aiScore, "aiScore");
    checkNotNull(source, "source");
  }
}
