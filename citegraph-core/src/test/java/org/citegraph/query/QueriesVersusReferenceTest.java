package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PubDate;
import org.citegraph.query.CentralAuthors.Measure;
import org.citegraph.query.CollaboratorSuggestions.Index;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The primitive query paths answer exactly as straightforward references: the collaborator ranking as a boxed
 * map-based ranking over the same papers, the suggestions as JGraphT's link predictors on the JGraphT view, and the
 * centrality rankings (over the whole corpus and over a category) as JGraphT's algorithms on a reference graph
 * built pair by pair.
 */
class QueriesVersusReferenceTest {

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Provide
  Arbitrary<Set<String>> categories() {
    return Arbitraries.of("cs.LG", "cs.NE", "q-bio.NC", "cs.CV", "cs.CL").set().ofMaxSize(3);
  }

  @Property(seed = "42", tries = 150)
  void collaboratorRankingsEqualAMapBasedReference(@ForAll("corpora") List<Paper> records, @ForAll Counting counting,
      @ForAll boolean recency, @ForAll @IntRange(min = 1990, max = 2030) int fromYear,
      @ForAll @IntRange(min = 0, max = 40) int windowYears, @ForAll @IntRange(min = 0, max = 3) int window,
      @ForAll("categories") Set<String> categories, @ForAll @IntRange(min = 1, max = 3) int minShared,
      @ForAll @IntRange(min = 1, max = 30) int top) {
    Corpus corpus = Fixtures.corpus(records);
    Collaborators query = Collaborators.of(corpus).counting(counting).minSharedPapers(minShared).top(top);
    PubDate asOf = PubDate.ofYear(2026);
    if (recency) {
      query = query.recency(4.0, asOf);
    }
    // window: 0 none, 1 between(from, to), 2 since(from), 3 until(to)
    PubDate from = window == 1 || window == 2 ? PubDate.ofYear(fromYear) : null;
    PubDate to = window == 1 || window == 3 ? PubDate.ofYear(fromYear + windowYears) : null;
    query = switch (window) {
      case 1 -> query.between(from, to);
      case 2 -> query.since(from);
      case 3 -> query.until(to);
      default -> query;
    };
    if (!categories.isEmpty()) {
      query = query.inCategories(categories.toArray(String[]::new));
    }
    for (Author a : corpus.authors()) {
      List<Collaborator> expected = referenceRanking(corpus, a, counting, recency ? 4.0 : Double.POSITIVE_INFINITY,
          asOf, from, to, categories, minShared, top);
      assertEquals(expected, query.rank(a).rows(), a.toString());
    }
  }

