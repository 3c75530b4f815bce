package org.citegraph.spark;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import org.citegraph.Fixtures;
import org.citegraph.model.Paper;

/**
 * Generated corpora shaped like the SYNTHETIC benchmark corpus where name resolution is hard, unlike {@link
 * Fixtures#corpora()} (twelve people with pairwise different family names, each one author whatever the resolver
 * does): several people share a family name and a first initial (one name block), names are written in full, with a
 * middle initial or as initials, titles draw words from a few topics so that the evidence scores decide, and the
 * corpus-wide statistics (not a block's own) weigh them. Records also carry junk names and names listed twice (the
 * resolver's name issues, counted as repaired values), duplicate records of one paper with a name written
 * differently at one position (same-slot variants joining name blocks), and optionally a hyper-authored paper past
 * the evidence limit whose list holds block mates, a junk name and a name listed twice.
 */
final class SyntheticLikeCorpora {
  private SyntheticLikeCorpora() {}

  /** Family names, each shared by every given name below. */
  static final List<String> FAMILIES = List.of("Tintomo", "Kanilibar", "Parklarako");
  /** Given names; the first three share an initial, so their people share a name block per family. */
  static final List<String> GIVEN = List.of("Nesa", "Nora", "Nilsa", "Eldezlu", "Kimha");
  /** Author-list entries that name no person ({@code NameFilter}). */
  static final List<String> JUNK = List.of("Anonymous", "et al.", "University of Kanilibar", "210");
  /** Title words of four lines of work. */
  static final List<List<String>> TOPICS = List.of(
      List.of("learchascod", "inmod", "sebaent", "ticurning", "alre", "epalur"),
      List.of("fercodspar", "moddengra", "bilbaal", "prova", "senticgra", "kenural"),
      List.of("graworkto", "entepent", "refercod", "diatin", "lachas", "stosto"),
      List.of("workelba", "laep", "taworking", "riur", "vaatken", "gratis"));

  /** Venues, written in two ways that fold alike ("Neural Computation", "NEURAL COMPUTATION"). */
  static final List<String> VENUES = List.of("Neural Computation", "NEURAL COMPUTATION", "Phys. Rev. E", "Neuron");

  /** People: every (given, family) pair, a third of them with a middle initial. */
  static final int PEOPLE = FAMILIES.size() * GIVEN.size();

  /**
   * One written form of a person.
   *
   * @param person index below {@link #PEOPLE}
   * @param form 0 full given name, 1 first initial only, 2 full given name and middle initial (if the person has
   *     one), 3 initials
   */
  static String written(int person, int form) {
    String given = GIVEN.get(person % GIVEN.size());
    String family = FAMILIES.get(person / GIVEN.size());
    String middle = person % 3 == 0 ? "B." : "";
    return switch (form) {
      case 0 -> given + " " + family;
      case 1 -> given.charAt(0) + ". " + family;
      case 2 -> middle.isEmpty() ? given + " " + family : given + " " + middle + " " + family;
      default -> middle.isEmpty() ? given.charAt(0) + ". " + family : given.charAt(0) + ". " + middle + " " + family;
    };
  }

  /**
   * Six records of three papers: a partial name ("N. Tintomo") at one position of each, whose other record writes
   * that position as a fuller name, two of them incompatible ("Nesa Tintomo", "Nora Tintomo", "Nesa B. Tintomo");
   * each list also holds a junk name and a name listed twice. The same-slot evidence joins the partial name's one
   * mention to the fuller name that comes first in the de-duplicator's order, and lists the partial name among the
   * variants of all three authors.
   */
  static List<Paper> partialNameOfSeveralSlotVariants() {
    String title = "Paper %d learchascod learchascod learchascod";
    return List.of(
        Fixtures.record(String.format(title, 0), List.of("Nesa Tintomo", "Anonymous", "Nesa Tintomo"), 2000,
            "syn.jsonl", 1),
        Fixtures.record(String.format(title, 0), List.of("N. Tintomo", "Anonymous", "Nesa Tintomo"), 2000,
            "syn.jsonl", 2),
        Fixtures.record(String.format(title, 1), List.of("N. Tintomo", "Anonymous", "N. Tintomo"), 2000,
            "syn.jsonl", 3),
        Fixtures.record(String.format(title, 1), List.of("Nesa B. Tintomo", "Anonymous", "N. Tintomo"), 2000,
            "syn.jsonl", 4),
        Fixtures.record(String.format(title, 2), List.of("Nora Tintomo", "Anonymous", "Nora Tintomo"), 2000,
            "syn.jsonl", 5),
        Fixtures.record(String.format(title, 2), List.of("N. Tintomo", "Anonymous", "Nora Tintomo"), 2000,
            "syn.jsonl", 6));
  }

