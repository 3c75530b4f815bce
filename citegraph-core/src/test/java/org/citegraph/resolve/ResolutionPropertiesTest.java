package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ResolutionPropertiesTest {

  @Property(seed = "42", tries = 100)
  void mergingATruncatedListWithTheFullListYieldsTheFullList(@ForAll @IntRange(min = 2, max = 12) int n,
      @ForAll @IntRange(min = 1, max = 11) int visible, @ForAll boolean truncatedFirst) {
    int k = Math.min(visible, n - 1);
    List<String> full = Fixtures.PEOPLE.subList(0, n);
    Paper complete = Fixtures.record("Learned optimizers that scale", full, 2017, "a.txt", 1);
    Paper.Builder t = Paper.builder().title("Learned Optimizers that Scale.").date(PubDate.ofYear(2017))
        .authorListComplete(false).source(new SourceRef("b.txt", 7));
    full.subList(0, k).forEach(name -> t.author(PersonName.parse(name)));
    Paper truncated = t.build();
    List<Paper> records = truncatedFirst ? List.of(truncated, complete) : List.of(complete, truncated);
    Corpus corpus = Fixtures.corpus(records);
    assertEquals(1, corpus.papers().size());
    Paper merged = corpus.papers().get(0);
    assertEquals(complete.authors(), merged.authors());
    assertTrue(merged.authorListComplete());
    assertEquals(List.of(new SourceRef("a.txt", 1), new SourceRef("b.txt", 7)), merged.provenance());
    assertEquals(1, corpus.report().mergedRecords());
    assertEquals(1, corpus.report().paperMerges().size());
  }

  @Provide
  Arbitrary<String> writings() {
    // Ways of writing "Lane T. McIntosh" that share one normalised key.
    return Arbitraries.of("Lane T. McIntosh", "Lane T McIntosh", "McIntosh, Lane T.", "LANE T. MCINTOSH",
        "McIntosh, Lane T", "Lane  T.  McIntosh", "M{c}Intosh, Lane T.", "Lane T. Mc&shy;Intosh".replace("&shy;", ""));
  }

  @Property(seed = "42", tries = 100)
  void oneNormalisedFullNameIsOneAuthor(@ForAll("writings") String first, @ForAll("writings") String second,
      @ForAll("writings") String third) {
    List<Paper> records = List.of(
        Fixtures.record("Retina one", List.of(first, "Surya Ganguli"), 2016, "x.txt", 1),
        Fixtures.record("Retina two", List.of("Aran Nayebi", second, "Surya Ganguli"), 2017, "x.txt", 2),
        Fixtures.record("Retina three", List.of(third, "Surya Ganguli"), 2018, "x.txt", 3));
    Corpus corpus = Fixtures.corpus(records);
    assertEquals(1, corpus.findAuthors("Lane T. McIntosh").size());
    assertEquals(3, corpus.paperCount(corpus.author("Lane T. McIntosh")));
    assertEquals(3, corpus.authors().size());
  }

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Property(seed = "42", tries = 100)
  void aMustLinkNeverIncreasesTheNumberOfAuthors(@ForAll("corpora") List<Paper> records,
      @ForAll @IntRange(min = 0, max = 11) int i, @ForAll @IntRange(min = 0, max = 11) int j) {
    Corpus base = Fixtures.corpus(records);
    Corpus linked = CiteGraph.builder().addRecords(records)
        .decisions(Decisions.NONE.withMustLink(Fixtures.PEOPLE.get(i), Fixtures.PEOPLE.get(j))).build();
    assertTrue(linked.authors().size() <= base.authors().size());
    // A must-link between two people who never share a paper joins them: one author fewer.
    boolean bothPresent = !base.findAuthors(Fixtures.PEOPLE.get(i)).isEmpty()
        && !base.findAuthors(Fixtures.PEOPLE.get(j)).isEmpty();
    if (bothPresent && i != j) {
      // Namesakes kept apart in the base corpus are joined too: at least one author fewer, and one author left.
      assertTrue(linked.authors().size() <= base.authors().size() - 1);
      assertEquals(1, linked.findAuthors(Fixtures.PEOPLE.get(i)).size());
      assertEquals(linked.findAuthors(Fixtures.PEOPLE.get(i)), linked.findAuthors(Fixtures.PEOPLE.get(j)));
    } else {
      assertEquals(base.authors().size(), linked.authors().size());
    }
  }

  @Property(seed = "42", tries = 60)
  void resolutionIsIndependentOfRecordOrder(@ForAll("corpora") List<Paper> records) {
    List<Paper> reversed = new ArrayList<>(records);
    java.util.Collections.reverse(reversed);
    assertEquals(Fixtures.corpus(records).report(), Fixtures.corpus(reversed).report());
  }
}
