package org.citegraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.resolve.EvidenceStatistics;
import org.citegraph.resolve.PaperDeduplicator;

/**
 * The adapter's split of resolution into name groups, run in memory as the Spark jobs run it (one linked group of
 * records, slices per name group, each group resolved on its own, the groups' authors united), gives the embedded
 * library's authors and authorships; with and without a hyper-authored paper (past the resolver's evidence limit).
 * Every record also goes through {@link PaperCodec}. Over {@link SyntheticLikeCorpora} (shared name blocks, initials,
 * topical titles, junk names, names listed twice, same-slot variants), the comparison of {@link AdapterComparison}
 * (each group with just the statistics it looks up, as the job joins them) gives the same authors as sets of
 * mentions, the same merges, names kept apart and name issues, line by line.
 */
class CoreAdapterProperties {

  /**
   * A partial name ("N. Tintomo") written at one position of three papers whose other records write that position
   * as three different fuller names, two of them incompatible ("Nesa Tintomo", "Nora Tintomo"): the same-slot
   * evidence joins the partial name's one mention to whichever fuller name comes first in the de-duplicator's order,
   * and lists the partial name among the variants of all three authors. The group-wise path must put the variants
   * back into that order whatever order they arrive in, and must give each mention the author the resolver put it
   * in, not the author of its name's key.
   */
  @Example
  void aPartialNameOfSeveralSameSlotVariantsJoinsTheAuthorTheEmbeddedPathJoinsItTo() {
    List<Paper> records = SyntheticLikeCorpora.partialNameOfSeveralSlotVariants();
    for (boolean reversed : new boolean[] {false, true}) {
      AdapterComparison.Comparison c = AdapterComparison.compare(records, v -> {
        List<CoreAdapter.OrderedVariant> out = new ArrayList<>(v);
        if (reversed) {
          java.util.Collections.reverse(out);
        }
        return out;
      });
      assertTrue(c.equal(), () -> (reversed ? "reversed: " : "") + c.summary(5));
      // The shape: three authors, each listing "N. Tintomo" among its variants, one of them holding its mention.
      assertEquals(3, c.embeddedAuthors().size(), c.embeddedAuthors().toString());
      assertEquals(1, c.embeddedMerges().size(), c.embeddedMerges().toString());
    }
  }

  @Provide
  Arbitrary<List<Paper>> syntheticLike() {
    return SyntheticLikeCorpora.corpora().map(records -> records.stream()
        .map(p -> PaperCodec.decode(PaperCodec.encode(p))).toList());
  }

  @Provide
  Arbitrary<List<Paper>> records() {
    return SyntheticLikeCorpora.corpora();
  }

  /** The codec keeps every field of a record (the venue too), so the jobs resolve what the library would. */
  @Property(seed = "16", tries = 100)
  void theCodecKeepsEveryField(@ForAll("records") List<Paper> records) {
    for (Paper p : records) {
      assertEquals(p, PaperCodec.decode(PaperCodec.encode(p)));
    }
  }

  @Property(seed = "15", tries = 150)
  void groupwiseResolutionEqualsTheEmbeddedOneOnSyntheticLikeCorpora(
      @ForAll("syntheticLike") List<Paper> records) {
    AdapterComparison.Comparison c = AdapterComparison.compare(records);
    assertTrue(c.equal(), () -> c.summary(5) + AdapterComparison.describe(records));
    // The shapes that broke the group-wise path are generated often enough to matter.
    boolean evidence = c.embeddedMerges().stream().anyMatch(m -> !m.contains("| same-slot |")
        && !m.contains("| same-key |") && !m.contains("| same-name |"));
    Statistics.label("evidence merges").collect(evidence);
    Statistics.label("names kept apart").collect(!c.embeddedKept().isEmpty());
    Statistics.label("name issues").collect(!c.embeddedIssues().isEmpty());
    Statistics.label("same-slot merges").collect(c.embeddedMerges().stream().anyMatch(m -> m.contains("same-slot")));
    Statistics.label("evidence merges").coverage(k -> k.check(true).percentage(p -> p >= 10));
    Statistics.label("names kept apart").coverage(k -> k.check(true).percentage(p -> p >= 30));
    Statistics.label("name issues").coverage(k -> k.check(true).percentage(p -> p >= 30));
    Statistics.label("same-slot merges").coverage(k -> k.check(true).percentage(p -> p >= 10));
  }

