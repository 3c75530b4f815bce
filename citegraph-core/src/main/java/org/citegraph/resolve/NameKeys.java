package org.citegraph.resolve;

import java.util.List;

import org.citegraph.model.PersonName;

/**
 * The folded keys of one {@link PersonName}, computed once: the given-name tokens and the family key are folded once
 * each, and {@link PersonName#key()}, {@link PersonName#blockKey()}, {@link PersonName#specificity()} are derived
 * from them exactly as {@link PersonName} derives them. The resolver compares names many times; asking the name
 * each time would fold the same strings again and again. Immutable.
 */
final class NameKeys {
  final PersonName name;
  /** The given names as {@link NameMatching} compares them, hyphenated parts joined (never modified). */
  final String[] givenParts;
  /** Whether some given part is a full name. */
  final boolean givenHasFull;
  /** Whether the name has no suffix, and its suffix without periods, for {@link NameMatching}. */
  final boolean suffixEmpty;
  final String suffixBare;
  final String familyKey;
  final String key;
  final String blockKey;
  final int specificity;
  /** Whether every given part is a full name (at least one part), and the parts joined, for {@link NameMatching}. */
  final boolean givenAllFull;
  final String givenJoined;

  private NameKeys(PersonName name) {
    this.name = name;
    List<String> givenTokens = name.givenTokens();
    this.givenParts = NameMatching.givenParts(name.given());
    this.givenHasFull = NameMatching.hasFull(givenParts);
    this.suffixEmpty = name.suffix().isEmpty();
    this.suffixBare = name.suffix().replace(".", "");
    this.familyKey = name.familyKey();
    if (givenTokens.isEmpty()) {
      this.key = familyKey;
      this.blockKey = familyKey;
    } else {
      this.key = String.join(" ", givenTokens) + " " + familyKey;
      this.blockKey = givenTokens.get(0).substring(0, 1) + " " + familyKey;
    }
    int s = name.suffix().isEmpty() ? 0 : 1;
    for (String t : givenTokens) {
      s += t.length() == 1 ? 1 : 2 + t.length();
    }
    this.specificity = s;
    this.givenAllFull = givenParts.length > 0 && NameMatching.allFull(givenParts);
    this.givenJoined = String.join("", givenParts);
  }

  /** The keys of {@code name}. */
  static NameKeys of(PersonName name) {
    return new NameKeys(name);
  }
}
