package org.citegraph.render;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.google.common.collect.ImmutableList;

import org.citegraph.graph.CorpusView;
import org.citegraph.internal.text.TermVectors;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.query.TopicCluster;
import org.citegraph.query.TopicClustering;

/**
 * A map of topics, ready to draw with {@link TopicMapSvg} (after the overlay maps of VOSviewer, van Eck &amp;
 * Waltman 2010, "Software survey: VOSviewer, a computer program for bibliometric mapping", Scientometrics 84(2)):
 * the largest clusters of a {@link TopicClustering}, each with its size, years and dominant primary category, the
 * text similarity between them, and optionally how many papers of one author each holds.
 *
 * <p>The similarity of two topics is the cosine of their TF-IDF centroids ({@link TermVectors}: sublinear tf,
 * smoothed idf, titles counted twice, each paper's vector L2-normalised; Salton &amp; Buckley 1988), built from at
 * most {@link #SAMPLE_PER_TOPIC} papers of each topic, spread evenly over the topic's papers in date order. A link
 * joins each topic to its {@link #LINKS_PER_TOPIC} most similar topics when the similarity is at least {@link
 * #MIN_LINK_SIMILARITY}.
 *
 * @param title what the map shows, e.g. "Topics of the corpus"
 * @param topics the topics, largest first
 * @param links the strongest similarities, each once, smaller index first, in index order
 * @param overlay the author whose papers are counted per topic, if any
 * @param shownPapers the papers in the topics shown
 * @param totalPapers the papers in all the clustering's topics
 * @param totalTopics the clustering's number of topics
 */
