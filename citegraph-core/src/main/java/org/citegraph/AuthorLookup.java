package org.citegraph;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.google.common.collect.ImmutableList;

import org.citegraph.internal.Text;
import org.citegraph.model.Author;
import org.citegraph.model.PersonName;
import org.citegraph.resolve.NameMatching;

/**
 * The answer to "who is this name?" in a corpus, as a person expects it: an id or any written variant of a name
 * (case, accents, "Last, First" or "First Last") finds its author; so do initials ("N. Maheswaranathan") and a
 * family name alone ("Maheswaranathan") when exactly one author fits. When several fit, they are the candidates,
 * with their paper counts, most papers first; when none fits, the candidates are the nearest names by edit distance.
 * Made by {@link Corpus#lookup(String)}.
 *
 * @param query the text looked up
 * @param outcome whether one author, several or none matched
 * @param candidates the matched author (found), the authors that fit (ambiguous) or the nearest names (not found)
 */
public record AuthorLookup(String query, Outcome outcome, List<Candidate> candidates) {
  /** At most this many candidates are listed. */
  public static final int MAX_CANDIDATES = 10;
  /** Nearest names further than this many edits (or than a third of the name's length, if more) are not listed. */
  public static final int MIN_SUGGESTION_DISTANCE = 2;

  /** How a look-up went. */
  public enum Outcome {
    /** Exactly one author matches. */
    FOUND,
    /** Several authors match; the candidates say which. */
    AMBIGUOUS,
    /** No author matches; the candidates are the nearest names. */
    NOT_FOUND
  }

  /**
   * One author offered by a look-up.
   *
   * @param author the author
   * @param papers the author's number of papers in the corpus
   * @param distance edits between the query and the nearest of the author's names (0 for matches)
   */
  public record Candidate(Author author, int papers, int distance) {
    /**
     * Checks the values.
     *
     * @param author the author
     * @param papers the author's number of papers in the corpus
     * @param distance edits between the query and the nearest of the author's names, 0 for matches
     * @throws NullPointerException if {@code author} is null
     */
    public Candidate {
      checkNotNull(author, "author");
    }

    @Override
    public String toString() {
      return author.displayName() + " (" + papers + (papers == 1 ? " paper" : " papers") + ", id " + author.id()
          + ")";
    }
  }

  /**
   * Copies the candidates.
   *
   * @param query the text looked up
   * @param outcome whether one author, several or none matched
   * @param candidates the candidates in the order given (best first), copied; empty when nothing is near the query
   * @throws NullPointerException if {@code query}, {@code outcome} or a candidate is null
   */
  public AuthorLookup {
    checkNotNull(query, "query");
    checkNotNull(outcome, "outcome");
    candidates = ImmutableList.copyOf(candidates);
  }

  /**
   * The author, when exactly one matched.
   *
   * @return the author, or empty when the look-up found several or none
   */
  public Optional<Author> author() {
    return outcome == Outcome.FOUND ? Optional.of(candidates.get(0).author()) : Optional.empty();
  }

  /**
   * What happened, in words for a person: the author found, the candidates to choose from, or the nearest names.
   *
   * @return one or more lines, without a final line break
   */
  public String message() {
    return switch (outcome) {
      case FOUND -> "'" + query + "' is " + candidates.get(0);
      case AMBIGUOUS -> "'" + query + "' fits " + candidates.size() + " authors; name one of them fully or by id:\n"
          + candidates.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
      case NOT_FOUND -> candidates.isEmpty() ? "no author named '" + query + "'"
          : "no author named '" + query + "'; nearest names:\n"
              + candidates.stream().map(c -> "  " + c).collect(Collectors.joining("\n"));
    };
  }

  @Override
  public String toString() {
    return message();
  }

  /**
   * A family key with the transliterated umlauts ae, oe, ue written as the plain vowel, so that a name typed without
   * its umlaut ("Schutze") finds the key of one written with it ("Schütze", key {@code schuetze}).
   */
  static String plainVowels(String familyKey) {
    return familyKey.replace("ae", "a").replace("oe", "o").replace("ue", "u");
  }

