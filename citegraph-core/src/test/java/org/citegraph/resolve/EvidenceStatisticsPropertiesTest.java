package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Papers are generated sorted by id, as the resolver receives them from the de-duplicator.
 *
 * <p>Resolving each name block's papers with the whole corpus's {@link EvidenceStatistics} gives the authors of
 * resolving the whole corpus; statistics add up over parts.
 */
class EvidenceStatisticsPropertiesTest {

  /** Ambiguous names: shared family names, initials and full forms, so blocks need the evidence. */
  private static final List<String> NAMES = List.of("Wei Zhang", "W. Zhang", "Wei Zhang", "Wen Zhang", "J. Smith",
      "John Smith", "Jane Smith", "J. A. Smith", "Li Wang", "L. Wang", "Lei Wang", "Maria Garcia", "M. Garcia",
      "Ana Silva", "A. Silva", "Kim Lee", "K. Lee", "Kevin Lee");
  private static final List<String> WORDS = List.of("graph", "neural", "network", "retina", "protein", "folding",
      "galaxy", "cluster", "learning", "sparse", "matrix", "quantum");
  private static final List<String> CATEGORIES = List.of("cs.LG", "cs.SI", "q-bio.NC", "astro-ph", "quant-ph");
  private static final List<String> AFFILIATIONS = List.of("Tsinghua University", "MIT", "ETH Zurich",
      "University of Tokyo");

  @Provide
  Arbitrary<List<Paper>> corpora() {
    Arbitrary<int[]> shape = Arbitraries.integers().between(0, 1 << 30).array(int[].class).ofSize(12);
    return shape.list().ofMinSize(2).ofMaxSize(60).map(EvidenceStatisticsPropertiesTest::corpus);
  }