  @Provide
  Arbitrary<List<Paper>> corpora() {
    Arbitrary<Boolean> hyper = Arbitraries.of(true, false);
    return Combinators.combine(Fixtures.corpora(), hyper).as((records, withHyper) -> {
      List<Paper> out = new ArrayList<>();
      for (Paper p : records) {
        out.add(PaperCodec.decode(PaperCodec.encode(p)));
      }
      if (withHyper) {
        // A consortium paper: the cast plus 110 others, so it is past the evidence limit of 100 authors.
        List<String> names = new ArrayList<>(Fixtures.PEOPLE);
        for (int i = 0; i < 110; i++) {
          names.add("Member" + (char) ('a' + i % 26) + " Consortium" + (char) ('a' + i / 26));
        }
        out.add(Fixtures.record("A consortium report", names, 2020, "hyper.txt", 1));
      }
      return out;
    });
  }

  @Property(seed = "42", tries = 60)
  void groupwiseResolutionEqualsTheEmbeddedOne(@ForAll("corpora") List<Paper> records) {
    Corpus embedded = Fixtures.corpus(records);

    PaperDeduplicator.Result dedup = CoreAdapter.deduplicate(records);
    assertEquals(embedded.papers(), dedup.papers());
    List<String> pairs = new ArrayList<>();
    for (PaperDeduplicator.SlotVariant v : dedup.variants()) {
      pairs.add(v.kept().blockKey() + '\u0000' + v.variant().blockKey());
    }
    Map<String, String> joined = SparkPipeline.joinedBlocks(pairs);
    Map<String, List<CoreAdapter.Slice>> slices = new TreeMap<>();
    for (Paper p : dedup.papers()) {
      CoreAdapter.slices(p, joined).forEach((g, s) -> slices.computeIfAbsent(g, k -> new ArrayList<>()).add(
          new CoreAdapter.Slice(PaperCodec.decode(PaperCodec.encode(s.paper())), s.index(), s.placedNames())));
    }
    Map<String, List<CoreAdapter.OrderedVariant>> variants = new HashMap<>();
    List<CoreAdapter.OrderedVariant> ordered = new ArrayList<>(CoreAdapter.ordered(dedup.variants()));
    java.util.Collections.reverse(ordered); // delivered in any order, put back in order by the adapter
    for (CoreAdapter.OrderedVariant v : ordered) {
      variants.computeIfAbsent(CoreAdapter.groupOf(v.variant().kept(), joined), k -> new ArrayList<>()).add(v);
    }
    EvidenceStatistics statistics = CoreAdapter.statistics(dedup.papers().subList(0, dedup.papers().size() / 2)
        .iterator()).plus(CoreAdapter.statistics(dedup.papers().subList(dedup.papers().size() / 2,
        dedup.papers().size()).iterator()));
    Map<String, List<String>> authors = new TreeMap<>();
    Map<String, TreeMap<Integer, String>> incidence = new TreeMap<>();
    long merges = 0;
    long keptApart = 0;
    for (Map.Entry<String, List<CoreAdapter.Slice>> e : slices.entrySet()) {
      CoreAdapter.GroupResult r = CoreAdapter.resolveGroup(e.getKey(), e.getValue(),
          variants.getOrDefault(e.getKey(), List.of()), joined, statistics);
      for (Author a : r.authors()) {
        assertEquals(null, authors.put(a.id(), a.variants().stream().map(PersonName::displayName).toList()),
            "author " + a.id() + " in two groups");
      }
      for (CoreAdapter.Authorship s : r.authorships()) {
        incidence.computeIfAbsent(s.paper().toString(), k -> new TreeMap<>()).put(s.position(), s.author());
      }
      merges += r.merges().size();
      keptApart += r.keptApart().size();
    }
    Map<String, List<String>> expectedAuthors = new TreeMap<>();
    for (Author a : embedded.authors()) {
      expectedAuthors.put(a.id(), a.variants().stream().map(PersonName::displayName).toList());
    }
    assertEquals(expectedAuthors, authors);
    Map<String, List<String>> expectedIncidence = new TreeMap<>();
    for (Paper p : embedded.papers()) {
      expectedIncidence.put(p.id().toString(), embedded.authorsOf(p).stream().map(Author::id).toList());
    }
    Map<String, List<String>> actualIncidence = new TreeMap<>();
    incidence.forEach((p, m) -> actualIncidence.put(p, new ArrayList<>(m.values())));
    assertEquals(expectedIncidence, actualIncidence);
    assertEquals(embedded.report().authorMerges().size(), merges);
    assertEquals(embedded.report().keptApart().size(), keptApart);
  }
}
