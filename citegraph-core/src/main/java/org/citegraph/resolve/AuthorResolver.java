package org.citegraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.google.common.collect.ImmutableList;

import org.citegraph.internal.Text;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;

/**
 * Resolves the names on a set of (already de-duplicated) papers into authors, following S2AND-style hard rules (see
 * {@code docs/resolution.md}):
 * <ol>
 *   <li><b>same-key</b>: names with the same normalised key ({@link PersonName#key()}) are one author, as in DBLP.
 *   <li><b>must-link</b>: user decisions join names regardless of evidence.
 *   <li><b>same-slot</b>: two compatible forms at the same position of one paper's author list in two of its records
 *       are one author.
 *   <li><b>shared-coauthors</b> / <b>shared-affiliation</b>: a less specific form ("Alex Williams", "A. Williams")
 *       joins a compatible fuller form ("Alex H. Williams") only when they share a co-author (by first initial and
 *       family name) or an affiliation, and only when every fuller form it fits is compatible with every other; a
 *       form that fits several incompatible fuller forms ("L. Zhang" with "Lei Zhang" and "Li Zhang") stays
 *       separate.
 * </ol>
 * Hard constraints: a merge never puts two names of a cannot-link decision in one author, and never joins two
 * authors who both appear on one paper (two people on one author list are two people); must-link decisions
 * override the second constraint but not the first. Names with no given name are never joined by evidence, and
 * papers with more than {@value #MAX_AUTHORS_FOR_EVIDENCE} authors give no co-author evidence.
 *
 * <p>Running time: O(m) over m name mentions plus, within each block of g names sharing a first initial and family
 * name, O(g log g) to order the block by specificity and one compatibility test per pair of a form and a strictly
 * more specific one (at most g²/2). The result does not depend on the order of papers or of decisions.
 */
public final class AuthorResolver {

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

  /** All written forms sharing one folded key. */
  private static final class Node {
    final String key;
    /** Distinct forms by display name (the first seen of each); sorted by display name once collected. */
    final List<PersonName> forms = new ArrayList<>(1);
    /** Papers naming this key, ascending (papers are visited in order). */
    final IntList papers = new IntList();
    /** Ids of co-authors' block keys, then (after {@link #seal}) sorted and distinct. */
    IntList coauthorBlocks = new IntList();
    /** Ids of folded affiliations, then (after {@link #seal}) sorted and distinct. */
    IntList affiliations = new IntList();
    int mentions;
    int index;
    /** Keys of {@link #form()}, set by {@link #seal}. */
    NameKeys formKeys;

    Node(String key) {
      this.key = key;
    }

    void addForm(PersonName name) {
      String display = name.displayName();
      for (PersonName f : forms) {
        if (f.displayName().equals(display)) {
          return;
        }
      }
      forms.add(name);
    }

    /** The form with the smallest display name. */
    PersonName form() {
      return forms.get(0);
    }

    void seal(Map<PersonName, NameKeys> keys) {
      if (forms.size() > 1) {
        forms.sort(Comparator.comparing(PersonName::displayName));
      }
      formKeys = keys.computeIfAbsent(form(), NameKeys::of);
      coauthorBlocks.sortDistinct();
      affiliations.sortDistinct();
    }
  }

  /** What one distinct written name resolves to: its node and the ids of its block key and family key. */
  private record Seen(Node node, int block, int family) {}

  /** A growable int array. */
  private static final class IntList {
    int[] a = new int[2];
    int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    int last() {
      return a[size - 1];
    }

    void sortDistinct() {
      Arrays.sort(a, 0, size);
      int w = 0;
      for (int i = 0; i < size; i++) {
        if (w == 0 || a[i] != a[w - 1]) {
          a[w++] = a[i];
        }
      }
      size = w;
      a = Arrays.copyOf(a, size);
    }

    int[] toArray() {
      return Arrays.copyOf(a, size);
    }
  }