  /** Corpora of 2 to 30 items, each a record (sometimes twice, as two records of one paper); maybe a hyper paper. */
  static Arbitrary<List<Paper>> corpora() {
    // Authors: distinct people, each with a written form (mostly full).
    Arbitrary<List<int[]>> authors = Combinators.combine(Arbitraries.integers().between(0, PEOPLE - 1),
        Arbitraries.integers().between(0, 9)).as((person, form) -> new int[] {person, form < 6 ? 0 : form - 6})
        .list().ofMinSize(1).ofMaxSize(5).uniqueElements(a -> a[0]);
    // Shape: topic, three word picks, year (and a venue: none when the year's pick is even), junk (0..7: a junk name
    // when 0), twice (a name repeated when 0), duplicate record (0..3: another record of the paper with one name
    // written differently when 0).
    Arbitrary<int[]> shapes = Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(8)
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
    Arbitrary<List<Object[]>> items = Combinators.combine(authors, shapes).as((a, s) -> new Object[] {a, s})
        .list().ofMinSize(2).ofMaxSize(30);
    return Combinators.combine(items, Arbitraries.integers().between(0, 2)).as((list, hyper) -> {
      List<Paper> out = new ArrayList<>();
      int line = 0;
      for (int i = 0; i < list.size(); i++) {
        @SuppressWarnings("unchecked")
        List<int[]> people = (List<int[]>) list.get(i)[0];
        int[] s = (int[]) list.get(i)[1];
        List<String> topic = TOPICS.get(s[0] % TOPICS.size());
        String title = "Paper " + i + " " + topic.get(s[1] % 6) + " " + topic.get(s[2] % 6) + " "
            + topic.get(s[3] % 6);
        int year = 2000 + s[4] % 20;
        List<String> names = new ArrayList<>();
        for (int[] a : people) {
          names.add(written(a[0], a[1]));
        }
        if (s[5] % 8 == 0) {
          names.add(JUNK.get(s[5] / 8 % JUNK.size()));
        }
        if (s[6] % 6 == 0) {
          names.add(names.get(0));
        }
        String venue = s[4] / 20 % 2 == 0 ? "" : VENUES.get(s[4] / 40 % VENUES.size());
        out.add(Fixtures.record(title, names, year, "syn.jsonl", ++line).toBuilder().venue(venue).build());
        if (s[7] % 4 == 0) {
          List<String> other = new ArrayList<>(names);
          int at = s[7] / 4 % people.size();
          int[] a = people.get(at);
          other.set(at, written(a[0], (a[1] + 1 + s[7] / 16 % 3) % 4));
          out.add(Fixtures.record(title, other, year, "syn.jsonl", ++line));
        }
      }
      if (hyper == 0) {
        // Past the evidence limit: every person (some as initials), fillers, a junk name and a name listed twice.
        List<String> names = new ArrayList<>();
        for (int p = 0; p < PEOPLE; p++) {
          names.add(written(p, p % 4));
        }
        for (int k = 0; names.size() <= 110; k++) {
          names.add("Hyper" + (char) ('a' + k % 26) + " Memberson" + (char) ('a' + k / 26));
        }
        names.add(JUNK.get(0));
        names.add(names.get(1));
        out.add(Fixtures.record("A large collaboration on " + TOPICS.get(0).get(0), names, 2020, "syn.jsonl",
            ++line));
      }
      return out;
    });
  }
}