public record TopicMap(String title, List<Topic> topics, List<Link> links, Optional<Author> overlay,
    int shownPapers, int totalPapers, int totalTopics) {
  /** Topics shown by default: the largest. */
  public static final int DEFAULT_MAX_TOPICS = 30;
  /** The most topics a map can show: the similarities and the layout are quadratic in the topics shown. */
  public static final int MAX_TOPICS = 200;
  /** The most papers of a topic read to compute its similarity to the others. */
  public static final int SAMPLE_PER_TOPIC = 300;
  /** Each topic is linked to at most this many most similar topics. */
  public static final int LINKS_PER_TOPIC = 2;
  /** Topics less similar than this are not linked. */
  public static final double MIN_LINK_SIMILARITY = 0.05;

  /**
   * One topic of the map.
   *
   * @param id the cluster's number in the clustering (1 = largest)
   * @param label the cluster's label (its most distinctive terms)
   * @param papers the cluster's papers
   * @param years the years of its papers, e.g. "2014–2018"
   * @param category the profile short form (LG, NE, NC, CV, CL) or code of the most frequent primary category,
   *     "unknown" when no paper has one
   * @param overlayPapers papers of the overlay author in the topic (0 without an overlay)
   */
  public record Topic(int id, String label, int papers, String years, String category, int overlayPapers) {
    /**
     * Validates the fields.
     *
     * @param id the cluster's number
     * @param label the cluster's label
     * @param papers the cluster's papers, at least 1
     * @param years the years of its papers
     * @param category the dominant primary category
     * @param overlayPapers the overlay author's papers in the topic, 0..papers
     * @throws IllegalArgumentException if a count is out of range
     */
    public Topic {
      checkNotNull(label, "label");
      checkNotNull(years, "years");
      checkNotNull(category, "category");
      checkArgument(papers >= 1 && overlayPapers >= 0 && overlayPapers <= papers,
          "a topic has papers >= 1 and 0 <= overlay papers <= papers: %s, %s", papers, overlayPapers);
    }
  }

  /**
   * A link between two similar topics.
   *
   * @param from the smaller topic index in {@link #topics()}
   * @param to the larger topic index
   * @param similarity the cosine similarity of their centroids, in (0, 1]
   */
  public record Link(int from, int to, double similarity) {
    /**
     * Validates the fields.
     *
     * @param from the smaller topic index
     * @param to the larger topic index
     * @param similarity the similarity, in (0, 1]
     * @throws IllegalArgumentException if from is not below to or the similarity is out of range
     */
    public Link {
      checkArgument(from >= 0 && from < to, "a link joins a smaller to a larger index: %s, %s", from, to);
      checkArgument(similarity > 0 && similarity <= 1 + 1e-9, "similarity out of (0, 1]: %s", similarity);
    }
  }

  /**
   * Validates the fields and copies the lists.
   *
   * @param title what the map shows
   * @param topics the topics, largest first
   * @param links the links, smaller index first
   * @param overlay the overlay author, if any
   * @param shownPapers the papers in the topics shown
   * @param totalPapers the papers in all topics
   * @param totalTopics the number of topics
   * @throws IllegalArgumentException if a link points past the topics
   */
  public TopicMap {
    checkNotNull(title, "title");
    checkNotNull(overlay, "overlay");
    topics = ImmutableList.copyOf(topics);
    links = ImmutableList.copyOf(links);
    int n = topics.size();
    checkArgument(links.stream().allMatch(l -> l.to() < n), "a link points past the %s topics", n);
  }

  /**
   * The map of the {@code maxTopics} largest topics of a clustering.
   *
   * <p>Running time: O(L) to build the term vectors of the L characters of the sampled papers (at most {@link
   * #SAMPLE_PER_TOPIC} per topic), O(T) to sum the centroids of their T terms, O(k² · v) for the similarities of k
   * topics with centroids of at most v terms, plus the overlay author's papers.
   *
   * @param corpus the corpus the clustering was made from
   * @param clustering the topics
   * @param overlay an author whose papers are counted per topic, or empty
   * @param maxTopics the most topics shown, 1..{@link #MAX_TOPICS}
   * @return the map
   * @throws IllegalArgumentException if {@code maxTopics} is out of range or the overlay author is not in the
   *     corpus
   */
  public static TopicMap of(CorpusView corpus, TopicClustering clustering, Optional<Author> overlay,
      int maxTopics) {
    checkNotNull(corpus, "corpus");
    checkNotNull(clustering, "clustering");
    checkNotNull(overlay, "overlay");
    checkArgument(maxTopics >= 1 && maxTopics <= MAX_TOPICS, "maxTopics must be in 1..%s, got %s", MAX_TOPICS,
        maxTopics);
    List<TopicCluster> shown = clustering.clusters().subList(0, Math.min(maxTopics, clustering.clusters().size()));
    Set<PaperId> mine = new HashSet<>();
    overlay.ifPresent(a -> corpus.papersOf(a).forEach(p -> mine.add(p.id())));
    List<Topic> topics = new ArrayList<>();
    List<TermVectors.Document> docs = new ArrayList<>();
    int[] topicStart = new int[shown.size() + 1];
    for (int t = 0; t < shown.size(); t++) {
      TopicCluster c = shown.get(t);
      int own = (int) c.papers().stream().filter(p -> mine.contains(p.id())).count();
      String category = c.categories().isEmpty() ? "unknown"
          : Category.of(c.categories().keySet().iterator().next()).shortForm();
      topics.add(new Topic(c.id(), c.label(), c.size(), c.years(), category, own));
      topicStart[t] = docs.size();
      int n = c.size();
      int take = Math.min(n, SAMPLE_PER_TOPIC);
      for (int k = 0; k < take; k++) {
        Paper p = c.papers().get((int) ((long) k * n / take));
        docs.add(new TermVectors.Document(p.title(), p.abstractText()));
      }
    }
    topicStart[shown.size()] = docs.size();
    List<Link> links = links(docs, topicStart, shown.size());
    int shownPapers = shown.stream().mapToInt(TopicCluster::size).sum();
    String title = overlay.map(a -> "Topics of the corpus, with " + a.displayName() + "'s papers")
        .orElse("Topics of the corpus");
    return new TopicMap(title, topics, links, overlay, shownPapers, clustering.paperCount(),
        clustering.clusters().size());
  }

  /** The links of the topics whose sampled papers are documents topicStart[t] .. topicStart[t + 1] - 1. */
  private static List<Link> links(List<TermVectors.Document> docs, int[] topicStart, int k) {
    if (k < 2) {
      return List.of();
    }
    TermVectors vectors = TermVectors.of(docs);
    double[][] centroid = new double[k][];
    int[][] terms = new int[k][];
    for (int t = 0; t < k; t++) {
      // A sparse sum: collect the topic's term ids, sort them, then add the weights in place.
      int count = 0;
      for (int d = topicStart[t]; d < topicStart[t + 1]; d++) {
        count += vectors.rowEnd(d) - vectors.rowStart(d);
      }
      int[] ids = new int[count];
      int i = 0;
      for (int d = topicStart[t]; d < topicStart[t + 1]; d++) {
        for (int pos = vectors.rowStart(d); pos < vectors.rowEnd(d); pos++) {
          ids[i++] = vectors.termAt(pos);
        }
      }
      ids = Arrays.stream(ids).sorted().distinct().toArray();
      double[] w = new double[ids.length];
      for (int d = topicStart[t]; d < topicStart[t + 1]; d++) {
        for (int pos = vectors.rowStart(d); pos < vectors.rowEnd(d); pos++) {
          w[Arrays.binarySearch(ids, vectors.termAt(pos))] += vectors.weightAt(pos);
        }
      }
      double norm = 0;
      for (double x : w) {
        norm += x * x;
      }
      norm = Math.sqrt(norm);
      for (int j = 0; j < w.length && norm > 0; j++) {
        w[j] /= norm;
      }
      terms[t] = ids;
      centroid[t] = w;
    }
    double[][] sim = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        double dot = 0;
        int[] ta = terms[a];
        int[] tb = terms[b];
        for (int i = 0, j = 0; i < ta.length && j < tb.length; ) {
          if (ta[i] == tb[j]) {
            dot += centroid[a][i++] * centroid[b][j++];
          } else if (ta[i] < tb[j]) {
            i++;
          } else {
            j++;
          }
        }
        sim[a][b] = Math.min(1, dot);
        sim[b][a] = sim[a][b];
      }
    }
    boolean[][] linked = new boolean[k][k];
    for (int a = 0; a < k; a++) {
      Integer[] order = new Integer[k];
      for (int b = 0; b < k; b++) {
        order[b] = b;
      }
      final int from = a;
      Arrays.sort(order, (x, y) -> x.equals(y) ? 0 : Double.compare(sim[from][y], sim[from][x]) != 0
          ? Double.compare(sim[from][y], sim[from][x]) : Integer.compare(x, y));
      int taken = 0;
      for (int b : order) {
        if (taken == LINKS_PER_TOPIC) {
          break;
        }
        if (b == a || sim[a][b] < MIN_LINK_SIMILARITY) {
          continue;
        }
        linked[Math.min(a, b)][Math.max(a, b)] = true;
        taken++;
      }
    }
    List<Link> links = new ArrayList<>();
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        if (linked[a][b]) {
          links.add(new Link(a, b, sim[a][b]));
        }
      }
    }
    return links;
  }
}