  /**
   * The family-name index of a corpus: {@link #plainVowels folded family key, umlauts plain} to the authors with a
   * variant of that family name.
   */
  static Map<String, int[]> familyIndex(List<Author> authors) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < authors.size(); i++) {
      int index = i;
      authors.get(i).variants().stream().map(v -> plainVowels(v.familyKey())).distinct()
          .forEach(k -> lists.computeIfAbsent(k, x -> new ArrayList<>()).add(index));
    }
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  /**
   * Looks a name up: exact id or variant first ({@link Corpus#findAuthors}), then variants compatible by initials
   * or a missing given name under the same family name (an umlaut may be written as its plain vowel) (also with "Last First" written without its comma), then
   * the nearest names. O(matches) for the first two steps; the nearest names scan every author once,
   * O(authors · name length²), only when nothing matched.
   */
  static AuthorLookup of(Corpus corpus, String text, Map<String, int[]> familyIndex) {
    checkNotNull(text, "text");
    List<Author> exact = corpus.findAuthors(text);
    if (!exact.isEmpty()) {
      return result(corpus, text, exact);
    }
    List<PersonName> readings = readings(text);
    List<Author> fitting = new ArrayList<>();
    for (PersonName name : readings) {
      for (int i : familyIndex.getOrDefault(plainVowels(name.familyKey()), new int[0])) {
        Author a = corpus.authors().get(i);
        if (!fitting.contains(a) && a.variants().stream().anyMatch(v -> NameMatching.compatible(v,
            new PersonName(name.given(), v.particle(), v.family(), name.suffix())))) {
          fitting.add(a);
        }
      }
      if (!fitting.isEmpty()) {
        break; // the reading as written wins over the swapped one
      }
    }
    if (!fitting.isEmpty()) {
      return result(corpus, text, fitting);
    }
    return new AuthorLookup(text, Outcome.NOT_FOUND, nearest(corpus, text));
  }

  private static AuthorLookup result(Corpus corpus, String text, List<Author> found) {
    List<Candidate> c = found.stream().map(a -> new Candidate(a, corpus.paperCount(a), 0))
        .sorted(Comparator.comparingInt(Candidate::papers).reversed().thenComparing(x -> x.author().id()))
        .limit(MAX_CANDIDATES).toList();
    return new AuthorLookup(text, found.size() == 1 ? Outcome.FOUND : Outcome.AMBIGUOUS, c);
  }

  /** The name as written, then, for two or more words without a comma, read as "Last First". */
  private static List<PersonName> readings(String text) {
    List<PersonName> out = new ArrayList<>();
    try {
      out.add(PersonName.parse(text));
    } catch (IllegalArgumentException e) {
      return out;
    }
    String t = text.trim();
    int space = t.indexOf(' ');
    if (t.indexOf(',') < 0 && space > 0) {
      try {
        out.add(PersonName.parse(t.substring(0, space) + ", " + t.substring(space + 1)));
      } catch (IllegalArgumentException e) {
        // the swapped reading is only a guess
      }
    }
    return out;
  }

  private static List<Candidate> nearest(Corpus corpus, String text) {
    String q = Text.fold(text).replace(",", " ").trim().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return List.of();
    }
    int limit = Math.max(MIN_SUGGESTION_DISTANCE, q.length() / 3);
    List<Candidate> found = new ArrayList<>();
    for (Author a : corpus.authors()) {
      int best = Integer.MAX_VALUE;
      for (PersonName v : a.variants()) {
        best = Math.min(best, distance(q, Text.fold(v.displayName()), limit));
        best = Math.min(best, distance(q, Text.fold(v.invertedName()).replace(",", " "), limit));
        best = Math.min(best, distance(q, v.familyKey(), limit)); // a family name alone, misspelt
      }
      if (best <= limit) {
        found.add(new Candidate(a, corpus.paperCount(a), best));
      }
    }
    found.sort(Comparator.comparingInt(Candidate::distance).thenComparing(Comparator.comparingInt(Candidate::papers)
        .reversed()).thenComparing(c -> c.author().id()));
    return found.subList(0, Math.min(MAX_CANDIDATES, found.size()));
  }

  /**
   * Levenshtein distance (V. I. Levenshtein, "Binary codes capable of correcting deletions, insertions, and
   * reversals", 1966) by the two-row dynamic programme, giving up with {@code limit + 1} as soon as every entry of
   * a row exceeds {@code limit}. O(|a| · |b|).
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
