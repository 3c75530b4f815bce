package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of evidence-based resolution on corpora full of namesakes and name variants (a few family names, many
 * given-name forms, shared co-authors and title words drawn at random).
 */
class ResolverInvariantsPropertiesTest {

  private static final List<String> NAMES = List.of("Jun Zhu", "Jun-Yan Zhu", "J. Zhu", "Jun Y. Zhu", "Jian Zhu",
      "Lei Wang", "L. Wang", "Li Wang", "Lei Wang", "Ming Yang", "Ming-Hsuan Yang", "M. Yang", "Ming H. Yang",
      "Xiaoming Li", "Xiao-Ming Li", "X. Li", "Alex Williams", "Alex H. Williams", "A. Williams");
  private static final List<String> WORDS = List.of("graph", "protein", "quantum", "image", "language", "robot",
      "network", "sampling", "optics", "markets");
  private static final List<String> CATS = List.of("cs.LG", "cs.CV", "quant-ph", "q-bio.BM");

  @Provide
  Arbitrary<List<Paper>> corpora() {
    Arbitrary<List<String>> authors = Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<String>> words = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<int[]> shape = Combinators.combine(Arbitraries.integers().between(2000, 2024),
        Arbitraries.integers().between(0, CATS.size() - 1)).as((y, c) -> new int[] {y, c});
    return Combinators.combine(authors, words, shape).as((a, w, s) -> new Object[] {a, w, s}).list().ofMinSize(1)
        .ofMaxSize(40).map(items -> {
          List<Paper> out = new ArrayList<>();
          for (int i = 0; i < items.size(); i++) {
            @SuppressWarnings("unchecked")
            List<String> a = (List<String>) items.get(i)[0];
            @SuppressWarnings("unchecked")
            List<String> w = (List<String>) items.get(i)[1];
            int[] s = (int[]) items.get(i)[2];
            Paper.Builder b = Paper.builder().title("On " + String.join(" ", w) + " " + i).date(PubDate.ofYear(s[0]))
                .primaryCategory(Category.of(CATS.get(s[1]))).source(new SourceRef("gen.txt", i + 1));
            a.forEach(n -> b.author(PersonName.parse(n)));
            out.add(b.build());
          }
          return out;
        });
  }

  private static AuthorResolver.Result resolve(List<Paper> papers, int threads, Decisions decisions) {
    List<Paper> sorted = new ArrayList<>(papers);
    sorted.sort(java.util.Comparator.comparing(Paper::id));
    return new AuthorResolver(decisions, threads, true).resolve(sorted, List.of());
  }

  private static List<List<String>> authorsByPaper(List<Paper> papers, AuthorResolver.Result r) {
    List<Paper> sorted = new ArrayList<>(papers);
    sorted.sort(java.util.Comparator.comparing(Paper::id));
    List<List<String>> out = new ArrayList<>();
    for (int p = 0; p < sorted.size(); p++) {
      List<String> ids = new ArrayList<>();
      for (int a : r.paperAuthors()[p]) {
        ids.add(r.authors().get(a).id());
      }
      out.add(ids);
    }
    return out;
  }

  @Property(seed = "11", tries = 80)
  void theSameForAnyThreadCountAndAnyInputOrder(@ForAll("corpora") List<Paper> papers,
      @ForAll @IntRange(min = 2, max = 8) int threads) {
    AuthorResolver.Result one = resolve(papers, 1, Decisions.NONE);
    List<Paper> reversed = new ArrayList<>(papers);
    java.util.Collections.reverse(reversed);
    AuthorResolver.Result many = resolve(reversed, threads, Decisions.NONE);
    assertEquals(one.authors(), many.authors());
    assertEquals(authorsByPaper(papers, one), authorsByPaper(reversed, many));
    assertArrayEquals(one.placedCounts(), many.placedCounts());
    assertEquals(one.merges(), many.merges());
    assertEquals(one.keptApart(), many.keptApart());
  }

