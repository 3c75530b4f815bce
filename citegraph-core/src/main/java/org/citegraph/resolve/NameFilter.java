package org.citegraph.resolve;

import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableSet;

import org.citegraph.internal.Text;
import org.citegraph.model.PersonName;

/**
 * Recognises author-list entries that name no person: placeholders ("Anonymous", "Unknown", "et al.", "and
 * others", "N/A"), strings without letters ("210"), country names ("Japan") and organisation words ("Development
 * Center", "University of X", "Consortium"). The resolver makes no author of them and reports each, with its paper.
 * Stateless; each test runs in O(length of the name).
 */
public final class NameFilter {
  private NameFilter() {}

  private static final Set<String> PLACEHOLDERS = ImmutableSet.of("anonymous", "anon", "unknown", "unknown author",
      "et al", "al", "et", "others", "and others", "n a", "na", "none", "null", "nobody", "author", "authors",
      "various", "various authors", "anonymous authors", "anonymous author", "anonymous submission", "unknown authors",
      "not available", "no author", "no authors", "tba", "tbd", "editor", "editors", "staff", "admin",
      "collaboration", "the", "and", "submitted", "redacted", "withheld", "for submission", "pending");
  private static final Set<String> ORGANISATION_WORDS = ImmutableSet.of("university", "universitat", "universite",
      "universidad", "universita", "institute", "institut", "instituto", "center", "centre", "laboratory",
      "laboratories", "lab", "labs", "department", "dept", "college", "school", "faculty", "academy", "corporation",
      "corp", "inc", "ltd", "llc", "gmbh", "company", "consortium", "collaboration", "committee", "group", "team",
      "association", "society", "foundation", "ministry", "hospital", "research", "development", "division",
      "program", "programme", "project", "working", "council", "organization", "organisation", "agency", "office",
      "network", "initiative", "bureau");
  private static final WordSet ORGANISATION = new WordSet(ORGANISATION_WORDS);
  private static final Set<String> COUNTRIES = ImmutableSet.of("japan", "china", "usa", "us", "uk", "germany",
      "france", "italy", "spain", "india", "canada", "australia", "korea", "south korea", "brazil", "russia",
      "netherlands", "switzerland", "sweden", "norway", "denmark", "finland", "austria", "belgium", "israel",
      "singapore", "taiwan", "hong kong", "mexico", "portugal", "poland", "greece", "turkey", "iran", "egypt",
      "united states", "united kingdom", "united states of america", "peoples republic of china", "pr china",
      "p r china", "czech republic", "ireland", "new zealand", "argentina", "chile", "south africa", "hungary",
      "romania", "ukraine", "saudi arabia", "pakistan", "indonesia", "malaysia", "thailand", "vietnam");

  /**
   * Why {@code name} names no person, or empty when it may name one.
   *
   * @param name a parsed name
   * @return the reason, e.g. {@code placeholder 'Anonymous'}
   */
  public static Optional<String> problem(PersonName name) {
    return problem(name, name.displayName());
  }

  /** {@link #problem(PersonName)} of a name whose {@link PersonName#displayName()} is already made. */
  static Optional<String> problem(PersonName name, String display) {
    String folded = Text.fold(display);
    if (PLACEHOLDERS.contains(folded) || name.given().isEmpty()
        && PLACEHOLDERS.contains(Text.fold(name.family()))) {
      return Optional.of("placeholder '" + display + "' is not a person");
    }
    boolean letter = false;
    for (int i = 0; i < folded.length() && !letter; i++) {
      letter = Character.isLetter(folded.charAt(i));
    }
    if (!letter) {
      return Optional.of("'" + display + "' holds no letters");
    }
    if (COUNTRIES.contains(folded)) {
      return Optional.of("'" + display + "' is a country, not a person");
    }
    // The folded string's words (single spaces between them), looked up in place.
    for (int from = 0; from < folded.length(); ) {
      int to = folded.indexOf(' ', from);
      to = to < 0 ? folded.length() : to;
      if (ORGANISATION.contains(folded, from, to - from)) {
        return Optional.of("'" + display + "' looks like an organisation ('" + folded.substring(from, to)
            + "'), not a person");
      }
      from = to + 1;
    }
    return Optional.empty();
  }
}