  private static List<Paper> corpus(List<int[]> shapes) {
    List<Paper> out = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      int[] r = shapes.get(i);
      Paper.Builder b = Paper.builder().identifier(PaperId.arxiv(String.format("2101.%05d", i)))
          .identifier(PaperId.doi("10.1000/p" + i)).date(PubDate.ofYear(2000 + r[0] % 20))
          .source(new SourceRef("gen.txt", i + 1))
          .title("Paper " + i + " " + WORDS.get(r[1] % WORDS.size()) + " " + WORDS.get(r[2] % WORDS.size()) + " "
              + WORDS.get(r[3] % WORDS.size()))
          .primaryCategory(Category.of(CATEGORIES.get(r[4] % CATEGORIES.size())));
      int authors = 1 + r[5] % 4;
      Set<String> used = new HashSet<>();
      for (int a = 0; a < authors; a++) {
        String name = NAMES.get((r[6] >>> (a * 5)) % NAMES.size());
        if (used.add(name)) {
          b.author(PersonName.parse(name));
        }
      }
      if (r[7] % 3 == 0) {
        b.affiliation(AFFILIATIONS.get(r[8] % AFFILIATIONS.size()));
      }
      if (i > 0 && r[9] % 2 == 0) {
        int cited = r[10] % i;
        b.reference(r[11] % 2 == 0 ? "arxiv:" + String.format("2101.%05d", cited) : "doi:10.1000/p" + cited);
      }
      if (r[8] % 4 == 1) {
        // An identifier several papers hold (a proceedings volume's DOI): it names the paper with the smallest id.
        b.identifier(PaperId.doi("10.1000/proceedings" + r[8] % 3));
      }
      if (r[10] % 4 == 1) {
        b.reference("doi:10.1000/proceedings" + r[9] % 3);
      }
      if (r[11] % 5 == 0) {
        b.reference("doi:10.9999/outside" + r[11] % 7);
      }
      out.add(b.build());
    }
    return out;
  }

  @Property(seed = "15", tries = 60)
  void resolvingEachBlockWithCorpusStatisticsEqualsResolvingTheCorpus(@ForAll("corpora") List<Paper> papers) {
    AuthorResolver resolver = new AuthorResolver(Decisions.NONE, 1);
    EvidenceStatistics stats = EvidenceStatistics.of(papers);
    Map<String, Set<Set<String>>> whole = partition(papers, resolver.resolve(papers, List.of()), null);
    Map<String, List<Paper>> blocks = blocks(papers);
    Map<String, Set<Set<String>>> byBlock = new TreeMap<>();
    for (Map.Entry<String, List<Paper>> e : blocks.entrySet()) {
      byBlock.putAll(partition(e.getValue(), resolver.resolve(e.getValue(), List.of(), stats), e.getKey()));
    }
    assertEquals(whole, byBlock);
  }

  @Property(seed = "15", tries = 60)
  void eachBlockWithOnlyItsLookedUpValuesResolvesAsWithTheWholeStatistics(@ForAll("corpora") List<Paper> papers) {
    AuthorResolver resolver = new AuthorResolver(Decisions.NONE, 1);
    EvidenceStatistics stats = EvidenceStatistics.of(papers);
    Map<String, List<Paper>> blocks = blocks(papers);
    for (Map.Entry<String, List<Paper>> e : blocks.entrySet()) {
      List<Paper> block = e.getValue();
      EvidenceStatistics own = stats.restrict(block);
      AuthorResolver.Result full = resolver.resolve(block, List.of(), stats);
      AuthorResolver.Result cut = resolver.resolve(block, List.of(), own);
      assertEquals(full.authors(), cut.authors(), e.getKey());
      assertTrue(Arrays.deepEquals(full.paperAuthors(), cut.paperAuthors()), e.getKey());
      assertEquals(full.merges(), cut.merges(), e.getKey());
      assertEquals(full.keptApart(), cut.keptApart(), e.getKey());
      assertEquals(stats.papers(), own.papers());
      assertTrue(own.size() <= stats.size());
      // The cut statistics hold each looked-up value with the whole corpus's count.
      for (Paper p : block) {
        for (EvidenceStatistics.Kind k : EvidenceStatistics.Kind.values()) {
          for (String v : EvidenceStatistics.lookups(k, p)) {
            assertEquals(stats.frequency(k, v), own.frequency(k, v), v);
          }
        }
        assertEquals(stats.citationFrequency(p.id().toString()), own.citationFrequency(p.id().toString()));
        for (String r : p.references()) {
          assertEquals(stats.paperOf(r), own.paperOf(r), r);
        }
      }
      assertThrows(IllegalStateException.class, () -> own.plus(own));
    }
  }

  @Property(seed = "15", tries = 40)
  void theCorpusWithItsOwnStatisticsResolvesAsBefore(@ForAll("corpora") List<Paper> papers) {
    AuthorResolver resolver = new AuthorResolver(Decisions.NONE, 1);
    AuthorResolver.Result plain = resolver.resolve(papers, List.of());
    AuthorResolver.Result withStats = resolver.resolve(papers, List.of(), EvidenceStatistics.of(papers));
    assertEquals(plain.authors(), withStats.authors());
    assertTrue(Arrays.deepEquals(plain.paperAuthors(), withStats.paperAuthors()));
    assertEquals(plain.merges(), withStats.merges());
    assertEquals(plain.keptApart(), withStats.keptApart());
  }

  @Property(seed = "15", tries = 40)
  void statisticsOfPartsAddUpToTheWhole(@ForAll("corpora") List<Paper> papers) {
    int half = papers.size() / 2;
    EvidenceStatistics sum = EvidenceStatistics.of(papers.subList(0, half))
        .plus(EvidenceStatistics.of(papers.subList(half, papers.size())));
    EvidenceStatistics whole = EvidenceStatistics.of(papers);
    assertEquals(whole, sum);
    assertEquals(papers.size(), sum.papers());
    for (Paper p : papers) {
      for (EvidenceStatistics.Kind k : EvidenceStatistics.Kind.values()) {
        for (String v : EvidenceStatistics.values(k, p)) {
          assertTrue(sum.frequency(k, v) >= 1, v);
        }
      }
      assertTrue(sum.citationFrequency(p.id().toString()) >= 1);
    }
  }

  @Property(seed = "15", tries = 10)
  void statisticsOfOtherPapersAreRefused(@ForAll("corpora") List<Paper> papers) {
    List<Paper> first = papers.subList(0, 1);
    EvidenceStatistics others = EvidenceStatistics.of(papers.subList(1, papers.size()));
    assertThrows(IllegalArgumentException.class,
        () -> new AuthorResolver(Decisions.NONE, 1).resolve(first, List.of(), others));
  }

  /**
   * For each block (of {@code onlyBlock}, or all), its authors as the sets of papers naming them.
   */
  private static Map<String, Set<Set<String>>> partition(List<Paper> papers, AuthorResolver.Result r,
      String onlyBlock) {
    Map<Integer, Set<String>> papersOf = new HashMap<>();
    for (int p = 0; p < papers.size(); p++) {
      for (int a : r.paperAuthors()[p]) {
        papersOf.computeIfAbsent(a, k -> new TreeSet<>()).add(papers.get(p).id().toString());
      }
    }
    Map<String, Set<Set<String>>> out = new TreeMap<>();
    for (int a = 0; a < r.authors().size(); a++) {
      Author author = r.authors().get(a);
      String block = author.name().blockKey();
      if (onlyBlock == null || onlyBlock.equals(block)) {
        out.computeIfAbsent(block, k -> new HashSet<>()).add(papersOf.getOrDefault(a, Set.of()));
      }
    }
    return out;
  }

  /** The papers of each name block (by block key), each paper once per block, in input order. */
  private static Map<String, List<Paper>> blocks(List<Paper> papers) {
    Map<String, List<Paper>> blocks = new TreeMap<>();
    for (Paper p : papers) {
      for (PersonName n : p.allAuthors()) {
        List<Paper> list = blocks.computeIfAbsent(n.blockKey(), k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != p) {
          list.add(p);
        }
      }
    }
    return blocks;
  }
}
