package org.citegraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.google.common.collect.ImmutableList;

import org.citegraph.internal.Text;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.jgrapht.alg.util.UnionFind;

/**
 * The author resolver as it was before its hot paths were rewritten (TreeMaps, JGraphT union-find, names folded on
 * every use): the reference the fast resolver must agree with. Test code only.
 */
final class ReferenceAuthorResolver {

  /**
   * The resolved authors.
   *
   * @param authors the authors, sorted by id
   * @param paperAuthors for each paper (in the order given), the indices into {@code authors} of its authors: the
   *     placed authors in list order, then the unplaced ones, each author once
   * @param placedCounts for each paper, how many leading entries of {@code paperAuthors} have a known position
   * @param merges every variant joined to another, with its rule and evidence
   * @param keptApart every name kept separate although it fits a fuller form
   */
  public record Result(List<Author> authors, int[][] paperAuthors, int[] placedCounts, List<AuthorMerge> merges,
      List<KeptApart> keptApart) {
    /** Copies the lists (the arrays are owned by the result and must not be modified). */
    public Result {
      authors = ImmutableList.copyOf(authors);
      merges = ImmutableList.copyOf(merges);
      keptApart = ImmutableList.copyOf(keptApart);
    }
  }

  private static final class Node {
    final String key;
    final Map<String, PersonName> forms = new TreeMap<>();
    final Set<Integer> papers = new TreeSet<>();
    final Set<String> coauthorBlocks = new TreeSet<>();
    final Set<String> affiliations = new TreeSet<>();
    int mentions;

    Node(String key) {
      this.key = key;
    }

    PersonName form() {
      return forms.values().iterator().next();
    }
  }

  /**
   * Co-authors on papers with more authors than this are not used as evidence: sharing a 3,000-author consortium
   * paper says nothing about two name forms being one person, and collecting those pairs would be quadratic.
   */
  public static final int MAX_AUTHORS_FOR_EVIDENCE = 100;

  private final Decisions decisions;

  /** A resolver applying the given user decisions. */
  ReferenceAuthorResolver(Decisions decisions) {
    this.decisions = decisions;
  }

  /** Resolves the names on {@code papers}, using the same-slot evidence found while de-duplicating them. */
  public Result resolve(List<Paper> papers, List<PaperDeduplicator.SlotVariant> slotVariants) {
    Map<String, Node> nodes = new TreeMap<>();
    for (int p = 0; p < papers.size(); p++) {
      Paper paper = papers.get(p);
      List<PersonName> names = paper.allAuthors();
      // Fold each name and affiliation once per paper, not once per pair.
      boolean evidence = names.size() <= MAX_AUTHORS_FOR_EVIDENCE;
      String[] families = new String[names.size()];
      String[] blocks = new String[names.size()];
      if (evidence) {
        for (int i = 0; i < names.size(); i++) {
          families[i] = names.get(i).familyKey();
          blocks[i] = names.get(i).blockKey();
        }
      }
      List<String> affiliations = paper.affiliations().stream().map(Text::fold).toList();
      for (int i = 0; i < names.size(); i++) {
        PersonName name = names.get(i);
        Node node = nodes.computeIfAbsent(name.key(), Node::new);
        node.forms.putIfAbsent(name.displayName(), name);
        node.papers.add(p);
        node.mentions++;
        node.affiliations.addAll(affiliations);
        if (evidence) {
          for (int j = 0; j < names.size(); j++) {
            if (!families[j].equals(families[i])) {
              node.coauthorBlocks.add(blocks[j]);
            }
          }
        }
      }
    }
    for (PaperDeduplicator.SlotVariant v : slotVariants) {
      nodes.computeIfAbsent(v.variant().key(), Node::new).forms.putIfAbsent(v.variant().displayName(), v.variant());
    }
    List<Node> index = new ArrayList<>(nodes.values());
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < index.size(); i++) {
      position.put(index.get(i).key, i);
    }
    Clusters clusters = new Clusters(index, position);
    List<AuthorMerge> merges = new ArrayList<>();
    List<KeptApart> keptApart = new ArrayList<>();

    // Rule 2: must-link decisions (sorted, so their order in the file does not matter).
    List<Decisions.Link> must = new ArrayList<>(decisions.mustLink());
    must.sort(Comparator.comparing((Decisions.Link l) -> l.a().key()).thenComparing(l -> l.b().key()));
    for (Decisions.Link link : must) {
      Integer a = position.get(link.a().key());
      Integer b = position.get(link.b().key());
      if (a == null || b == null || clusters.same(a, b)) {
        continue;
      }
      if (clusters.tryUnion(a, b, true)) {
        merges.add(new AuthorMerge("", link.a().displayName(), link.b().displayName(), "must-link",
            List.of("decision " + link)));
      } else {
        keptApart.add(new KeptApart(link.a().displayName(), List.of(link.b().displayName()),
            "must-link not applied: it contradicts a cannot-link decision"));
      }
    }

