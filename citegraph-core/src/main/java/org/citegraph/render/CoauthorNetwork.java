package org.citegraph.render;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import com.google.common.collect.ImmutableList;

import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.CorpusView;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.query.TopicClusters;

/**
 * The co-author network around one author (an ego network), ready to draw with {@link CoauthorNetworkSvg}: the
 * author, the top co-authors by shared papers, with two hops also the authors most linked to those co-authors, and
 * every co-authorship link among them. Each co-author carries the group (topic or research thread of the author)
 * that most of their shared papers belong to.
 *
 * @param centre the author at the centre
 * @param hops 1 (the author's co-authors) or 2 (also co-authors of co-authors)
 * @param groups the groups the colours stand for
 * @param nodes the centre first, then the co-authors (most shared papers first, ties by id), then the second-hop
 *     authors (most shared papers with the shown co-authors first, ties by id)
 * @param links the co-authorship links among the nodes, by node index (smaller first), in index order
 */
public record CoauthorNetwork(Author centre, int hops, PaperGroups groups, List<Node> nodes, List<Link> links) {
  /** Co-authors shown by default. */
  public static final int DEFAULT_TOP = 20;
  /** The most co-authors (and second-hop authors) a picture can show: the links among them are checked pairwise. */
  public static final int MAX_TOP = 80;

  /**
   * One author of the network.
   *
   * @param author the author
   * @param papers the author's papers in the corpus
   * @param hop 0 for the centre, 1 for a co-author, 2 for a co-author of co-authors
   * @param shared papers shared with the centre (hop 1), or with the shown co-authors (hop 2; a paper counted once
   *     per co-author on it); 0 for the centre
   * @param group the group holding most of the papers shared with the centre (ties: the lower index), empty for
   *     the centre, second-hop authors and co-authors whose shared papers are in no group
   */
  public record Node(Author author, int papers, int hop, int shared, OptionalInt group) {
    /**
     * Validates the fields.
     *
     * @param author the author
     * @param papers the author's papers in the corpus
     * @param hop 0, 1 or 2
     * @param shared papers shared with the centre (or the shown co-authors)
     * @param group the group of most shared papers, if any
     * @throws IllegalArgumentException if the hop is not 0, 1 or 2 or a count is negative
     */
    public Node {
      checkNotNull(author, "author");
      checkNotNull(group, "group");
      checkArgument(hop >= 0 && hop <= 2, "hop must be 0, 1 or 2: %s", hop);
      checkArgument(papers >= 0 && shared >= 0, "counts must not be negative: %s, %s", papers, shared);
    }
  }

  /**
   * A co-authorship link between two nodes.
   *
   * @param from the smaller node index
   * @param to the larger node index
   * @param papers the papers the two share (hyper-authored papers left out, as in the co-authorship graph)
   */
  public record Link(int from, int to, int papers) {
    /**
     * Validates the fields.
     *
     * @param from the smaller node index
     * @param to the larger node index
     * @param papers the shared papers, at least 1
     * @throws IllegalArgumentException if from is not below to or papers is below 1
     */
    public Link {
      checkArgument(from >= 0 && from < to, "a link joins a smaller to a larger node index: %s, %s", from, to);
      checkArgument(papers >= 1, "a link has at least one paper: %s", papers);
    }
  }

  /**
   * Validates the fields and copies the lists.
   *
   * @param centre the author at the centre
   * @param hops 1 or 2
   * @param groups the groups the colours stand for
   * @param nodes the centre first, then the other authors
   * @param links the links among the nodes
   * @throws IllegalArgumentException if hops is not 1 or 2, the centre is not the first node or a link points past
   *     the nodes
   */
  public CoauthorNetwork {
    checkNotNull(centre, "centre");
    checkNotNull(groups, "groups");
    checkArgument(hops == 1 || hops == 2, "hops must be 1 or 2, got %s", hops);
    nodes = ImmutableList.copyOf(nodes);
    links = ImmutableList.copyOf(links);
    checkArgument(!nodes.isEmpty() && nodes.get(0).author().equals(centre), "the centre must be the first node");
    int n = nodes.size();
    checkArgument(links.stream().allMatch(l -> l.to() < n), "a link points past the %s nodes", n);
  }

  /**
   * The ego network of an author with the defaults: one hop, the {@link #DEFAULT_TOP} co-authors with the most
   * shared papers, coloured by the topics of the author's papers ({@code TopicClusters.clusterPapersOf}).
   *
   * @param corpus the corpus
   * @param centre an author of the corpus
   * @return the network
   * @throws IllegalArgumentException if the author is not in the corpus
   */
  public static CoauthorNetwork of(CorpusView corpus, Author centre) {
    return of(corpus, centre, 1, DEFAULT_TOP, PaperGroups.of(TopicClusters.of(corpus).clusterPapersOf(centre)));
  }

