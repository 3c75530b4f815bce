package org.citegraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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
 * Every record also goes through {@link PaperCodec}.
 */
class CoreAdapterProperties {

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
    Map<String, List<PaperDeduplicator.SlotVariant>> variants = new HashMap<>();
    for (PaperDeduplicator.SlotVariant v : dedup.variants()) {
      variants.computeIfAbsent(CoreAdapter.groupOf(v.kept(), joined), k -> new ArrayList<>()).add(v);
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