  /** The ranking as it was computed before the primitive rewrite: boxed maps, a comparator reading them. */
  private static List<Collaborator> referenceRanking(Corpus corpus, Author author, Counting counting,
      double halfLife, PubDate asOf, PubDate from, PubDate to, Set<String> categories, int minShared, int top) {
    Map<Author, List<Paper>> shared = new HashMap<>();
    Map<Author, Double> score = new HashMap<>();
    for (Paper p : corpus.papersOf(author).stream().sorted(Comparator.comparingInt(corpus::indexOf)).toList()) {
      List<Author> authors = corpus.authorsOf(p);
      int n = authors.size();
      if (n < 2 || n > corpus.hyperAuthorshipThreshold()) {
        continue;
      }
      if ((from != null || to != null) && (p.date().isEmpty() || (from != null && p.date().get().compareTo(from) < 0)
          || (to != null && p.date().get().compareTo(to) > 0))) {
        continue;
      }
      if (!categories.isEmpty() && p.categories().stream().noneMatch(c -> categories.contains(c.code()))) {
        continue;
      }
      double r = Double.isInfinite(halfLife) || p.date().isEmpty() ? 1.0
          : Math.pow(2.0, -(asOf.fractionalYear() - p.date().get().fractionalYear()) / halfLife);
      double w = counting.contribution(n) * r;
      for (Author b : authors) {
        if (!b.equals(author)) {
          shared.computeIfAbsent(b, k -> new ArrayList<>()).add(p);
          score.merge(b, w, Double::sum);
        }
      }
    }
    List<Author> order = new ArrayList<>(shared.keySet());
    order.removeIf(b -> shared.get(b).size() < minShared);
    order.sort(Comparator.comparingDouble((Author b) -> -score.get(b)).thenComparingInt(b -> -shared.get(b).size())
        .thenComparing(Author::id));
    List<Collaborator> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(top, order.size()); i++) {
      Author b = order.get(i);
      List<Paper> papers = new ArrayList<>(shared.get(b));
      papers.sort(Corpus.BY_DATE);
      Optional<PubDate> first = papers.stream().flatMap(p -> p.date().stream()).min(Comparator.naturalOrder());
      Optional<PubDate> last = papers.stream().flatMap(p -> p.date().stream()).max(Comparator.naturalOrder());
      Map<String, Integer> counts = new TreeMap<>();
      papers.forEach(p -> counts.merge(p.primaryCategory().map(Category::code).orElse("unknown"), 1, Integer::sum));
      List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
      entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      Map<String, Double> shares = new LinkedHashMap<>();
      entries.forEach(e -> shares.put(e.getKey(), e.getValue() / (double) papers.size()));
      rows.add(new Collaborator(i + 1, b, papers.size(), score.get(b), first, last, papers, shares));
    }
    return rows;
  }

  @Property(seed = "42", tries = 150)
  void suggestionScoresEqualJGraphTsPredictorsExactly(@ForAll("corpora") List<Paper> records) {
    Corpus corpus = Fixtures.corpus(records);
    CoauthorGraph g = corpus.coauthorGraph();
    for (Index index : Index.values()) {
      var predictor = index.on(g.asGraph(Counting.FULL));
      for (Author x : corpus.authors()) {
        for (Suggestion s : CollaboratorSuggestions.of(corpus).index(index).suggest(x).rows()) {
          assertEquals(predictor.predict(x, s.candidate()), s.score(), x + " " + s.candidate());
          for (CommonNeighbor c : s.via()) {
            assertEquals(g.papersBehind(x, c.author()).size(), c.papersWithAuthor());
            assertEquals(g.papersBehind(s.candidate(), c.author()).size(), c.papersWithCandidate());
          }
        }
      }
    }
  }

  @Property(seed = "42", tries = 80)
  void centralityRankingsEqualJGraphTOnAReferenceGraph(@ForAll("corpora") List<Paper> records,
      @ForAll Measure measure, @ForAll Counting counting, @ForAll boolean inCategory) {
    Corpus corpus = Fixtures.corpus(records);
    String code = "cs.LG";
    List<Paper> papers = inCategory ? corpus.papersIn(Category.of(code)) : corpus.papers();
    Graph<Author, DefaultWeightedEdge> ref = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Map<Author, Integer> paperCounts = new HashMap<>();
    TreeSet<Author> authors = new TreeSet<>(Comparator.comparing(Author::id));
    for (Paper p : papers.stream().sorted(Comparator.comparingInt(corpus::indexOf)).toList()) {
      List<Author> list = corpus.authorsOf(p);
      authors.addAll(list);
      list.forEach(a -> paperCounts.merge(a, 1, Integer::sum));
    }
    if (!inCategory) {
      authors.addAll(corpus.authors());
    }
    authors.forEach(ref::addVertex);
    for (Paper p : papers.stream().sorted(Comparator.comparingInt(corpus::indexOf)).toList()) {
      List<Author> list = corpus.authorsOf(p);
      int n = list.size();
      if (n > corpus.hyperAuthorshipThreshold()) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          DefaultWeightedEdge e = ref.getEdge(list.get(i), list.get(j));
          if (e == null) {
            ref.setEdgeWeight(ref.addEdge(list.get(i), list.get(j)), counting.contribution(n));
          } else {
            ref.setEdgeWeight(e, ref.getEdgeWeight(e) + counting.contribution(n));
          }
        }
      }
    }
    Map<Author, Double> expected = new HashMap<>();
    switch (measure) {
      case DEGREE -> authors.forEach(a -> expected.put(a, ref.edgesOf(a).stream().mapToDouble(ref::getEdgeWeight)
          .sum()));
      case COAUTHORS -> authors.forEach(a -> expected.put(a, (double) ref.degreeOf(a)));
      // JGraphT run to convergence (its default tolerance, 1e-4 on the largest change, stops it early).
      case PAGERANK -> expected.putAll(new PageRank<>(ref, CentralAuthors.PAGERANK_DAMPING, 100_000, 1e-15)
          .getScores());
      case BETWEENNESS -> {
        Graph<Author, DefaultWeightedEdge> lengths = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        authors.forEach(lengths::addVertex);
        ref.edgeSet().forEach(e -> lengths.setEdgeWeight(
            lengths.addEdge(ref.getEdgeSource(e), ref.getEdgeTarget(e)), 1.0 / ref.getEdgeWeight(e)));
        expected.putAll(new BetweennessCentrality<>(lengths, false).getScores());
      }
      default -> throw new AssertionError(measure);
    }
    CentralAuthors query = CentralAuthors.of(corpus).measure(measure).counting(counting);
    AuthorRanking r = inCategory ? query.inCategory(code).rank() : query.rank();
    assertEquals(authors.size(), r.size());
    for (RankedAuthor row : r.rows()) {
      assertEquals(expected.get(row.author()), row.score(), 1e-9, row.toString());
      assertEquals(ref.degreeOf(row.author()), row.coauthors());
      assertEquals(inCategory ? paperCounts.getOrDefault(row.author(), 0) : corpus.paperCount(row.author()),
          row.papers());
    }
    for (int i = 1; i < r.size(); i++) {
      RankedAuthor prev = r.rows().get(i - 1);
      RankedAuthor row = r.rows().get(i);
      assertTrue(prev.score() > row.score()
          || (prev.score() == row.score() && prev.author().id().compareTo(row.author().id()) < 0));
    }
  }
}