  /**
   * The ego network of an author in a corpus.
   *
   * <p>Co-authors are ranked by the papers they share with the centre (full counting in the co-authorship graph,
   * so hyper-authored papers add nothing), ties by id; the {@code top} first are shown. With two hops, up to {@code
   * top / 2} more authors who are not co-authors of the centre are shown: those sharing the most papers with the
   * shown co-authors, ties by id. The links are every co-authorship among the shown authors. The result depends
   * only on the corpus's graph, not on the order records were read in.
   *
   * <p>Running time: O(d log d) to rank the centre's d co-authors, O(Σ degree) over the shown co-authors for the
   * second hop, O(k² log d) for the links among the k ≤ 1.5 · {@link #MAX_TOP} shown authors.
   *
   * @param corpus the corpus
   * @param centre an author of the corpus
   * @param hops 1 or 2
   * @param top how many co-authors to show, 1..{@link #MAX_TOP}
   * @param groups the groups to colour co-authors by ({@link PaperGroups#none()} for one colour)
   * @return the network
   * @throws IllegalArgumentException if the author is not in the corpus, or hops or top are out of range
   */
  public static CoauthorNetwork of(CorpusView corpus, Author centre, int hops, int top, PaperGroups groups) {
    checkNotNull(corpus, "corpus");
    checkNotNull(centre, "centre");
    checkNotNull(groups, "groups");
    checkArgument(hops == 1 || hops == 2, "hops must be 1 or 2, got %s", hops);
    checkArgument(top >= 1 && top <= MAX_TOP, "top must be in 1..%s, got %s", MAX_TOP, top);
    corpus.indexOf(centre);
    CoauthorGraph graph = corpus.coauthorGraph();
    List<Node> nodes = new ArrayList<>();
    nodes.add(new Node(centre, corpus.paperCount(centre), 0, 0, OptionalInt.empty()));
    if (!graph.contains(centre)) {
      return new CoauthorNetwork(centre, hops, groups, nodes, List.of());
    }
    record Ranked(Author author, int shared) {}
    Comparator<Ranked> order = Comparator.comparingInt(Ranked::shared).reversed()
        .thenComparing(r -> r.author().id());
    List<Ranked> first = new ArrayList<>();
    for (Author a : graph.neighbors(centre)) {
      first.add(new Ranked(a, (int) graph.weight(centre, a, Counting.FULL)));
    }
    first.sort(order);
    List<Ranked> shown = first.subList(0, Math.min(top, first.size()));
    Map<Author, Integer> index = new HashMap<>();
    index.put(centre, 0);
    for (Ranked r : shown) {
      index.put(r.author(), nodes.size());
      nodes.add(new Node(r.author(), corpus.paperCount(r.author()), 1, r.shared(),
          dominantGroup(graph.papersBehind(centre, r.author()), groups)));
    }
    if (hops == 2) {
      Map<Author, Integer> second = new HashMap<>();
      for (Ranked r : shown) {
        for (Author a : graph.neighbors(r.author())) {
          if (!a.equals(centre) && !index.containsKey(a) && graph.weight(centre, a, Counting.FULL) == 0) {
            second.merge(a, (int) graph.weight(r.author(), a, Counting.FULL), Integer::sum);
          }
        }
      }
      List<Ranked> ranked = new ArrayList<>();
      second.forEach((a, s) -> ranked.add(new Ranked(a, s)));
      ranked.sort(order);
      for (Ranked r : ranked.subList(0, Math.min(Math.max(1, top / 2), ranked.size()))) {
        index.put(r.author(), nodes.size());
        nodes.add(new Node(r.author(), corpus.paperCount(r.author()), 2, r.shared(), OptionalInt.empty()));
      }
    }
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        int w = (int) graph.weight(nodes.get(i).author(), nodes.get(j).author(), Counting.FULL);
        if (w > 0) {
          links.add(new Link(i, j, w));
        }
      }
    }
    return new CoauthorNetwork(centre, hops, groups, nodes, links);
  }

  /** The group holding most of the papers (ties: the lower index), empty if none is in a group. */
  private static OptionalInt dominantGroup(List<Paper> papers, PaperGroups groups) {
    int[] count = new int[groups.size()];
    for (Paper p : papers) {
      groups.groupOf(p).ifPresent(g -> count[g]++);
    }
    int best = -1;
    for (int g = 0; g < count.length; g++) {
      if (count[g] > 0 && (best < 0 || count[g] > count[best])) {
        best = g;
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /**
   * The heaviest link at the centre: the co-author sharing the most papers with the centre (ties: the earlier
   * node).
   *
   * @return that link, or empty when the centre has no co-author
   */
  public Optional<Link> heaviestCentreLink() {
    return links.stream().filter(l -> l.from() == 0)
        .max(Comparator.comparingInt(Link::papers).thenComparing(Comparator.comparingInt(Link::to).reversed()));
  }
}