    // Rule 3: same slot of one paper in two records.
    List<PaperDeduplicator.SlotVariant> slots = new ArrayList<>(slotVariants);
    slots.sort(Comparator.comparing((PaperDeduplicator.SlotVariant s) -> s.variant().key())
        .thenComparing(s -> s.kept().key()).thenComparing(s -> s.paper()));
    for (PaperDeduplicator.SlotVariant s : slots) {
      int a = position.get(s.variant().key());
      int b = position.get(s.kept().key());
      if (clusters.same(a, b)) {
        continue;
      }
      if (clusters.tryUnion(a, b, false)) {
        merges.add(new AuthorMerge("", s.variant().displayName(), s.kept().displayName(), "same-slot",
            List.of("same position in two records of " + s.paper())));
      } else {
        keptApart.add(new KeptApart(s.variant().displayName(), List.of(s.kept().displayName()),
            "same position of " + s.paper() + " but a cannot-link decision or a shared paper forbids the merge"));
      }
    }

    // Rule 4: partial forms join a fuller form with evidence, unless ambiguous.
    Map<String, List<Node>> blocks = new TreeMap<>();
    for (Node node : index) {
      if (!node.form().givenTokens().isEmpty()) {
        blocks.computeIfAbsent(node.form().blockKey(), k -> new ArrayList<>()).add(node);
      }
    }
    for (List<Node> block : blocks.values()) {
      for (Node partial : block) {
        PersonName p = partial.form();
        List<Node> fuller = new ArrayList<>();
        for (Node f : block) {
          if (f != partial && f.form().specificity() > p.specificity() && NameMatching.compatible(p, f.form())) {
            fuller.add(f);
          }
        }
        if (fuller.isEmpty()) {
          continue;
        }
        fuller.sort(Comparator.comparingInt((Node f) -> -f.form().specificity()).thenComparing(f -> f.key));
        List<String> candidateNames = fuller.stream().map(f -> f.form().displayName()).toList();
        if (!pairwiseCompatible(fuller)) {
          boolean joined = fuller.stream().anyMatch(f -> clusters.same(position.get(f.key), position.get(partial.key)));
          if (!joined) {
            keptApart.add(new KeptApart(p.displayName(), candidateNames,
                "ambiguous: fits several fuller names that are not compatible with each other"));
          }
          continue;
        }
        boolean anyEvidence = false;
        for (Node f : fuller) {
          int a = position.get(partial.key);
          int b = position.get(f.key);
          Set<String> sharedCoauthors = new TreeSet<>(partial.coauthorBlocks);
          sharedCoauthors.retainAll(f.coauthorBlocks);
          Set<String> sharedAffiliations = new TreeSet<>(partial.affiliations);
          sharedAffiliations.retainAll(f.affiliations);
          if (sharedCoauthors.isEmpty() && sharedAffiliations.isEmpty()) {
            continue;
          }
          anyEvidence = true;
          if (clusters.same(a, b)) {
            continue;
          }
          if (clusters.tryUnion(a, b, false)) {
            merges.add(sharedCoauthors.isEmpty()
                ? new AuthorMerge("", p.displayName(), f.form().displayName(), "shared-affiliation",
                    List.copyOf(sharedAffiliations))
                : new AuthorMerge("", p.displayName(), f.form().displayName(), "shared-coauthors",
                    sharedCoauthors.stream().map(k -> "co-author " + k).toList()));
          } else {
            keptApart.add(new KeptApart(p.displayName(), List.of(f.form().displayName()),
                "evidence found, but a cannot-link decision or a shared paper forbids the merge"));
          }
        }
        if (!anyEvidence && !fuller.stream().anyMatch(f -> clusters.same(position.get(f.key), position.get(partial.key)))) {
          keptApart.add(new KeptApart(p.displayName(), candidateNames,
              "no supporting evidence (no shared co-author, affiliation or paper record)"));
        }
      }
    }
    return build(papers, index, position, clusters, merges, keptApart);
  }

  private static boolean pairwiseCompatible(List<Node> nodes) {
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        if (!NameMatching.compatible(nodes.get(i).form(), nodes.get(j).form())) {
          return false;
        }
      }
    }
    return true;
  }

  private static Result build(List<Paper> papers, List<Node> index, Map<String, Integer> position, Clusters clusters,
      List<AuthorMerge> merges, List<KeptApart> keptApart) {
    Map<Integer, List<Node>> byRoot = new TreeMap<>();
    for (int i = 0; i < index.size(); i++) {
      byRoot.computeIfAbsent(clusters.root(i), k -> new ArrayList<>()).add(index.get(i));
    }
    List<Author> authors = new ArrayList<>();
    Map<Integer, Author> authorOfRoot = new HashMap<>();
    for (Map.Entry<Integer, List<Node>> e : byRoot.entrySet()) {
      List<Node> members = e.getValue();
      if (members.stream().allMatch(n -> n.papers.isEmpty())) {
        continue; // a record variant that joined nobody: it names no paper of the corpus
      }
      List<PersonName> forms = new ArrayList<>();
      Map<PersonName, Integer> mentions = new HashMap<>();
      for (Node n : members) {
        for (PersonName f : n.forms.values()) {
          forms.add(f);
          mentions.merge(f, n.mentions, Math::max);
        }
      }
      forms.sort(Comparator.comparingInt((PersonName f) -> -f.specificity())
          .thenComparingInt(f -> -mentions.get(f)).thenComparingInt(f -> -f.displayName().length())
          .thenComparing(PersonName::displayName));
      PersonName canonical = forms.get(0);
      List<PersonName> variants = new ArrayList<>(new LinkedHashSet<>(forms));
      Author author = new Author(canonical.key().replace(' ', '-'), canonical, variants);
      authors.add(author);
      authorOfRoot.put(e.getKey(), author);
      for (Node n : members) {
        for (PersonName f : n.forms.values()) {
          if (f != canonical && n.key.equals(canonical.key())) {
            merges.add(new AuthorMerge(author.id(), f.displayName(), canonical.displayName(), "same-key",
                List.of("normalised name '" + n.key + "'")));
          }
        }
      }
    }
    authors.sort(Comparator.naturalOrder());
    Map<String, Integer> authorIndex = new HashMap<>();
    for (int i = 0; i < authors.size(); i++) {
      authorIndex.put(authors.get(i).id(), i);
    }
    int[][] paperAuthors = new int[papers.size()][];
    int[] placed = new int[papers.size()];
    for (int p = 0; p < papers.size(); p++) {
      Paper paper = papers.get(p);
      LinkedHashSet<Integer> ids = new LinkedHashSet<>();
      for (PersonName name : paper.authors()) {
        ids.add(authorIndex.get(authorOfRoot.get(clusters.root(position.get(name.key()))).id()));
      }
      placed[p] = ids.size();
      for (PersonName name : paper.unplacedAuthors()) {
        ids.add(authorIndex.get(authorOfRoot.get(clusters.root(position.get(name.key()))).id()));
      }
      paperAuthors[p] = ids.stream().mapToInt(Integer::intValue).toArray();
    }
    // Fill in the author id of each merge line now that ids are known.
    Map<String, String> idOfForm = new HashMap<>();
    for (Author a : authors) {
      a.variants().forEach(v -> idOfForm.put(v.displayName(), a.id()));
    }
    List<AuthorMerge> withIds = new ArrayList<>();
    for (AuthorMerge m : merges) {
      withIds.add(m.author().isEmpty()
          ? new AuthorMerge(idOfForm.getOrDefault(m.variant(), ""), m.variant(), m.into(), m.rule(), m.evidence()) : m);
    }
    withIds.sort(Comparator.comparing(AuthorMerge::author).thenComparing(AuthorMerge::variant)
        .thenComparing(AuthorMerge::into));
    keptApart.sort(Comparator.comparing(KeptApart::name).thenComparing(KeptApart::reason));
    return new Result(authors, paperAuthors, placed, withIds, dedupe(keptApart));
  }

  private static List<KeptApart> dedupe(List<KeptApart> list) {
    return List.copyOf(new LinkedHashSet<>(list));
  }

  /** Union-find over name nodes with the hard constraints checked before every union. */
  private final class Clusters {
    private final UnionFind<Integer> uf;
    private final Map<Integer, Set<Integer>> papersOfRoot = new HashMap<>();
    private final List<Node> index;
    private final Map<String, Integer> position;

    Clusters(List<Node> index, Map<String, Integer> position) {
      this.index = index;
      this.position = position;
      Set<Integer> all = new TreeSet<>();
      for (int i = 0; i < index.size(); i++) {
        all.add(i);
        papersOfRoot.put(i, new TreeSet<>(index.get(i).papers));
      }
      this.uf = new UnionFind<>(all);
    }

    boolean same(int a, int b) {
      return uf.inSameSet(a, b);
    }

    int root(int a) {
      return uf.find(a);
    }

    /** Joins the clusters of a and b unless a constraint forbids it; returns whether they are now joined. */
    boolean tryUnion(int a, int b, boolean mustLink) {
      int ra = uf.find(a);
      int rb = uf.find(b);
      if (ra == rb) {
        return true;
      }
      for (Decisions.Link link : decisions.cannotLink()) {
        Integer x = position.get(link.a().key());
        Integer y = position.get(link.b().key());
        if (x == null || y == null) {
          continue;
        }
        int rx = uf.find(x);
        int ry = uf.find(y);
        if ((rx == ra && ry == rb) || (rx == rb && ry == ra)) {
          return false;
        }
      }
      Set<Integer> pa = papersOfRoot.get(ra);
      Set<Integer> pb = papersOfRoot.get(rb);
      if (!mustLink && pa.stream().anyMatch(pb::contains)) {
        return false;
      }
      uf.union(ra, rb);
      int root = uf.find(ra);
      Set<Integer> joined = new TreeSet<>(pa);
      joined.addAll(pb);
      papersOfRoot.remove(ra);
      papersOfRoot.remove(rb);
      papersOfRoot.put(root, joined);
      return true;
    }
  }
}
