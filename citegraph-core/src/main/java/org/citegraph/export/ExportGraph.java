package org.citegraph.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.citegraph.graph.CorpusView;
import org.citegraph.graph.CitationGraph;
import org.citegraph.graph.CoauthorEdge;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.query.TopicCluster;
import org.citegraph.query.TopicClustering;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;

/**
 * A graph ready to export: a node table and an edge table. Each node has a unique string id, a label and typed
 * attributes; each edge has a source, a target, a weight and typed attributes. Attribute values are strings,
 * {@code int}s or {@code double}s ({@link ValueType}); a node or edge may lack an attribute others have.
 *
 * <p>Made from the co-authorship graph ({@link #coauthor}), the paper–topic–category graph ({@link #topics}), any
 * JGraphT graph ({@link #of}) or by hand ({@link #builder}). Nodes are sorted by id and edges by (source, target),
 * so the same graph always exports to the same bytes. Edges of undirected graphs are stored with
 * {@code source <= target}. Strings lose the characters XML 1.0 cannot hold (control characters other than tab,
 * line feed and carriage return, unpaired surrogates, U+FFFE, U+FFFF); labels also have their white space collapsed
 * to single spaces. Immutable.
 */
public final class ExportGraph {
  /** Attribute names that every format uses for its own purposes. */
  public static final Set<String> RESERVED_NAMES = Set.of("id", "label", "weight", "source", "target", "type");

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The type of an attribute's values. */
  public enum ValueType {
    /** Text. */
    STRING,
    /** A 32-bit integer. */
    INT,
    /** A finite double. */
    DOUBLE
  }

  /**
   * A node.
   *
   * @param id the unique id
   * @param label the display label (never blank; the id when none was given)
   * @param attributes attribute values by name, each a {@code String}, {@code Integer} or {@code Double}
   */
  public record Node(String id, String label, Map<String, Object> attributes) {
    /**
     * Copies the attributes, keeping their order.
     *
     * @param id the unique id
     * @param label the display label
     * @param attributes attribute values by name, copied into an unmodifiable map in their iteration order
     */
    public Node {
      attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
  }

  /**
   * An edge.
   *
   * @param source the source node's id
   * @param target the target node's id
   * @param weight the weight (finite)
   * @param attributes attribute values by name, each a {@code String}, {@code Integer} or {@code Double}
   */
  public record Edge(String source, String target, double weight, Map<String, Object> attributes) {
    /**
     * Copies the attributes, keeping their order.
     *
     * @param source the source node's id
     * @param target the target node's id
     * @param weight the edge weight
     * @param attributes attribute values by name, copied into an unmodifiable map in their iteration order
     */
    public Edge {
      attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
  }

  private final boolean directed;
  private final List<Node> nodes;
  private final List<Edge> edges;
  private final Map<String, ValueType> nodeAttributes;
  private final Map<String, ValueType> edgeAttributes;
  private final Map<String, Integer> indexOfId;

