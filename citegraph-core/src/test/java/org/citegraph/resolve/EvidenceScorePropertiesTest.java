package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * The evidence score, recomputed from its definition ({@code docs/resolution.md}) and compared with what the
 * resolver decides and reports.
 *
 * <p>Each corpus has one name block with two forms, "J. Smith" and "John Smith", on different papers, among authors
 * of other blocks. With one full name as one author, each form is one cluster, so the block's only candidate pair is
 * the two forms, and they are one person exactly when their score reaches {@link AuthorResolver#MERGE_THRESHOLD} and
 * they share more than supporting evidence (categories and venues).
 * The score is the sum over evidence kinds of the kind's weight times the cosine of the two clusters' vectors, where
 * a cluster's vector holds, for every value of that kind on its mentions' papers (its own name excluded from the
 * co-authors), the value's IDF ln(1 + N / df) once per mention holding it; a title word in fewer than 2 or in more
 * than max(5% of N, min(20, N / 2)) papers, and a category, affiliation, citation or venue in fewer than 2 papers,
 * weighs nothing. A paper's citation values are itself and the papers of the corpus it cites.
 */
class EvidenceScorePropertiesTest {

  private static final String INITIAL = "J. Smith";
  private static final String FULL = "John Smith";
  private static final List<String> OTHERS = List.of("Anna Berg", "Boris Kowalski", "Chiara Rossi", "Dmitri Ivanov",
      "Elena Petrova", "Farid Haddad", "Grace Okafor", "Hiro Tanaka", "Ines Duarte", "Jonas Lind", "Kofi Mensah",
      "Lena Vogel");
  private static final List<String> WORDS = List.of("graph", "protein", "quantum", "image", "language", "robot",
      "network", "kernel", "optic", "market", "galaxy", "retina", "tensor", "fluid", "lattice", "vortex");
      // no ending the title words cut
  private static final List<String> CATS = List.of("cs.LG", "cs.CV", "quant-ph", "q-bio.BM", "cs.CL", "cs.NE", "q-bio.NC",
      "astro-ph.GA");
  private static final List<String> AFFILIATIONS = List.of("alpha institute", "beta university", "gamma lab",
      "delta college", "epsilon center");
  /** Venues as folded already (the reference does not fold). */
  private static final List<String> VENUES = List.of("neural computation", "nature", "physical review e", "icml");
  private static final String[] KIND_NAMES = {"co-author", "title word", "category", "affiliation", "citation",
      "venue"};
  private static final String[] RULES = {"shared-coauthors", "similar-titles", "shared-categories",
      "shared-affiliation", "citation", "same-venue"};

  @Provide
  Arbitrary<List<Paper>> corpora() {
    Arbitrary<int[]> shape = Arbitraries.integers().between(0, 1 << 30).array(int[].class).ofSize(10);
    return shape.list().ofMinSize(2).ofMaxSize(30).map(EvidenceScorePropertiesTest::corpus);
  }

  /**
   * Paper 0 holds the initial, paper 1 the full name; any other paper may hold either or neither. Half the papers
   * naming a form are bare: no other author, a title word of their own (held by no other paper, so weightless), no
   * affiliation or reference, and one of two venues, so that a pair may share only supporting evidence.
   */
  private static List<Paper> corpus(List<int[]> shapes) {
    List<Paper> out = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      int[] r = shapes.get(i);
      Paper.Builder b = Paper.builder().identifier(PaperId.arxiv(String.format(Locale.ROOT, "2101.%05d", i)))
          .date(PubDate.ofYear(2000 + r[0] % 20)).source(new SourceRef("gen.txt", i + 1))
          .primaryCategory(Category.of(CATS.get(r[1] % CATS.size())));
      List<String> title = new ArrayList<>();
      for (int w = 0; w < WORDS.size(); w++) {
        if ((r[2] >>> w & 1) == 1 && (r[3] >>> w & 1) == 1 && (r[9] >>> w & 1) == 1) { // an eighth of the words
          title.add(WORDS.get(w));
        }
      }
      String smith = i == 0 ? INITIAL : i == 1 ? FULL : switch (r[5] % 10) {
        case 0 -> INITIAL;
        case 1 -> FULL;
        default -> null;
      };
      boolean bare = smith != null && r[8] % 2 == 0;
      b.title(bare ? "solo" + (char) ('a' + i % 26) + (char) ('a' + i / 26)
          : title.isEmpty() ? WORDS.get(r[3] % WORDS.size()) : String.join(" ", title));
      List<String> authors = new ArrayList<>();
      for (int a = 0; a < OTHERS.size() && !bare; a++) {
        if ((r[4] >>> (2 * a) & 7) == 7) { // about an eighth of the others
          authors.add(OTHERS.get(a));
        }
      }
      if (smith != null) {
        authors.add(r[6] % (authors.size() + 1), smith);
      }
      if (authors.isEmpty()) {
        authors.add(OTHERS.get(r[6] % OTHERS.size()));
      }
      authors.forEach(n -> b.author(PersonName.parse(n)));
      if (r[7] % 3 == 0 && !bare) {
        b.affiliation(AFFILIATIONS.get(r[8] % AFFILIATIONS.size()));
      }
      if (bare) {
        b.venue(VENUES.get(r[9] % 2));
      } else if (r[0] % 2 == 0) {
        b.venue(VENUES.get(r[9] % VENUES.size()));
      }
      if (i > 0 && r[7] % 2 == 0 && !bare) {
        b.reference("arxiv:" + String.format(Locale.ROOT, "2101.%05d", r[8] % i));
      }
      out.add(b.build());
    }
    out.sort(java.util.Comparator.comparing(Paper::id));
    return out;
  }

  @Property(tries = 300, seed = "20261204")
  void theTwoFormsAreOnePersonExactlyWhenTheirScoreReachesTheThreshold(
      @ForAll("corpora") List<Paper> papers, @ForAll boolean oneThread) {
    Tuple2<double[], Map<Integer, Set<String>>> reference = reference(papers);
    double[] parts = reference.get1();
    double score = java.util.Arrays.stream(parts).sum();
    if (Math.abs(score - AuthorResolver.MERGE_THRESHOLD) < 1e-5) {
      return; // float rounding decides
    }
    AuthorResolver.Result result = new AuthorResolver(Decisions.NONE, oneThread ? 1 : 2, false).resolve(papers,
        List.of());
    Author initial = authorOf(result, INITIAL);
    Author full = authorOf(result, FULL);
    // Categories and venues support: a pair sharing nothing else is never merged.
    boolean primary = parts[AuthorResolver.COAUTHOR] > 0 || parts[AuthorResolver.WORD] > 0
        || parts[AuthorResolver.AFFILIATION] > 0 || parts[AuthorResolver.CITATION] > 0;
    boolean expected = score >= AuthorResolver.MERGE_THRESHOLD && primary;
    Statistics.label("supporting evidence only, above the threshold").collect(
        score >= AuthorResolver.MERGE_THRESHOLD && !primary);
    // Both outcomes must be common, and forms held by several mentions (whose weights add) too.
    Statistics.label("one person").collect(expected);
    Statistics.label("score").collect(Math.min(10, (int) (score * 10)));
    Statistics.label("several mentions of a form").collect(mentions(papers, INITIAL) > 1 || mentions(papers, FULL) > 1);
    Statistics.label("one person").coverage(c -> {
      c.check(true).percentage(p -> p >= 15);
      c.check(false).percentage(p -> p >= 8);
    });
    Statistics.label("several mentions of a form").coverage(c -> c.check(true).percentage(p -> p >= 30));
    Statistics.label("supporting evidence only, above the threshold").coverage(c -> c.check(true).count(n -> n >= 1));
    assertEquals(expected, initial.equals(full), () -> "score " + score + ", parts " + java.util.Arrays.toString(
        parts) + ": " + result.merges());
    if (!expected) {
      return;
    }
    Optional<AuthorMerge> line = result.merges().stream()
        .filter(m -> m.variant().equals(INITIAL) && m.into().equals(FULL)).findFirst();
    assertTrue(line.isPresent(), () -> "no report line joins the forms: " + result.merges());
    List<String> evidence = line.get().evidence();
    String last = evidence.get(evidence.size() - 1);
    assertTrue(last.startsWith("score "), last);
    double reported = Double.parseDouble(last.substring("score ".length()));
    assertEquals(score, reported, 0.005 + 1e-9, () -> "reported " + last + ", recomputed " + score);
    // The rule is named by the kind contributing most; the shared values of each contributing kind are listed.
    int best = 0;
    for (int kind = 1; kind < parts.length; kind++) {
      best = parts[kind] > parts[best] ? kind : best;
    }
    List<String> expectedLines = new ArrayList<>();
    boolean tie = false;
    for (int kind = 0; kind < parts.length; kind++) {
      tie |= kind != best && Math.abs(parts[kind] - parts[best]) < 1e-6;
      if (parts[kind] > 0) {
        reference.get2().get(kind).stream().limit(3).forEach(v -> expectedLines.add(KIND_NAMES[kindIndex(v)] + " "
            + valueOf(v)));
      }
    }
    if (!tie) {
      assertEquals(RULES[best], line.get().rule());
    }
    assertEquals(expectedLines, evidence.subList(0, evidence.size() - 1));
  }

  private static long mentions(List<Paper> papers, String form) {
    return papers.stream().filter(p -> p.authors().stream().anyMatch(a -> a.displayName().equals(form))).count();
  }

  private static Author authorOf(AuthorResolver.Result result, String form) {
    return result.authors().stream()
        .filter(a -> a.variants().stream().anyMatch(v -> v.displayName().equals(form))).findFirst().orElseThrow();
  }

  // Shared values are tagged with their kind so that one sorted set per kind keeps the report's order.
  private static String tagged(int kind, String value) {
    return kind + "\u0000" + value;
  }

  private static int kindIndex(String tagged) {
    return tagged.charAt(0) - '0';
  }

  private static String valueOf(String tagged) {
    return tagged.substring(2);
  }

  /**
   * The score's part of each kind (weight times cosine), and the shared values of each kind (with a positive IDF),
   * sorted.
   */
  private static Tuple2<double[], Map<Integer, Set<String>>> reference(List<Paper> papers) {
    int n = papers.size();
    List<List<Set<String>>> values = new ArrayList<>();
    Map<String, Integer> paperOfId = new HashMap<>();
    for (int p = 0; p < n; p++) {
      for (PaperId id : papers.get(p).identifiers()) {
        paperOfId.putIfAbsent(id.toString(), p);
      }
    }
    for (Paper paper : papers) {
      Set<String> coauthors = new TreeSet<>();
      paper.authors().forEach(a -> coauthors.add(a.key()));
      Set<String> words = new TreeSet<>(List.of(paper.title().split(" ")));
      Set<String> categories = new TreeSet<>();
      paper.categories().forEach(c -> categories.add(c.code()));
      Set<String> affiliations = new TreeSet<>(paper.affiliations());
      Set<String> citations = new TreeSet<>();
      citations.add(paper.id().toString());
      for (String r : paper.references()) {
        Integer q = paperOfId.get(r);
        if (q != null) {
          citations.add(papers.get(q).id().toString());
        }
      }
      Set<String> venues = new TreeSet<>();
      paper.venue().ifPresent(venues::add);
      values.add(List.of(coauthors, words, categories, affiliations, citations, venues));
    }
    List<Map<String, Integer>> df = new ArrayList<>();
    for (int kind = 0; kind < AuthorResolver.KINDS; kind++) {
      Map<String, Integer> counts = new HashMap<>();
      for (List<Set<String>> row : values) {
        row.get(kind).forEach(v -> counts.merge(v, 1, Integer::sum));
      }
      df.add(counts);
    }
    int maxWordDf = (int) Math.max(0.05 * n, Math.min(20, n / 2));
    List<Map<String, Float>> idf = new ArrayList<>();
    for (int kind = 0; kind < AuthorResolver.KINDS; kind++) {
      Map<String, Float> of = new HashMap<>();
      for (Map.Entry<String, Integer> e : df.get(kind).entrySet()) {
        int d = e.getValue();
        boolean zero = kind != AuthorResolver.COAUTHOR && (d < 2 || kind == AuthorResolver.WORD && d > maxWordDf);
        of.put(e.getKey(), zero ? 0f : (float) Math.log1p((double) n / d));
      }
      idf.add(of);
    }
    List<Map<String, Float>> a = vector(papers, values, idf, INITIAL);
    List<Map<String, Float>> b = vector(papers, values, idf, FULL);
    double[] parts = new double[AuthorResolver.KINDS];
    Map<Integer, Set<String>> shared = new TreeMap<>();
    for (int kind = 0; kind < AuthorResolver.KINDS; kind++) {
      double dot = 0;
      Set<String> both = new TreeSet<>();
      for (Map.Entry<String, Float> e : a.get(kind).entrySet()) {
        Float other = b.get(kind).get(e.getKey());
        if (other != null) {
          dot += (double) e.getValue() * other;
          both.add(tagged(kind, e.getKey()));
        }
      }
      shared.put(kind, both);
      if (dot > 0) {
        parts[kind] = AuthorResolver.WEIGHTS[kind] * dot / (norm(a.get(kind)) * norm(b.get(kind)));
      }
    }
    return Tuple.of(parts, shared);
  }

  /** One form's cluster vector of each kind: every value with a positive IDF, weighted by IDF per mention. */
  private static List<Map<String, Float>> vector(List<Paper> papers, List<List<Set<String>>> values,
      List<Map<String, Float>> idf, String form) {
    String own = PersonName.parse(form).key();
    List<Map<String, Integer>> counts = new ArrayList<>();
    for (int kind = 0; kind < AuthorResolver.KINDS; kind++) {
      counts.add(new TreeMap<>());
    }
    for (int p = 0; p < papers.size(); p++) {
      if (papers.get(p).authors().stream().noneMatch(x -> x.displayName().equals(form))) {
        continue;
      }
      for (int kind = 0; kind < AuthorResolver.KINDS; kind++) {
        for (String v : values.get(p).get(kind)) {
          if (idf.get(kind).get(v) > 0 && !(kind == AuthorResolver.COAUTHOR && v.equals(own))) {
            counts.get(kind).merge(v, 1, Integer::sum);
          }
        }
      }
    }
    List<Map<String, Float>> out = new ArrayList<>();
    for (int kind = 0; kind < AuthorResolver.KINDS; kind++) {
      Map<String, Float> weights = new TreeMap<>();
      for (Map.Entry<String, Integer> e : counts.get(kind).entrySet()) {
        float w = 0;
        for (int r = 0; r < e.getValue(); r++) {
          w += idf.get(kind).get(e.getKey()); // summed in float, once per mention, as the resolver adds them
        }
        weights.put(e.getKey(), w);
      }
      out.add(weights);
    }
    return out;
  }

  private static double norm(Map<String, Float> vector) {
    double sq = 0;
    for (float w : vector.values()) {
      sq += (double) w * w;
    }
    return Math.sqrt(sq);
  }
}
