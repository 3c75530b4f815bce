package org.citegraph.io.arxiv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.base.CharMatcher;

import org.citegraph.internal.Text;
import org.citegraph.model.PersonName;

/**
 * Parses arXiv's free-text author lists, as in {@code .abs} files ("Authors:") and arXivRaw {@code <authors>}:
 * names separated by commas, semicolons, "&amp;" or " and ", each optionally followed by a parenthesised affiliation,
 * e.g. {@code C. Bal\'azs, E. L. Berger (ANL) and C.-P. Yuan}.
 *
 * <ul>
 *   <li>Parentheses at the top level hold affiliations, never names; commas inside them do not separate authors.
 *       Numbered affiliation blocks {@code A (1), B (2) ((1) CERN, (2) Padua)} are split into one affiliation per
 *       number; bare reference numbers ({@code (1, 2)}) are dropped.
 *   <li>LaTeX accents and HTML entities are decoded ({@code Bal\'azs} &rarr; Balázs), and glued initials are spaced
 *       ({@code Yu.V.Ralchenko} &rarr; Yu. V. Ralchenko).
 *   <li>A suffix after a comma ({@code John Smith, Jr.}) belongs to the previous name.
 *   <li>"et al." and "(750 additional authors not shown)" mark the list as incomplete.
 *   <li>Research groups are not persons: a leading "LHCb Collaboration:" is dropped from the first name, and parts
 *       such as "the ALADiN2000 Collaboration" or "for the CRISP project" are left out, unless the list names no
 *       person at all, in which case they are kept as names.
 * </ul>
 */
final class ArxivAuthors {
  private ArxivAuthors() {}

  /**
   * The result of parsing one list.
   *
   * @param names the authors in order
   * @param affiliations the affiliations in first-seen order
   * @param complete false when the list ends in "et al."
   * @param problems descriptions of parts left out (a part that is not a name, an unbalanced parenthesis)
   */
  record Result(List<PersonName> names, List<String> affiliations, boolean complete, List<String> problems) {}

  /** LaTeX spacing commands ({@code \\,} in "M. Finger,\\, Jr."), which would otherwise read as separators. */
  private static final Pattern LATEX_SPACE = Pattern.compile("\\\\[,;: !]");
  private static final Pattern AND = Pattern.compile("\\s+and\\s+");
  private static final Pattern ET_AL = Pattern.compile("(?i)\\bet\\.?\\s*al\\b\\.?");
  private static final Pattern NUMBER_MARK = Pattern.compile("\\(\\s*\\d+\\s*\\)");
  private static final Pattern ONLY_NUMBERS = Pattern.compile("[\\d\\s,;*]*(?:and[\\d\\s,;*]*)*");
  /** "(750 additional authors not shown)", arXiv's mark of a truncated list. */
  private static final Pattern NOT_SHOWN =
      Pattern.compile("(?i)\\d*\\s*(additional\\s+)?authors?\\s+not\\s+shown");
  /** "LHCb Collaboration: R. Aaij": the group's name before the first person's name. */
  private static final Pattern GROUP_PREFIX = Pattern.compile("(?i)^.*\\b(collaborations?|team|group|consortium)\\s*:\\s*");
  /** "the ALADiN2000 Collaboration", "for the Super-FRS Experiment Collaboration": a group, not a person. */
  private static final Pattern GROUP = Pattern.compile(
      "(?i)^(.*\\s)?(collaborations?|team|group|consortium|project|experiment)$|^(for|on behalf of)\\s.*");
  private static final Pattern GLUED_INITIAL = Pattern.compile("(?<=\\p{Lu}\\p{Ll}?\\.)(?=\\p{Lu})");

  /** Parses one author list. */
  static Result parse(String raw) {
    String text = CharMatcher.whitespace().trimAndCollapseFrom(LATEX_SPACE.matcher(raw).replaceAll(" "), ' ');
    List<String> segments = new ArrayList<>();
    List<String> affiliations = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    StringBuilder group = new StringBuilder();
    int depth = 0;
    boolean truncated = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        if (depth++ > 0) {
          group.append(c);
        }
      } else if (c == ')') {
        if (depth == 0) {
          problems.add("unbalanced ')' in author list '" + ArxivFields.abbreviate(text) + "'; ignored");
        } else if (--depth == 0) {
          if (NOT_SHOWN.matcher(group).find()) {
            truncated = true;
          } else {
            addAffiliations(group.toString(), affiliations);
          }
          group.setLength(0);
        } else {
          group.append(c);
        }
      } else if (depth > 0) {
        group.append(c);
      } else if (c == ',' || c == ';' || c == '&') {
        segments.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (depth > 0) {
      problems.add("unclosed '(' in author list '" + ArxivFields.abbreviate(text) + "'; the rest is read as an "
          + "affiliation");
      addAffiliations(group.toString(), affiliations);
    }
    segments.add(current.toString());

    List<PersonName> names = new ArrayList<>();
    boolean complete = !truncated;
    List<String> groups = new ArrayList<>();
    for (String segment : segments) {
      for (String part : AND.split(" " + segment + " ")) {
        String p = part.strip();
        Matcher etAl = ET_AL.matcher(p);
        if (etAl.find()) {
          complete = false;
          p = etAl.replaceAll("").strip();
        }
        if (p.isEmpty() || p.equals("and")) {
          continue;
        }
        p = GLUED_INITIAL.matcher(Text.clean(p)).replaceAll(" ");
        p = GROUP_PREFIX.matcher(p).replaceFirst("");
        if (p.isEmpty()) {
          continue;
        }
        if (GROUP.matcher(p).matches()) {
          groups.add(p);
          continue;
        }
        if (PersonName.isSuffix(p) && !names.isEmpty()) {
          PersonName last = names.remove(names.size() - 1);
          names.add(new PersonName(last.given(), last.particle(), last.family(), p));
          continue;
        }
        try {
          names.add(PersonName.parse(p));
        } catch (IllegalArgumentException e) {
          problems.add("author '" + p + "' is not a person name (expected e.g. 'C. Bal\\'azs'); left out");
        }
      }
    }
    if (names.isEmpty()) {
      // Only groups ("ATLAS Collaboration"): keep them rather than lose the record.
      for (String g : groups) {
        try {
          names.add(PersonName.parse(g));
        } catch (IllegalArgumentException e) {
          problems.add("author '" + g + "' is not a name; left out");
        }
      }
    }
    return new Result(names, affiliations, complete, problems);
  }

  /** Adds the affiliations of one parenthesised group. */
  private static void addAffiliations(String group, List<String> out) {
    String g = group.strip();
    if (g.isEmpty() || ONLY_NUMBERS.matcher(g).matches()) {
      return; // a reference to numbered affiliations, e.g. "(1, 2)"
    }
    Matcher m = NUMBER_MARK.matcher(g);
    if (m.lookingAt()) {
      for (String piece : NUMBER_MARK.split(g)) {
        add(piece, out);
      }
      return;
    }
    add(g, out);
  }

  private static void add(String affiliation, List<String> out) {
    String a = CharMatcher.anyOf(",; ").trimFrom(Text.clean(affiliation));
    if (!a.isEmpty() && !out.contains(a)) {
      out.add(a);
    }
  }
}