  private ExportGraph(boolean directed, List<Node> nodes, List<Edge> edges, Map<String, ValueType> nodeAttributes,
      Map<String, ValueType> edgeAttributes) {
    this.directed = directed;
    this.nodes = List.copyOf(nodes);
    this.edges = List.copyOf(edges);
    this.nodeAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(nodeAttributes));
    this.edgeAttributes = Collections.unmodifiableMap(new LinkedHashMap<>(edgeAttributes));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).id(), i);
    }
    this.indexOfId = Map.copyOf(index);
  }

  /**
   * Whether edges are directed (source to target).
   *
   * @return {@code true} for a directed graph such as the citation graph; {@code false} when each edge is stored
   *     with {@code source <= target} and read both ways
   */
  public boolean isDirected() {
    return directed;
  }

  /**
   * The nodes, sorted by id.
   *
   * @return every node, sorted by id ({@link String#compareTo}), immutable
   */
  public List<Node> nodes() {
    return nodes;
  }

  /**
   * The edges, sorted by source then target id (edges between the same nodes keep the order they were added).
   *
   * @return every edge, immutable; parallel edges are kept
   */
  public List<Edge> edges() {
    return edges;
  }

  /**
   * The node attributes with their types, in order of first appearance.
   *
   * @return each node attribute name with the type of its values (an attribute holding both {@code int}s and
   *     {@code double}s is {@link ValueType#DOUBLE}), unmodifiable; empty when no node has attributes
   */
  public Map<String, ValueType> nodeAttributes() {
    return nodeAttributes;
  }

  /**
   * The edge attributes with their types, in order of first appearance.
   *
   * @return each edge attribute name with the type of its values (an attribute holding both {@code int}s and
   *     {@code double}s is {@link ValueType#DOUBLE}), unmodifiable; empty when no edge has attributes
   */
  public Map<String, ValueType> edgeAttributes() {
    return edgeAttributes;
  }

  /**
   * The position of the node with this id in {@link #nodes()}. A hash look-up, O(1).
   *
   * @param id a node id
   * @return the node's zero-based index in {@link #nodes()}, or -1 when no node has this id
   */
  public int indexOf(String id) {
    Integer i = indexOfId.get(id);
    return i == null ? -1 : i;
  }

  /**
   * The ego network of a node: the nodes at most {@code hops} edges away from it (edge direction ignored) and every
   * edge among them, attributes unchanged. Breadth-first search, O(nodes + edges).
   *
   * @param id the centre node's id
   * @param hops how far to reach: 1 (the node and its neighbors) or 2 (also their neighbors)
   * @return the ego network, a new graph
   * @throws IllegalArgumentException if there is no node with this id or hops is not 1 or 2
   */
  public ExportGraph ego(String id, int hops) {
    com.google.common.base.Preconditions.checkArgument(hops == 1 || hops == 2, "hops must be 1 or 2, got %s", hops);
    com.google.common.base.Preconditions.checkArgument(indexOf(id) >= 0, "no node '%s' in this graph", id);
    Map<String, List<String>> adjacent = new HashMap<>();
    for (Edge e : edges) {
      adjacent.computeIfAbsent(e.source(), k -> new java.util.ArrayList<>()).add(e.target());
      adjacent.computeIfAbsent(e.target(), k -> new java.util.ArrayList<>()).add(e.source());
    }
    java.util.Set<String> kept = new java.util.HashSet<>(List.of(id));
    List<String> frontier = List.of(id);
    for (int h = 0; h < hops; h++) {
      List<String> next = new java.util.ArrayList<>();
      for (String n : frontier) {
        for (String m : adjacent.getOrDefault(n, List.of())) {
          if (kept.add(m)) {
            next.add(m);
          }
        }
      }
      frontier = next;
    }
    return new ExportGraph(directed, nodes.stream().filter(n -> kept.contains(n.id())).toList(),
        edges.stream().filter(e -> kept.contains(e.source()) && kept.contains(e.target())).toList(), nodeAttributes,
        edgeAttributes);
  }

  @Override
  public String toString() {
    return "ExportGraph(" + (directed ? "directed, " : "undirected, ") + nodes.size() + " nodes, " + edges.size()
        + " edges)";
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Factories

  /**
   * The co-authorship graph of a corpus: one node per author, one edge per pair of co-authors, weighted under the
   * given counting scheme.
   *
   * <p>Node attributes: {@code name} (display name), {@code papers} (number of papers), {@code firstYear},
   * {@code lastYear} and {@code meanYear} (over dated papers; absent when none is dated), {@code mainCategory} (the
   * most frequent primary category, ties by code; absent when no paper has one) and {@code cluster} (the connected
   * component, 1 = largest). Edge attributes: {@code papers} (shared papers), {@code fractional} and
   * {@code paperNormalised} (the weights under the other schemes) and {@code paperIds} (the shared papers' ids
   * joined by {@code ;}).
   *
   * @param corpus the corpus whose co-authorship graph is exported
   * @param counting the scheme whose weight becomes each edge's {@code weight}
   * @return an undirected export graph with one node per author and one edge per co-author pair
   * @throws NullPointerException if {@code corpus} or {@code counting} is null
   */
  public static ExportGraph coauthor(CorpusView corpus, Counting counting) {
    checkNotNull(corpus, "corpus");
    checkNotNull(counting, "counting");
    CoauthorGraph graph = corpus.coauthorGraph();
    Map<Author, Integer> component = components(graph.asGraph(counting));
    Builder b = builder(false);
    for (Author a : graph.authors()) {
      Map<String, Object> attrs = new LinkedHashMap<>();
      attrs.put("name", a.displayName());
      List<Paper> papers = corpus.papersOf(a);
      attrs.put("papers", papers.size());
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      long sum = 0;
      int dated = 0;
      Map<String, Integer> categories = new TreeMap<>();
      for (Paper p : papers) {
        if (p.year().isPresent()) {
          int y = p.year().getAsInt();
          first = Math.min(first, y);
          last = Math.max(last, y);
          sum += y;
          dated++;
        }
        p.primaryCategory().ifPresent(c -> categories.merge(c.code(), 1, Integer::sum));
      }
      if (dated > 0) {
        attrs.put("firstYear", first);
        attrs.put("lastYear", last);
        attrs.put("meanYear", (double) sum / dated);
      }
      categories.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .ifPresent(e -> attrs.put("mainCategory", e.getKey()));
      attrs.put("cluster", component.get(a));
      b.node(a.id(), a.displayName(), attrs);
    }
    for (CoauthorEdge e : graph.edges()) {
      Map<String, Object> attrs = new LinkedHashMap<>();
      attrs.put("papers", e.papers());
      attrs.put("fractional", e.fractional());
      attrs.put("paperNormalised", e.paperNormalised());
      attrs.put("paperIds", graph.papersBehind(e.first(), e.second()).stream().map(p -> p.id().toString())
          .collect(Collectors.joining(";")));
      b.edge(e.first().id(), e.second().id(), e.weight(counting), attrs);
    }
    return b.build();
  }

  private static <V, E> Map<V, Integer> components(Graph<V, E> graph) {
    List<Set<V>> sets = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets());
    Map<Set<V>, String> smallest = new HashMap<>();
    for (Set<V> s : sets) {
      smallest.put(s, s.stream().map(Object::toString).min(Comparator.naturalOrder()).orElse(""));
    }
    sets.sort(Comparator.comparingInt((Set<V> s) -> -s.size()).thenComparing(smallest::get));
    Map<V, Integer> out = new HashMap<>();
    for (int i = 0; i < sets.size(); i++) {
      for (V v : sets.get(i)) {
        out.put(v, i + 1);
      }
    }
    return out;
  }

  /**
   * The bipartite topic graph of a clustering: paper nodes (id = paper id; attributes {@code kind = "paper"},
   * {@code title}, {@code year}, {@code primaryCategory}, {@code cluster}), topic nodes (id {@code topic:N};
   * {@code kind = "topic"}, {@code cluster}, {@code papers} = size) and category nodes (id {@code category:CODE};
   * {@code kind = "category"}, {@code code}, {@code papers}). Undirected edges of weight 1 link each paper to its
   * topic ({@code relation = "topic"}) and to each of its categories ({@code relation = "primary"} or
   * {@code "crosslist"}).
   *
   * @param corpus the corpus the clustering was computed on
   * @param clustering the topic clusters whose papers become paper nodes
   * @return an undirected export graph of papers, topics and categories; papers in no cluster are left out
   * @throws IllegalArgumentException if a clustered paper is not in the corpus
   * @throws NullPointerException if {@code corpus} or {@code clustering} is null
   */
  public static ExportGraph topics(CorpusView corpus, TopicClustering clustering) {
    checkNotNull(corpus, "corpus");
    checkNotNull(clustering, "clustering");
    Builder b = builder(false);
    Map<String, Integer> categoryCounts = new TreeMap<>();
    for (TopicCluster c : clustering.clusters()) {
      String topicId = "topic:" + c.id();
      Map<String, Object> topic = new LinkedHashMap<>();
      topic.put("kind", "topic");
      topic.put("cluster", c.id());
      topic.put("papers", c.size());
      b.node(topicId, c.label().isBlank() ? "topic " + c.id() : c.label(), topic);
      for (Paper p : c.papers()) {
        corpus.indexOf(p);
        String pid = p.id().toString();
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("kind", "paper");
        attrs.put("title", p.title());
        if (p.year().isPresent()) {
          attrs.put("year", p.year().getAsInt());
        }
        p.primaryCategory().ifPresent(cat -> attrs.put("primaryCategory", cat.code()));
        attrs.put("cluster", c.id());
        b.node(pid, p.title(), attrs);
        b.edge(pid, topicId, 1.0, Map.of("relation", "topic"));
        for (Category cat : p.categories()) {
          categoryCounts.merge(cat.code(), 1, Integer::sum);
          boolean primary = p.primaryCategory().map(cat::equals).orElse(false);
          b.edge(pid, "category:" + cat.code(), 1.0, Map.of("relation", primary ? "primary" : "crosslist"));
        }
      }
    }
    categoryCounts.forEach((code, n) -> {
      Map<String, Object> attrs = new LinkedHashMap<>();
      attrs.put("kind", "category");
      attrs.put("code", code);
      attrs.put("papers", n);
      b.node("category:" + code, code, attrs);
    });
    return b.build();
  }

  /**
   * The citation graph as a directed export graph: paper nodes (attributes title, year, primary category, venue,
   * in-corpus citations, unresolved references) and citing → cited edges of weight 1 (attribute key: the reference
   * key that resolved). A paper without a year gets {@code year = 0}; one without a primary category gets
   * {@code category = ""}, one without a venue {@code venue = ""}.
   *
   * @param corpus the corpus whose citation graph is exported
   * @return a directed export graph with one node per paper in the corpus
   */
  public static ExportGraph citations(CorpusView corpus) {
    CitationGraph g = corpus.citationGraph();
    return of(g.asGraph(), p -> p.id().toString(), Paper::title, p -> {
      Map<String, Object> attrs = new LinkedHashMap<>();
      attrs.put("year", p.year().isPresent() ? p.year().getAsInt() : 0);
      attrs.put("category", p.primaryCategory().map(Object::toString).orElse(""));
      attrs.put("venue", p.venue().orElse(""));
      attrs.put("citations", g.citationCount(p));
      attrs.put("unresolvedReferences", g.unresolvedReferences(p));
      return attrs;
    }, e -> 1.0, e -> Map.of("key", e.key()));
  }

  /**
   * Any JGraphT graph, e.g. a citation graph: directed when the graph is.
   *
   * @param graph the graph to copy; its vertices and edges are read once, not kept
   * @param id a unique id per vertex
   * @param label a display label per vertex (null or blank: the id)
   * @param nodeAttributes attributes per vertex (may be empty; null values are left out)
   * @param weight the weight per edge, e.g. {@code graph::getEdgeWeight}
   * @param edgeAttributes attributes per edge (may be empty; null values are left out)
   * @param <V> the vertex type
   * @param <E> the edge type
   * @return an export graph with one node per vertex and one edge per edge of {@code graph}
   * @throws IllegalArgumentException if two vertices get the same id, or an attribute name or value is invalid
   */
  public static <V, E> ExportGraph of(Graph<V, E> graph, Function<V, String> id, Function<V, String> label,
      Function<V, Map<String, Object>> nodeAttributes, ToDoubleFunction<E> weight,
      Function<E, Map<String, Object>> edgeAttributes) {
    checkNotNull(graph, "graph");
    Builder b = builder(graph.getType().isDirected());
    Map<V, String> ids = new HashMap<>();
    for (V v : graph.vertexSet()) {
      String vid = id.apply(v);
      ids.put(v, vid);
      b.node(vid, label.apply(v), nodeAttributes.apply(v));
    }
    for (E e : graph.edgeSet()) {
      b.edge(ids.get(graph.getEdgeSource(e)), ids.get(graph.getEdgeTarget(e)), weight.applyAsDouble(e),
          edgeAttributes.apply(e));
    }
    return b.build();
  }

  /**
   * A builder for a graph made by hand.
   *
   * @param directed whether edges run from source to target; when {@code false} each edge is stored with
   *     {@code source <= target}
   * @return a new, empty builder
   */
  public static Builder builder(boolean directed) {
    return new Builder(directed);
  }

  /** Collects nodes and edges; {@link #build()} checks, sorts and freezes them. Not thread-safe. */
  public static final class Builder {
    private final boolean directed;
    private final Map<String, Node> nodes = new HashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Map<String, ValueType> nodeTypes = new LinkedHashMap<>();
    private final Map<String, ValueType> edgeTypes = new LinkedHashMap<>();

    private Builder(boolean directed) {
      this.directed = directed;
    }

    /**
     * Adds a node.
     *
     * @param id the unique id; not blank, without control characters or characters XML 1.0 cannot hold
     * @param label the display label, its white space collapsed; null or blank gives the id
     * @param attributes attribute values by name (may be null or empty); names are letters, digits and underscores,
     *     not a digit first and not one of {@link #RESERVED_NAMES}; values are text, whole numbers that fit an
     *     {@code int}, or finite floating-point numbers; null values are left out
     * @return this builder
     * @throws IllegalArgumentException if the id is blank or already taken, or an attribute is invalid
     */
    public Builder node(String id, String label, Map<String, ?> attributes) {
      String nodeId = checkId(id);
      checkArgument(!nodes.containsKey(nodeId), "Two nodes have the id '%s'", nodeId);
      String l = label == null ? "" : SPACES.matcher(clean(label)).replaceAll(" ").strip();
      nodes.put(nodeId, new Node(nodeId, l.isEmpty() ? nodeId : l, values(attributes, nodeTypes, "node " + nodeId)));
      return this;
    }

    /**
     * Adds an edge; both nodes may be added before or after it.
     *
     * @param source the source node's id
     * @param target the target node's id
     * @param weight the edge weight, finite
     * @param attributes attribute values by name, under the rules of {@link #node}
     * @return this builder
     * @throws IllegalArgumentException if the weight is not finite, an id is blank or holds characters XML cannot
     *     represent, or an attribute is invalid
     */
    public Builder edge(String source, String target, double weight, Map<String, ?> attributes) {
      String s = checkId(source);
      String t = checkId(target);
      checkArgument(Double.isFinite(weight), "Edge %s - %s has a weight that is not finite: %s", s, t, weight);
      if (!directed && s.compareTo(t) > 0) {
        String swap = s;
        s = t;
        t = swap;
      }
      edges.add(new Edge(s, t, weight, values(attributes, edgeTypes, "edge " + s + " - " + t)));
      return this;
    }

    /**
     * The graph, nodes sorted by id, edges by (source, target).
     *
     * @return the immutable graph; an {@code int} value of an attribute that also has {@code double}s becomes a
     *     {@code double}
     * @throws IllegalArgumentException if an edge names a node that was not added
     */
    public ExportGraph build() {
      List<Node> sortedNodes = new ArrayList<>(nodes.values());
      sortedNodes.sort(Comparator.comparing(Node::id));
      for (Edge e : edges) {
        checkArgument(nodes.containsKey(e.source()), "Edge %s - %s: no node '%s'", e.source(), e.target(),
            e.source());
        checkArgument(nodes.containsKey(e.target()), "Edge %s - %s: no node '%s'", e.source(), e.target(),
            e.target());
      }
      List<Edge> sortedEdges = new ArrayList<>(edges);
      sortedEdges.sort(Comparator.comparing(Edge::source).thenComparing(Edge::target));
      return new ExportGraph(directed, widen(sortedNodes, nodeTypes), widenEdges(sortedEdges, edgeTypes), nodeTypes,
          edgeTypes);
    }

    private static List<Node> widen(List<Node> list, Map<String, ValueType> types) {
      List<Node> out = new ArrayList<>(list.size());
      for (Node n : list) {
        out.add(new Node(n.id(), n.label(), widen(n.attributes(), types)));
      }
      return out;
    }

    private static List<Edge> widenEdges(List<Edge> list, Map<String, ValueType> types) {
      List<Edge> out = new ArrayList<>(list.size());
      for (Edge e : list) {
        out.add(new Edge(e.source(), e.target(), e.weight(), widen(e.attributes(), types)));
      }
      return out;
    }

    /** Turns the ints of an attribute that also has doubles into doubles. */
    private static Map<String, Object> widen(Map<String, Object> attrs, Map<String, ValueType> types) {
      Map<String, Object> out = new LinkedHashMap<>();
      attrs.forEach((k, v) -> out.put(k, types.get(k) == ValueType.DOUBLE && v instanceof Integer i
          ? Double.valueOf(i) : v));
      return out;
    }

    private static String checkId(String id) {
      checkArgument(id != null && !id.isBlank(), "Node ids must not be blank");
      checkArgument(clean(id).equals(id) && id.chars().noneMatch(Character::isISOControl),
          "Node id '%s' holds control characters or characters XML cannot represent", id);
      return id;
    }

    private static Map<String, Object> values(Map<String, ?> attributes, Map<String, ValueType> types,
        String where) {
      Map<String, Object> out = new LinkedHashMap<>();
      if (attributes == null) {
        return out;
      }
      for (Map.Entry<String, ?> e : attributes.entrySet()) {
        String name = e.getKey();
        checkArgument(name != null && NAME.matcher(name).matches(),
            "%s: attribute name '%s' must be letters, digits and underscores, not starting with a digit", where,
            name);
        checkArgument(!RESERVED_NAMES.contains(name), "%s: attribute name '%s' is reserved (%s)", where, name,
            RESERVED_NAMES);
        Object v = e.getValue();
        if (v == null) {
          continue;
        }
        Object value;
        ValueType type;
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
          value = ((Number) v).intValue();
          type = ValueType.INT;
        } else if (v instanceof Long l) {
          checkArgument(l == l.intValue(), "%s: attribute '%s' = %s does not fit an int", where, name, l);
          value = l.intValue();
          type = ValueType.INT;
        } else if (v instanceof Double || v instanceof Float) {
          double d = ((Number) v).doubleValue();
          checkArgument(Double.isFinite(d), "%s: attribute '%s' is not finite: %s", where, name, d);
          value = d;
          type = ValueType.DOUBLE;
        } else {
          value = clean(v.toString());
          type = ValueType.STRING;
        }
        ValueType known = types.get(name);
        if (known == null) {
          types.put(name, type);
        } else if (known != type) {
          checkArgument(known != ValueType.STRING && type != ValueType.STRING,
              "%s: attribute '%s' mixes text and numbers", where, name);
          types.put(name, ValueType.DOUBLE);
        }
        out.put(name, value);
      }
      return out;
    }
  }

  /** Removes the characters XML 1.0 cannot represent. */
  static String clean(String s) {
    return org.citegraph.internal.Text.xmlChars(s);
  }
}