  /** The values in both sorted distinct arrays, ascending. */
  private static int[] intersection(int[] x, int nx, int[] y, int ny) {
    int[] out = new int[Math.min(nx, ny)];
    int n = 0;
    for (int i = 0, j = 0; i < nx && j < ny; ) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        out[n++] = x[i];
        i++;
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Whether two sorted int arrays share an element: a merge walk that stops at the first one. */
  private static boolean intersects(int[] x, int[] y) {
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        return true;
      }
    }
    return false;
  }

  /** Interns strings to dense int ids. */
  private static final class Ids {
    final Map<String, Integer> ids = new HashMap<>();
    final List<String> names = new ArrayList<>();

    int id(String s) {
      Integer id = ids.get(s);
      if (id == null) {
        id = names.size();
        ids.put(s, id);
        names.add(s);
      }
      return id;
    }
  }

  /**
   * Co-authors on papers with more authors than this are not used as evidence: sharing a 3,000-author consortium
   * paper says nothing about two name forms being one person, and collecting those pairs would be quadratic.
   */
  public static final int MAX_AUTHORS_FOR_EVIDENCE = 100;

  private final Decisions decisions;

  /** A resolver applying the given user decisions. */
  public AuthorResolver(Decisions decisions) {
    this.decisions = decisions;
  }

  /** Resolves the names on {@code papers}, using the same-slot evidence found while de-duplicating them. */
  public Result resolve(List<Paper> papers, List<PaperDeduplicator.SlotVariant> slotVariants) {
    // Each distinct written name is folded once; each mention then only looks its keys up.
    Map<PersonName, NameKeys> keys = new HashMap<>();
    Map<String, Node> nodes = new HashMap<>();
    // Each distinct written name is looked up once per mention, in one map: its keys, node, block and family ids.
    Map<PersonName, Seen> seen = new HashMap<>();
    Ids blockIds = new Ids();
    Ids familyIds = new Ids();
    Ids affiliationIds = new Ids();
    Node[][] mentionNodes = new Node[papers.size()][];
    for (int p = 0; p < papers.size(); p++) {
      Paper paper = papers.get(p);
      List<PersonName> names = paper.allAuthors();
      int count = names.size();
      boolean evidence = count <= MAX_AUTHORS_FOR_EVIDENCE;
      Seen[] mentions = new Seen[count];
      for (int i = 0; i < count; i++) {
        PersonName name = names.get(i);
        Seen s = seen.get(name);
        if (s == null) {
          NameKeys k = keys.computeIfAbsent(name, NameKeys::of);
          Node node = nodes.computeIfAbsent(k.key, Node::new);
          node.addForm(name);
          s = new Seen(node, blockIds.id(k.blockKey), familyIds.id(k.familyKey));
          seen.put(name, s);
        }
        mentions[i] = s;
      }
      int[] affiliations = new int[paper.affiliations().size()];
      for (int i = 0; i < affiliations.length; i++) {
        affiliations[i] = affiliationIds.id(Text.fold(paper.affiliations().get(i)));
      }
      Node[] mentioned = new Node[count];
      for (int i = 0; i < count; i++) {
        Node node = mentions[i].node;
        mentioned[i] = node;
        if (node.papers.size == 0 || node.papers.last() != p) {
          node.papers.add(p);
        }
        node.mentions++;
        for (int a : affiliations) {
          node.affiliations.add(a);
        }
        if (evidence) {
          int family = mentions[i].family;
          for (int j = 0; j < count; j++) {
            if (mentions[j].family != family) {
              node.coauthorBlocks.add(mentions[j].block);
            }
          }
        }
      }
      mentionNodes[p] = mentioned;
    }
    int slotCount = slotVariants.size();
    String[] variantKeys = new String[slotCount];
    String[] keptKeys = new String[slotCount];
    for (int s = 0; s < slotCount; s++) {
      PaperDeduplicator.SlotVariant v = slotVariants.get(s);
      variantKeys[s] = keys.computeIfAbsent(v.variant(), NameKeys::of).key;
      keptKeys[s] = keys.computeIfAbsent(v.kept(), NameKeys::of).key;
      nodes.computeIfAbsent(variantKeys[s], Node::new).addForm(v.variant());
    }
    List<Node> index = new ArrayList<>(nodes.values());
    index.sort(Comparator.comparing((Node n) -> n.key));
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < index.size(); i++) {
      Node node = index.get(i);
      node.index = i;
      node.seal(keys);
      position.put(node.key, i);
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
    Integer[] slotOrder = new Integer[slotCount];
    for (int s = 0; s < slotCount; s++) {
      slotOrder[s] = s;
    }
    Arrays.sort(slotOrder, Comparator.comparing((Integer s) -> variantKeys[s]).thenComparing(s -> keptKeys[s])
        .thenComparing(s -> slotVariants.get(s).paper()));
    for (int si : slotOrder) {
      PaperDeduplicator.SlotVariant s = slotVariants.get(si);
      int a = position.get(variantKeys[si]);
      int b = position.get(keptKeys[si]);
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
    Map<String, List<Node>> blockMap = new HashMap<>();
    for (Node node : index) {
      if (!node.formKeys.givenTokens.isEmpty()) {
        blockMap.computeIfAbsent(node.formKeys.blockKey, k -> new ArrayList<>()).add(node);
      }
    }
    List<String> blockOrder = new ArrayList<>(blockMap.keySet());
    Collections.sort(blockOrder);
    for (String blockKey : blockOrder) {
      List<Node> block = blockMap.get(blockKey);
      if (block.size() < 2) {
        continue; // a lone form fits no fuller form
      }
      // Candidates by decreasing specificity: each partial form scans only the strictly more specific ones.
      List<Node> bySpecificity = new ArrayList<>(block);
      bySpecificity.sort(Comparator.comparingInt((Node f) -> -f.formKeys.specificity));
      for (Node partial : block) {
        NameKeys pk = partial.formKeys;
        PersonName p = pk.name;
        List<Node> fuller = new ArrayList<>();
        for (Node f : bySpecificity) {
          if (f.formKeys.specificity <= pk.specificity) {
            break;
          }
          if (NameMatching.compatible(pk, f.formKeys)) {
            fuller.add(f);
          }
        }
        if (fuller.isEmpty()) {
          continue;
        }
        fuller.sort(Comparator.comparingInt((Node f) -> -f.formKeys.specificity).thenComparing(f -> f.key));
        List<String> candidateNames = fuller.stream().map(f -> f.form().displayName()).toList();
        if (!pairwiseCompatible(fuller)) {
          boolean joined = fuller.stream().anyMatch(f -> clusters.same(f.index, partial.index));
          if (!joined) {
            keptApart.add(new KeptApart(p.displayName(), candidateNames,
                "ambiguous: fits several fuller names that are not compatible with each other"));
          }
          continue;
        }
        boolean anyEvidence = false;
        for (Node f : fuller) {
          int a = partial.index;
          int b = f.index;
          int[] sharedCoauthors = intersection(partial.coauthorBlocks.a, partial.coauthorBlocks.size,
              f.coauthorBlocks.a, f.coauthorBlocks.size);
          int[] sharedAffiliations = intersection(partial.affiliations.a, partial.affiliations.size,
              f.affiliations.a, f.affiliations.size);
          if (sharedCoauthors.length == 0 && sharedAffiliations.length == 0) {
            continue;
          }
          anyEvidence = true;
          if (clusters.same(a, b)) {
            continue;
          }
          if (clusters.tryUnion(a, b, false)) {
            merges.add(sharedCoauthors.length == 0
                ? new AuthorMerge("", p.displayName(), f.form().displayName(), "shared-affiliation",
                    sortedNames(sharedAffiliations, affiliationIds, ""))
                : new AuthorMerge("", p.displayName(), f.form().displayName(), "shared-coauthors",
                    sortedNames(sharedCoauthors, blockIds, "co-author ")));
          } else {
            keptApart.add(new KeptApart(p.displayName(), List.of(f.form().displayName()),
                "evidence found, but a cannot-link decision or a shared paper forbids the merge"));
          }
        }
        if (!anyEvidence && !fuller.stream().anyMatch(f -> clusters.same(f.index, partial.index))) {
          keptApart.add(new KeptApart(p.displayName(), candidateNames,
              "no supporting evidence (no shared co-author, affiliation or paper record)"));
        }
      }
    }
    return build(papers, mentionNodes, index, keys, clusters, merges, keptApart);
  }

  /** The interned strings of {@code ids}, sorted, each with {@code prefix}. */
  private static List<String> sortedNames(int[] ids, Ids names, String prefix) {
    List<String> out = new ArrayList<>(ids.length);
    for (int id : ids) {
      out.add(names.names.get(id));
    }
    Collections.sort(out);
    out.replaceAll(s -> prefix + s);
    return out;
  }

  private static boolean pairwiseCompatible(List<Node> nodes) {
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        if (!NameMatching.compatible(nodes.get(i).formKeys, nodes.get(j).formKeys)) {
          return false;
        }
      }
    }
    return true;
  }

  private static Result build(List<Paper> papers, Node[][] mentionNodes, List<Node> index,
      Map<PersonName, NameKeys> keys, Clusters clusters, List<AuthorMerge> merges, List<KeptApart> keptApart) {
    // Clusters in the order of their first node (nodes are sorted by key), so the order does not depend on which
    // node union-find made the root.
    int n = index.size();
    int[] groupOfRoot = new int[n];
    Arrays.fill(groupOfRoot, -1);
    List<List<Node>> groups = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = clusters.root(i);
      if (groupOfRoot[root] < 0) {
        groupOfRoot[root] = groups.size();
        groups.add(new ArrayList<>());
      }
      groups.get(groupOfRoot[root]).add(index.get(i));
    }
    List<Author> authors = new ArrayList<>();
    Author[] authorOfGroup = new Author[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      List<Node> members = groups.get(g);
      if (members.stream().allMatch(m -> m.papers.size == 0)) {
        continue; // a record variant that joined nobody: it names no paper of the corpus
      }
      List<PersonName> forms = new ArrayList<>();
      Map<PersonName, Integer> mentions = new HashMap<>();
      for (Node m : members) {
        for (PersonName f : m.forms) {
          forms.add(f);
          mentions.merge(f, m.mentions, Math::max);
        }
      }
      if (forms.size() > 1) {
        forms.sort(Comparator.comparingInt((PersonName f) -> -keys.computeIfAbsent(f, NameKeys::of).specificity)
            .thenComparingInt(f -> -mentions.get(f)).thenComparingInt(f -> -f.displayName().length())
            .thenComparing(PersonName::displayName));
      }
      PersonName canonical = forms.get(0);
      String canonicalKey = keys.computeIfAbsent(canonical, NameKeys::of).key;
      List<PersonName> variants = new ArrayList<>(new LinkedHashSet<>(forms));
      Author author = new Author(canonicalKey.replace(' ', '-'), canonical, variants);
      authors.add(author);
      authorOfGroup[g] = author;
      for (Node m : members) {
        for (PersonName f : m.forms) {
          if (f != canonical && m.key.equals(canonicalKey)) {
            merges.add(new AuthorMerge(author.id(), f.displayName(), canonical.displayName(), "same-key",
                List.of("normalised name '" + m.key + "'")));
          }
        }
      }
    }
    authors.sort(Comparator.naturalOrder());
    Map<Author, Integer> authorIndex = new IdentityHashMap<>();
    for (int i = 0; i < authors.size(); i++) {
      authorIndex.put(authors.get(i), i);
    }
    int[] authorOfNode = new int[n];
    for (int i = 0; i < n; i++) {
      Author a = authorOfGroup[groupOfRoot[clusters.root(i)]];
      authorOfNode[i] = a == null ? -1 : authorIndex.get(a);
    }
    int[][] paperAuthors = new int[papers.size()][];
    int[] placed = new int[papers.size()];
    int[] seenOn = new int[authors.size()]; // 1 + the last paper an author was listed on
    for (int p = 0; p < papers.size(); p++) {
      Node[] mentioned = mentionNodes[p];
      int placedNames = papers.get(p).authors().size();
      int[] ids = new int[mentioned.length];
      int count = 0;
      for (int i = 0; i < mentioned.length; i++) {
        if (i == placedNames) {
          placed[p] = count;
        }
        int a = authorOfNode[mentioned[i].index];
        if (seenOn[a] != p + 1) {
          seenOn[a] = p + 1;
          ids[count++] = a;
        }
      }
      if (mentioned.length == placedNames) {
        placed[p] = count;
      }
      paperAuthors[p] = count == ids.length ? ids : Arrays.copyOf(ids, count);
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

  /**
   * Union-find over name nodes (union by size, path halving; Tarjan 1975, near-constant amortised time) with the
   * hard constraints checked before every union. Each root keeps its nodes' papers as a sorted int array.
   */
  private final class Clusters {
    private final int[] parent;
    private final int[] size;
    private final int[][] papersOfRoot;
    /** Cannot-link decisions as node pairs, those whose names both occur. */
    private final int[][] cannot;

    Clusters(List<Node> index, Map<String, Integer> position) {
      int n = index.size();
      parent = new int[n];
      size = new int[n];
      papersOfRoot = new int[n][];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
        papersOfRoot[i] = index.get(i).papers.toArray();
      }
      List<int[]> pairs = new ArrayList<>();
      for (Decisions.Link link : decisions.cannotLink()) {
        Integer x = position.get(link.a().key());
        Integer y = position.get(link.b().key());
        if (x != null && y != null) {
          pairs.add(new int[] {x, y});
        }
      }
      cannot = pairs.toArray(new int[0][]);
    }

    boolean same(int a, int b) {
      return root(a) == root(b);
    }

    int root(int a) {
      while (parent[a] != a) {
        parent[a] = parent[parent[a]];
        a = parent[a];
      }
      return a;
    }

    /** Joins the clusters of a and b unless a constraint forbids it; returns whether they are now joined. */
    boolean tryUnion(int a, int b, boolean mustLink) {
      int ra = root(a);
      int rb = root(b);
      if (ra == rb) {
        return true;
      }
      for (int[] link : cannot) {
        int rx = root(link[0]);
        int ry = root(link[1]);
        if ((rx == ra && ry == rb) || (rx == rb && ry == ra)) {
          return false;
        }
      }
      int[] pa = papersOfRoot[ra];
      int[] pb = papersOfRoot[rb];
      if (!mustLink && intersects(pa, pb)) {
        return false;
      }
      int root = size[ra] >= size[rb] ? ra : rb;
      int child = root == ra ? rb : ra;
      parent[child] = root;
      size[root] += size[child];
      papersOfRoot[root] = sortedUnion(pa, pb);
      papersOfRoot[child] = null;
      return true;
    }
  }

  /** The values in either sorted distinct array, sorted and distinct. */
  private static int[] sortedUnion(int[] x, int[] y) {
    int[] out = new int[x.length + y.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        out[n++] = x[i++];
      } else if (x[i] > y[j]) {
        out[n++] = y[j++];
      } else {
        out[n++] = x[i++];
        j++;
      }
    }
    while (i < x.length) {
      out[n++] = x[i++];
    }
    while (j < y.length) {
      out[n++] = y[j++];
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }
}