  @Property(seed = "11", tries = 80)
  void theSameWhetherTheEvidenceIsCopiedBlockByBlockOrReadPaperByPaper(@ForAll("corpora") List<Paper> papers,
      @ForAll boolean splitNamesakes, @ForAll @IntRange(min = 1, max = 3) int threads) {
    List<Paper> sorted = new ArrayList<>(papers);
    sorted.sort(java.util.Comparator.comparing(Paper::id));
    AuthorResolver.Result copied = new AuthorResolver(Decisions.NONE, threads, splitNamesakes).resolve(sorted,
        List.of());
    AuthorResolver.Result inPlace = new AuthorResolver(Decisions.NONE, threads, splitNamesakes, 0).resolve(sorted,
        List.of());
    assertEquals(copied.authors(), inPlace.authors());
    assertEquals(authorsByPaper(papers, copied), authorsByPaper(papers, inPlace));
    assertEquals(copied.merges(), inPlace.merges());
    assertEquals(copied.keptApart(), inPlace.keptApart());
  }

  @Property(seed = "11", tries = 80)
  void noAuthorHoldsTwoMentionsOfOnePaperOrIncompatibleNames(@ForAll("corpora") List<Paper> papers) {
    AuthorResolver.Result r = resolve(papers, 2, Decisions.NONE);
    for (int[] authors : r.paperAuthors()) {
      assertEquals(authors.length, java.util.Arrays.stream(authors).distinct().count());
    }
    // Every mention of a paper became a distinct author, except a name written twice on it.
    List<Paper> sorted = new ArrayList<>(papers);
    sorted.sort(java.util.Comparator.comparing(Paper::id));
    for (int p = 0; p < sorted.size(); p++) {
      long distinctKeys = sorted.get(p).allAuthors().stream().map(PersonName::key).distinct().count();
      assertEquals(distinctKeys, r.paperAuthors()[p].length, sorted.get(p).toString());
    }
    for (Author a : r.authors()) {
      for (PersonName x : a.variants()) {
        for (PersonName y : a.variants()) {
          assertTrue(NameMatching.compatible(x, y), a + ": " + x + " / " + y);
        }
      }
    }
  }

  @Property(seed = "11", tries = 60)
  void decisionsAreHonoured(@ForAll("corpora") List<Paper> papers, @ForAll @IntRange(min = 0, max = 18) int i,
      @ForAll @IntRange(min = 0, max = 18) int j) {
    String a = NAMES.get(i);
    String b = NAMES.get(j);
    PersonName na = PersonName.parse(a);
    PersonName nb = PersonName.parse(b);
    if (na.key().equals(nb.key())) {
      return;
    }
    AuthorResolver.Result apart = resolve(papers, 2, Decisions.NONE.withCannotLink(a, b));
    Map<String, String> authorOfKey = new HashMap<>();
    for (Author au : apart.authors()) {
      for (PersonName v : au.variants()) {
        String before = authorOfKey.put(v.key() + "#" + au.id(), au.id());
        assertTrue(before == null || before.equals(au.id()));
      }
      boolean hasA = au.variants().stream().anyMatch(v -> v.key().equals(na.key()));
      boolean hasB = au.variants().stream().anyMatch(v -> v.key().equals(nb.key()));
      assertFalse(hasA && hasB, au + " holds both names of a cannot-link: " + au.variants());
    }
    AuthorResolver.Result together = resolve(papers, 2, Decisions.NONE.withMustLink(a, b));
    List<Author> withA = together.authors().stream()
        .filter(au -> au.variants().stream().anyMatch(v -> v.key().equals(na.key()))).toList();
    List<Author> withB = together.authors().stream()
        .filter(au -> au.variants().stream().anyMatch(v -> v.key().equals(nb.key()))).toList();
    if (!withA.isEmpty() && !withB.isEmpty()) {
      assertEquals(1, withA.size());
      assertEquals(withA, withB);
      assertNotEquals(0, withA.get(0).variants().size());
    }
  }
}
