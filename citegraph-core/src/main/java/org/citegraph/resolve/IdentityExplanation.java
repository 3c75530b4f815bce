package org.citegraph.resolve;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.google.common.collect.ImmutableList;

import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;

/**
 * Why two resolved authors are, or are not, one person: the hard rules that apply (name compatibility, a shared
 * paper), the report lines that joined the names, and the evidence between their papers, each kind named with its
 * shared values (co-authors by full name, title words, categories, affiliations, venues, citations between their
 * papers).
 * Made by {@link #of}; immutable.
 *
 * @param a one author
 * @param b the other
 * @param samePerson whether resolution made them one author
 * @param verdict one line: "one person: ..." or "kept apart: ..."
 * @param evidence the shared evidence, one line per kind and value, e.g. {@code co-author luke metz}
 * @param similarity the weighted sum over evidence kinds of the cosine of their (unweighted) value counts, with the
 *     weights of {@link AuthorResolver}; the resolver uses corpus IDF weights, so this is a guide, not its score
 */
public record IdentityExplanation(Author a, Author b, boolean samePerson, String verdict, List<String> evidence,
    double similarity) {

  /**
   * Validates and copies.
   *
   * @param a one author
   * @param b the other
   * @param samePerson whether resolution made them one author
   * @param verdict one line starting "one person:" or "kept apart:"
   * @param evidence the shared evidence lines, copied in order; empty when nothing is shared
   * @param similarity the weighted cosine similarity of the evidence, at least 0
   * @throws NullPointerException if {@code a}, {@code b}, {@code verdict} or an evidence line is null
   */
  public IdentityExplanation {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    checkNotNull(verdict, "verdict");
    evidence = ImmutableList.copyOf(evidence);
  }

  /**
   * Explains two authors from their papers and the resolution report. Runs in O(p·a) over their p papers of a
   * authors each.
   *
   * @param a one author
   * @param papersA a's papers
   * @param b the other author
   * @param papersB b's papers
   * @param merges the report's name merges (those of a's author id explain why a is one person)
   * @param keptApart the report's kept-apart lines
   * @return the explanation
   */
  public static IdentityExplanation of(Author a, List<Paper> papersA, Author b, List<Paper> papersB,
      List<AuthorMerge> merges, List<KeptApart> keptApart) {
    checkNotNull(a, "a");
    checkNotNull(b, "b");
    List<String> evidence = new ArrayList<>();
    double similarity = 0;
    if (!a.equals(b)) {
      Set<String> ownKeys = new HashSet<>();
      a.variants().forEach(v -> ownKeys.add(v.key()));
      b.variants().forEach(v -> ownKeys.add(v.key()));
      List<TreeMap<String, Integer>> x = values(papersA, ownKeys, papersB);
      List<TreeMap<String, Integer>> y = values(papersB, ownKeys, papersA);
      for (int kind = 0; kind < AuthorResolver.KINDS; kind++) {
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (var e : x.get(kind).entrySet()) {
          nx += (double) e.getValue() * e.getValue();
          Integer other = y.get(kind).get(e.getKey());
          if (other != null) {
            dot += (double) e.getValue() * other;
            evidence.add(AuthorResolver.KIND_NAMES[kind] + " " + e.getKey());
          }
        }
        for (int v : y.get(kind).values()) {
          ny += (double) v * v;
        }
        if (dot > 0) {
          similarity += AuthorResolver.WEIGHTS[kind] * dot / Math.sqrt(nx * ny);
        }
      }
    }
    return new IdentityExplanation(a, b, a.equals(b), verdict(a, papersA, b, papersB, merges, keptApart, similarity),
        evidence, similarity);
  }

  private static String verdict(Author a, List<Paper> papersA, Author b, List<Paper> papersB,
      List<AuthorMerge> merges, List<KeptApart> keptApart, double similarity) {
    if (a.equals(b)) {
      List<String> rules = new ArrayList<>();
      for (AuthorMerge m : merges) {
        if (m.author().equals(a.id())) {
          rules.add(m.variant() + " -> " + m.into() + " (" + m.rule() + (m.evidence().isEmpty() ? ""
              : ": " + String.join("; ", m.evidence())) + ")");
        }
      }
      return "one person: " + (rules.isEmpty() ? "one written name" : String.join(", ", rules));
    }
    for (PersonName x : a.variants()) {
      for (PersonName y : b.variants()) {
        if (!x.familyKey().equals(y.familyKey())) {
          return "kept apart: family names " + x.family() + " vs " + y.family();
        }
        if (!NameMatching.compatible(x, y)) {
          return "kept apart: given names " + x.given() + " vs " + y.given();
        }
      }
    }
    Set<PaperId> ids = new HashSet<>();
    papersA.forEach(p -> ids.add(p.id()));
    for (Paper p : papersB) {
      if (ids.contains(p.id())) {
        return "kept apart: both are authors of " + p.id() + " (two people on one author list)";
      }
    }
    for (KeptApart k : keptApart) {
      if (a.variants().stream().anyMatch(v -> v.displayName().equals(k.name()))
          && (k.candidates().isEmpty() || b.variants().stream().anyMatch(v -> k.candidates().contains(
              v.displayName())))) {
        return "kept apart: " + k.reason();
      }
    }
    return String.format(Locale.ROOT, "kept apart: evidence too weak (similarity %.2f; the resolver merges at "
        + "%.2f with corpus IDF weights)", similarity, AuthorResolver.MERGE_THRESHOLD);
  }

  /** Counts per evidence kind of the values of {@code papers}; citations are papers of {@code others} cited. */
  private static List<TreeMap<String, Integer>> values(List<Paper> papers, Set<String> ownKeys, List<Paper> others) {
    List<TreeMap<String, Integer>> out = new ArrayList<>();
    for (int k = 0; k < AuthorResolver.KINDS; k++) {
      out.add(new TreeMap<>());
    }
    Set<String> otherIds = new TreeSet<>();
    others.forEach(p -> p.identifiers().forEach(i -> otherIds.add(i.toString())));
    for (Paper p : papers) {
      for (PersonName n : p.allAuthors()) {
        if (!ownKeys.contains(n.key())) {
          out.get(AuthorResolver.COAUTHOR).merge(n.key(), 1, Integer::sum);
        }
      }
      for (String w : new TreeSet<>(List.of(AuthorResolver.titleWords(p.title())))) {
        out.get(AuthorResolver.WORD).merge(w, 1, Integer::sum);
      }
      for (Category c : p.categories()) {
        out.get(AuthorResolver.CATEGORY).merge(c.code(), 1, Integer::sum);
      }
      for (String aff : p.affiliations()) {
        out.get(AuthorResolver.AFFILIATION).merge(aff, 1, Integer::sum);
      }
      String venue = AuthorResolver.venueValue(p); // folded, as the resolver compares venues
      if (!venue.isEmpty()) {
        out.get(AuthorResolver.VENUE).merge(venue, 1, Integer::sum);
      }
      // A citation is shared when one author's paper cites the other's: count it on both sides under the cited id.
      out.get(AuthorResolver.CITATION).merge(p.id().toString(), 1, Integer::sum);
      for (String r : p.references()) {
        if (otherIds.contains(r)) {
          out.get(AuthorResolver.CITATION).merge(r, 1, Integer::sum);
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return a.displayName() + " [" + a.id() + "] / " + b.displayName() + " [" + b.id() + "]: " + verdict
        + (evidence.isEmpty() ? "" : "\n  shared: " + String.join("; ", evidence));
  }
}
