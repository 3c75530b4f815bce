package org.citegraph.io.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;

import org.citegraph.internal.Text;
import org.citegraph.model.PersonName;

/** Author-list parsing shared by the readers. Package-private; every method is pure. */
final class AuthorLists {
  private AuthorLists() {}

  /** The middle dot that separates names from affiliations on profile pages. */
  static final char AFFILIATION_SEPARATOR = '\u00b7';

  private static final Pattern TRUNCATION =
      Pattern.compile("(?i)[,;]?\\s*(?:et\\.?\\s*al\\.?|and\\s+others)\\s*$");
  private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:[,;&]|\\s\\band\\s)\\s*");
  /** A word of a name in a "Last, First" list: capitalised, an initial, or a short lower-case particle. */
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'\u2019.\\-]*|\\p{Ll}{1,4}");
  private static final Pattern PROSE_MARK = Pattern.compile("[0-9:;?!()\\[\\]\"]");
  private static final Pattern INITIAL = Pattern.compile("\\p{L}\\.?");

  /** A display-order author line split into names, truncation flag and affiliations. */
  record DisplayList(List<PersonName> names, boolean complete, List<String> affiliations) {}

  /** The outcome of reading an author list: the list, or why it cannot be read. */
  record Result<T>(T value, String error) {
    static <T> Result<T> ok(T value) {
      return new Result<>(value, null);
    }

    static <T> Result<T> fail(String error) {
      return new Result<>(null, error);
    }

    boolean ok() {
      return error == null;
    }
  }

  /**
   * Reads a profile-page author line {@code A, B, C[ et al.][ · affiliation, affiliation]}: names in "First Last"
   * order, a trailing "et al." / "et al" / "and others" marking a truncated list.
   */
  static Result<DisplayList> parseDisplayList(String line) {
    int dot = line.indexOf(AFFILIATION_SEPARATOR);
    String namesPart = Text.clean(dot >= 0 ? line.substring(0, dot) : line);
    List<String> affiliations = new ArrayList<>();
    if (dot >= 0) {
      for (String a : Splitter.on(',').trimResults().omitEmptyStrings().split(line.substring(dot + 1))) {
        String cleaned = Text.clean(a);
        if (!cleaned.isEmpty() && !affiliations.contains(cleaned)) {
          affiliations.add(cleaned);
        }
      }
    }
    boolean complete = true;
    Matcher etAl = TRUNCATION.matcher(namesPart);
    if (etAl.find()) {
      complete = false;
      namesPart = namesPart.substring(0, etAl.start());
    }
    List<PersonName> names = new ArrayList<>();
    for (String part : Splitter.on(NAME_SEPARATOR).trimResults().omitEmptyStrings().split(namesPart)) {
      try {
        names.add(PersonName.parse(part));
      } catch (IllegalArgumentException e) {
        return Result.fail("author line '" + abbreviate(line) + "': '" + part
            + "' is not a person name (expected names like 'Luke Metz, C. Daniel Freeman et al.')");
      }
    }
    if (names.isEmpty()) {
      return Result.fail("author line '" + line + "' names no authors (expected 'A, B, C[ et al.][ \u00b7 "
          + "affiliation, ...]', e.g. 'Luke Metz, C. Daniel Freeman et al.')");
    }
    return Result.ok(new DisplayList(ImmutableList.copyOf(names), complete, ImmutableList.copyOf(affiliations)));
  }

  /**
   * Reads an author list written as {@code Last, First, Last, First, ...}. A part that is a generational suffix
   * ({@link PersonName#isSuffix}) where a family name is expected attaches to the preceding name ("Smith, John,
   * Jr."); where a given name is expected it is read in BibTeX order ("Smith, Jr., John"), unless it is a single
   * letter, which is taken as an initial ("Ramasesh, V.").
   */
  static Result<List<PersonName>> parseLastFirstPairs(String line) {
    List<String> parts = Splitter.on(',').trimResults().omitEmptyStrings().splitToList(line);
    if (parts.isEmpty()) {
      return Result.fail("author list '" + line + "' names no authors (expected 'Last, First' pairs, e.g. "
          + "'Wichrowska, Olga, Maheswaranathan, Niru')");
    }
    for (String part : parts) {
      if (isProse(part)) {
        return Result.fail("author list '" + abbreviate(line) + "' is not a list of names: '" + abbreviate(part)
            + "' is not a name part (expected 'Last, First' pairs, e.g. 'Wichrowska, Olga, Maheswaranathan, Niru')");
      }
    }
    List<PersonName> names = new ArrayList<>();
    boolean previousHasSuffix = true;
    int i = 0;
    try {
      while (i < parts.size()) {
        String last = parts.get(i);
        if (PersonName.isSuffix(last) && !names.isEmpty() && !previousHasSuffix) {
          PersonName prev = names.remove(names.size() - 1);
          names.add(new PersonName(prev.given(), prev.particle(), prev.family(), last));
          previousHasSuffix = true;
          i++;
          continue;
        }
        if (i + 1 >= parts.size()) {
          return Result.fail("author list '" + abbreviate(line) + "' cannot be paired: '" + last
              + "' has no given name after it (expected 'Last, First' pairs, e.g. "
              + "'Wichrowska, Olga, Maheswaranathan, Niru')");
        }
        String first = parts.get(i + 1);
        String suffix = "";
        if (PersonName.isSuffix(first) && !INITIAL.matcher(first).matches() && i + 2 < parts.size()) {
          suffix = first;
          first = parts.get(i + 2);
          i += 3;
        } else {
          i += 2;
        }
        PersonName name = PersonName.fromLastFirst(last, first);
        if (!suffix.isEmpty()) {
          name = new PersonName(name.given(), name.particle(), name.family(), suffix);
        }
        names.add(name);
        previousHasSuffix = !name.suffix().isEmpty();
      }
    } catch (IllegalArgumentException e) {
      return Result.fail("author list '" + abbreviate(line) + "' cannot be read: " + e.getMessage()
          + " (expected 'Last, First' pairs)");
    }
    return Result.ok(ImmutableList.copyOf(names));
  }

  /**
   * Whether a comma-separated part is prose rather than a name: once markup is decoded, more than six words, a digit
   * or a sentence mark.
   */
  static boolean isProse(String part) {
    String cleaned = Text.clean(part);
    return PROSE_MARK.matcher(cleaned).find() || Splitter.on(' ').splitToList(cleaned).size() > 6;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  /**
   * Whether a line has the shape of a "Last, First" author list: it pairs up, and every part is at most four
   * words that are capitalised, initials or short lower-case particles. Used to tell an author list from a title
   * when a record is missing a line.
   */
  static boolean looksLikeLastFirstList(String line) {
    String cleaned = Text.clean(line);
    List<String> parts = Splitter.on(',').trimResults().splitToList(cleaned);
    if (parts.size() < 2) {
      return false;
    }
    for (String part : parts) {
      List<String> words = Splitter.on(' ').omitEmptyStrings().splitToList(part);
      if (words.isEmpty() || words.size() > 4) {
        return false;
      }
      for (String w : words) {
        if (!NAME_WORD.matcher(w).matches()) {
          return false;
        }
      }
    }
    return parseLastFirstPairs(cleaned).ok();
  }

  /**
   * Whether {@code name} can be the same person as {@code owner}: equal {@link PersonName#key() keys}, or equal
   * family keys and compatible given names (each pair of given-name tokens equal, or one an initial of the other;
   * missing tokens are compatible), e.g. "N. Maheswaranathan" for "Niru Maheswaranathan".
   */
  static boolean mayBeSamePerson(PersonName owner, PersonName name) {
    if (owner.key().equals(name.key())) {
      return true;
    }
    if (!owner.familyKey().equals(name.familyKey())) {
      return false;
    }
    List<String> a = owner.givenTokens();
    List<String> b = name.givenTokens();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean compatible = x.equals(y) || (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
      if (!compatible) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first name in {@code names} that may be {@code owner}, or -1. */
  static int indexOfOwner(List<PersonName> names, PersonName owner) {
    for (int i = 0; i < names.size(); i++) {
      if (mayBeSamePerson(owner, names.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
