package org.citegraph.export;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.citegraph.export.ExportGraph.Edge;
import org.citegraph.export.ExportGraph.Node;
import org.citegraph.export.ExportGraph.ValueType;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes an {@link ExportGraph} in any {@link ExportFormat}.
 *
 * <pre>{@code
 * ExportGraph g = ExportGraph.coauthor(corpus, Counting.FULL);
 * List<Path> written = GraphExporter.export(g, ExportFormat.GRAPHML, Path.of("coauthors.graphml"));
 * }</pre>
 *
 * <p>GraphML, GEXF, DOT and JSON are written by JGraphT's exporters (jgrapht-io), CSV and VOSviewer files by this
 * class. Files are UTF-8. The node label is written as the {@code label} attribute (GraphML key, GEXF label, DOT
 * {@code label}, JSON {@code label}, CSV {@code Label}) and the weight as {@code weight}. In DOT strings,
 * backslashes are doubled and line breaks become {@code \n} (Graphviz escape strings); a string ending in a
 * backslash gets a trailing space, since DOT cannot end a quoted string with one.
 */
public final class GraphExporter {
  private GraphExporter() {}

  /**
   * Writes the graph to the file(s) {@link ExportFormat#files(Path) format.files(out)}, creating missing parent
   * directories, and returns the files written. Existing files are overwritten. Runs in O(nodes + edges).
   *
   * @param graph the graph to write
   * @param format the file format
   * @param out the output path; two-file formats derive both names from it
   * @return the files written, one or two, in the order of {@link ExportFormat#files(Path)}
   * @throws IOException if a file cannot be written
   */
  public static List<Path> export(ExportGraph graph, ExportFormat format, Path out) throws IOException {
    checkNotNull(graph, "graph");
    checkNotNull(format, "format");
    List<Path> files = format.files(out);
    for (Path f : files) {
      Path parent = f.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    }
    if (files.size() == 1) {
      try (Writer w = Files.newBufferedWriter(files.get(0), StandardCharsets.UTF_8)) {
        write(graph, format, w);
      }
    } else {
      try (BufferedWriter first = Files.newBufferedWriter(files.get(0), StandardCharsets.UTF_8);
          BufferedWriter second = Files.newBufferedWriter(files.get(1), StandardCharsets.UTF_8)) {
        write(graph, format, first, second);
      }
    }
    return files;
  }

  /**
   * Writes a single-file format (GraphML, GEXF, DOT, JSON). The writer is flushed, not closed.
   *
   * @param graph the graph to write
   * @param format a single-file format
   * @param out where the document is written
   * @throws IllegalArgumentException for CSV and VOSviewer, which write two files
   * @throws IOException if writing fails
   */
  public static void write(ExportGraph graph, ExportFormat format, Writer out) throws IOException {
    checkNotNull(graph, "graph");
    checkArgument(!format.isTwoFiles(), "%s writes two files; use write(graph, format, first, second)", format);
    if (format == ExportFormat.JSON) {
      json(graph, out);
      out.flush();
      return;
    }
    Graph<Integer, Integer> g = jgrapht(graph);
    try {
      switch (format) {
        case GRAPHML -> graphml(graph).exportGraph(g, out);
        case GEXF -> gexf(graph).exportGraph(g, out);
        case DOT -> dot(graph).exportGraph(g, out);
        default -> throw new AssertionError(format);
      }
    } catch (ExportException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException("Cannot write " + format + ": "
          + e.getMessage(), e);
    }
    out.flush();
  }

  /**
   * Writes a two-file format: for CSV the node table to {@code first} and the edge table to {@code second}; for
   * VOSviewer the map file to {@code first} and the network file to {@code second}. The writers are flushed, not
   * closed.
   *
   * @param graph the graph to write
   * @param format {@link ExportFormat#CSV} or {@link ExportFormat#VOSVIEWER}
   * @param first where the node table (CSV) or map file (VOSviewer) is written
   * @param second where the edge table (CSV) or network file (VOSviewer) is written
   * @throws IllegalArgumentException for single-file formats
   * @throws IOException if writing fails
   */
  public static void write(ExportGraph graph, ExportFormat format, Writer first, Writer second) throws IOException {
    checkNotNull(graph, "graph");
    checkArgument(format.isTwoFiles(), "%s writes one file; use write(graph, format, out)", format);
    if (format == ExportFormat.CSV) {
      csvNodes(graph, first);
      csvEdges(graph, second);
    } else {
      vosMap(graph, first);
      vosNetwork(graph, second);
    }
    first.flush();
    second.flush();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // JGraphT exporters: vertices and edges are the indices into the node and edge lists.

  private static Graph<Integer, Integer> jgrapht(ExportGraph graph) {
    GraphTypeBuilder<Integer, Integer> type = graph.isDirected() ? GraphTypeBuilder.directed()
        : GraphTypeBuilder.undirected();
    Graph<Integer, Integer> g = type.allowingMultipleEdges(true).allowingSelfLoops(true).weighted(true)
        .buildGraph();
    for (int i = 0; i < graph.nodes().size(); i++) {
      g.addVertex(i);
    }
    List<Edge> edges = graph.edges();
    for (int i = 0; i < edges.size(); i++) {
      Edge e = edges.get(i);
      g.addEdge(graph.indexOf(e.source()), graph.indexOf(e.target()), i);
      g.setEdgeWeight(i, e.weight());
    }
    return g;
  }

  private static Attribute attribute(Object value, Function<String, String> strings) {
    if (value instanceof Integer i) {
      return DefaultAttribute.createAttribute(i);
    }
    if (value instanceof Double d) {
      return DefaultAttribute.createAttribute(d);
    }
    return DefaultAttribute.createAttribute(strings.apply((String) value));
  }

  private static Function<Integer, Map<String, Attribute>> nodeAttributes(ExportGraph graph,
      Function<String, String> strings) {
    return v -> {
      Node n = graph.nodes().get(v);
      Map<String, Attribute> m = new LinkedHashMap<>();
      m.put("label", DefaultAttribute.createAttribute(strings.apply(n.label())));
      n.attributes().forEach((k, value) -> m.put(k, attribute(value, strings)));
      return m;
    };
  }

  private static Function<Integer, Map<String, Attribute>> edgeAttributes(ExportGraph graph,
      Function<String, String> strings, boolean withWeight) {
    return e -> {
      Edge edge = graph.edges().get(e);
      Map<String, Attribute> m = new LinkedHashMap<>();
      if (withWeight) {
        m.put("weight", DefaultAttribute.createAttribute(edge.weight()));
      }
      edge.attributes().forEach((k, value) -> m.put(k, attribute(value, strings)));
      return m;
    };
  }

  private static GraphMLExporter<Integer, Integer> graphml(ExportGraph graph) {
    GraphMLExporter<Integer, Integer> x = new GraphMLExporter<>(v -> graph.nodes().get(v).id());
    // JGraphT's own weight export leaves out weights equal to its default (1.0); Gephi and networkx then read no
    // weight at all for those edges. The weight is registered as an ordinary edge attribute and written on every
    // edge instead.
    x.setExportEdgeWeights(false);
    x.setEdgeWeightAttributeName("jgraphtWeight"); // frees the name "weight", which JGraphT reserves for its own
    x.registerAttribute("weight", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
    x.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    // The exporter keys attributes by name: a name used by nodes and edges becomes one key for both, of the
    // wider type.
    graph.nodeAttributes().forEach((k, t) -> {
      ValueType edge = graph.edgeAttributes().get(k);
      if (edge == null) {
        x.registerAttribute(k, GraphMLExporter.AttributeCategory.NODE, graphmlType(t));
      } else {
        x.registerAttribute(k, GraphMLExporter.AttributeCategory.ALL, graphmlType(wider(t, edge)));
      }
    });
    graph.edgeAttributes().forEach((k, t) -> {
      if (!graph.nodeAttributes().containsKey(k)) {
        x.registerAttribute(k, GraphMLExporter.AttributeCategory.EDGE, graphmlType(t));
      }
    });
    x.setVertexAttributeProvider(nodeAttributes(graph, Function.identity()));
    x.setEdgeAttributeProvider(edgeAttributes(graph, Function.identity(), true));
    return x;
  }

  private static ValueType wider(ValueType a, ValueType b) {
    if (a == b) {
      return a;
    }
    return a == ValueType.STRING || b == ValueType.STRING ? ValueType.STRING : ValueType.DOUBLE;
  }

  private static AttributeType graphmlType(ValueType t) {
    return switch (t) {
      case STRING -> AttributeType.STRING;
      case INT -> AttributeType.INT;
      case DOUBLE -> AttributeType.DOUBLE;
    };
  }

  private static GEXFExporter<Integer, Integer> gexf(ExportGraph graph) {
    GEXFExporter<Integer, Integer> x = new GEXFExporter<>(v -> graph.nodes().get(v).id(), e -> Integer.toString(e));
    x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    x.setParameter(GEXFExporter.Parameter.EXPORT_META, false);
    graph.nodeAttributes().forEach((k, t) ->
        x.registerAttribute(k, GEXFExporter.AttributeCategory.NODE, gexfType(t)));
    graph.edgeAttributes().forEach((k, t) ->
        x.registerAttribute(k, GEXFExporter.AttributeCategory.EDGE, gexfType(t)));
    x.setVertexAttributeProvider(nodeAttributes(graph, Function.identity()));
    x.setEdgeAttributeProvider(edgeAttributes(graph, Function.identity(), false));
    return x;
  }

  private static GEXFAttributeType gexfType(ValueType t) {
    return switch (t) {
      case STRING -> GEXFAttributeType.STRING;
      case INT -> GEXFAttributeType.INTEGER;
      case DOUBLE -> GEXFAttributeType.DOUBLE;
    };
  }

  /**
   * Fill colours of clusters 1, 2, ... in DOT (Graphviz's X11 names from the ColorBrewer "Set3" palette); cluster
   * numbers beyond the palette wrap around.
   */
  static final List<String> DOT_CLUSTER_COLOURS = List.of("#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3",
      "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f");
  /** Pen widths of DOT edges run from 1 (lightest edge) to this (heaviest). */
  static final double DOT_MAX_PEN_WIDTH = 5.0;

  private static DOTExporter<Integer, Integer> dot(ExportGraph graph) {
    DOTExporter<Integer, Integer> x = new DOTExporter<>(v -> dotId(graph.nodes().get(v).id()));
    Function<Integer, Map<String, Attribute>> nodes = nodeAttributes(graph, GraphExporter::dotString);
    x.setVertexAttributeProvider(v -> {
      Map<String, Attribute> m = nodes.apply(v);
      Node n = graph.nodes().get(v);
      m.put("style", DefaultAttribute.createAttribute("filled"));
      Object cluster = n.attributes().get("cluster");
      m.put("fillcolor", DefaultAttribute.createAttribute(cluster instanceof Integer c && c > 0
          ? DOT_CLUSTER_COLOURS.get((c - 1) % DOT_CLUSTER_COLOURS.size()) : "#ffffff"));
      Object kind = n.attributes().get("kind");
      m.put("shape", DefaultAttribute.createAttribute("paper".equals(kind) || graph.isDirected() ? "box"
          : "category".equals(kind) ? "diamond" : "ellipse"));
      return m;
    });
    double max = graph.edges().stream().mapToDouble(Edge::weight).max().orElse(1);
    Function<Integer, Map<String, Attribute>> edges = edgeAttributes(graph, GraphExporter::dotString, true);
    x.setEdgeAttributeProvider(e -> {
      Map<String, Attribute> m = edges.apply(e);
      double w = graph.edges().get(e).weight();
      double width = max > 0 ? 1 + (DOT_MAX_PEN_WIDTH - 1) * Math.max(0, w) / max : 1;
      m.put("penwidth", DefaultAttribute.createAttribute(String.format(java.util.Locale.ROOT, "%.2f", width)));
      return m;
    });
    x.setGraphAttributeProvider(() -> {
      Map<String, Attribute> m = new LinkedHashMap<>();
      m.put("overlap", DefaultAttribute.createAttribute("false"));
      m.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
      return m;
    });
    return x;
  }

  /** A node id as a quoted DOT id: double quotes escaped (the exporter writes ids as they are). */
  static String dotId(String id) {
    String s = id.replace("\"", "\\\"");
    return "\"" + (s.endsWith("\\") ? s + " " : s) + "\"";
  }

  /**
   * A string value for DOT, before the exporter escapes its double quotes: backslashes doubled, line breaks as
   * {@code \n}, and a space after a final backslash.
   */
  static String dotString(String value) {
    String s = value.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    return s.endsWith("\\") ? s + " " : s;
  }

  /**
   * The node-link JSON that networkx 3 reads with {@code node_link_graph(data)} and its defaults, and d3 reads as
   * nodes and links: {@code directed}, {@code multigraph} (false), {@code graph} ({}), {@code nodes} (each with
   * {@code id}, {@code label} and the attributes) and the edges (each with {@code source}, {@code target}, {@code
   * weight} and the attributes) under both {@code edges} (the key of networkx 3.4 and later, and of JGraphT) and
   * {@code links} (networkx before 3.4, d3).
   */
  private static void json(ExportGraph graph, Writer out) throws IOException {
    com.fasterxml.jackson.core.JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(
        new java.io.FilterWriter(out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        });
    g.writeStartObject();
    g.writeBooleanField("directed", graph.isDirected());
    g.writeBooleanField("multigraph", false);
    g.writeObjectFieldStart("graph");
    g.writeEndObject();
    g.writeArrayFieldStart("nodes");
    for (Node n : graph.nodes()) {
      g.writeStartObject();
      g.writeStringField("id", n.id());
      g.writeStringField("label", n.label());
      for (Map.Entry<String, Object> a : n.attributes().entrySet()) {
        jsonValue(g, a.getKey(), a.getValue());
      }
      g.writeEndObject();
      g.writeRaw('\n');
    }
    g.writeEndArray();
    for (String key : List.of("edges", "links")) {
      g.writeArrayFieldStart(key);
      for (Edge e : graph.edges()) {
        g.writeStartObject();
        g.writeStringField("source", e.source());
        g.writeStringField("target", e.target());
        g.writeNumberField("weight", e.weight());
        for (Map.Entry<String, Object> a : e.attributes().entrySet()) {
          jsonValue(g, a.getKey(), a.getValue());
        }
        g.writeEndObject();
        g.writeRaw('\n');
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.close();
    out.write('\n');
  }

  private static void jsonValue(com.fasterxml.jackson.core.JsonGenerator g, String name, Object value)
      throws IOException {
    if (value instanceof Integer i) {
      g.writeNumberField(name, i);
    } else if (value instanceof Double d) {
      g.writeNumberField(name, d);
    } else {
      g.writeStringField(name, String.valueOf(value));
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // CSV (RFC 4180, header rows as Gephi's spreadsheet import expects)

  private static final String CRLF = "\r\n";

  private static void csvNodes(ExportGraph graph, Writer w) throws IOException {
    List<String> names = new ArrayList<>(graph.nodeAttributes().keySet());
    List<String> header = new ArrayList<>(List.of("Id", "Label"));
    header.addAll(names);
    csvRow(w, header);
    for (Node n : graph.nodes()) {
      List<String> row = new ArrayList<>(List.of(n.id(), n.label()));
      names.forEach(k -> row.add(format(n.attributes().get(k))));
      csvRow(w, row);
    }
  }

  private static void csvEdges(ExportGraph graph, Writer w) throws IOException {
    List<String> names = new ArrayList<>(graph.edgeAttributes().keySet());
    List<String> header = new ArrayList<>(List.of("Source", "Target", "Type", "Weight"));
    header.addAll(names);
    csvRow(w, header);
    String type = graph.isDirected() ? "Directed" : "Undirected";
    for (Edge e : graph.edges()) {
      List<String> row = new ArrayList<>(List.of(e.source(), e.target(), type, Double.toString(e.weight())));
      names.forEach(k -> row.add(format(e.attributes().get(k))));
      csvRow(w, row);
    }
  }

  private static String format(Object value) {
    return value == null ? "" : value.toString();
  }

  private static void csvRow(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(csvField(fields.get(i)));
    }
    w.write(CRLF);
  }

  /** A CSV field, quoted (quotes doubled) when it holds a comma, quote, line break or edge white space. */
  static String csvField(String s) {
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
    return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // VOSviewer map and network files

  /** The header of the VOSviewer map file. */
  static final String VOS_MAP_HEADER = "id\tlabel\tcluster\tweight<Papers>\tweight<Links>\tscore<Year>";

  /** The links for VOSviewer: unordered pairs of 1-based node numbers (smaller first), summed weights. */
  private static TreeMap<Long, Double> vosLinks(ExportGraph graph) {
    TreeMap<Long, Double> links = new TreeMap<>();
    for (Edge e : graph.edges()) {
      int a = graph.indexOf(e.source()) + 1;
      int b = graph.indexOf(e.target()) + 1;
      if (a == b) {
        continue;
      }
      long key = ((long) Math.min(a, b) << 32) | Math.max(a, b);
      links.merge(key, e.weight(), Double::sum);
    }
    links.values().removeIf(w -> !(w > 0));
    return links;
  }

  private static void vosMap(ExportGraph graph, Writer w) throws IOException {
    List<TreeSet<Integer>> neighbors = new ArrayList<>();
    graph.nodes().forEach(n -> neighbors.add(new TreeSet<>()));
    for (long key : vosLinks(graph).keySet()) {
      int a = (int) (key >>> 32);
      int b = (int) key;
      neighbors.get(a - 1).add(b);
      neighbors.get(b - 1).add(a);
    }
    w.write(VOS_MAP_HEADER);
    w.write('\n');
    List<Node> nodes = graph.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      Object cluster = n.attributes().get("cluster");
      Object papers = n.attributes().get("papers");
      Object year = n.attributes().getOrDefault("year", n.attributes().get("meanYear"));
      w.write((i + 1) + "\t" + vosLabel(n.label()) + "\t"
          + (cluster instanceof Integer c && c > 0 ? c.toString() : "") + "\t"
          + (papers instanceof Number ? papers.toString() : "") + "\t"
          + neighbors.get(i).size() + "\t"
          + (year instanceof Number ? year.toString() : "") + "\n");
    }
  }

  /**
   * A label for a VOSviewer map file: tabs become spaces; a label holding a comma, semicolon or double quote is
   * enclosed in double quotes with its double quotes doubled, as the VOSviewer manual asks for labels with commas
   * or semicolons (its separators besides the tab).
   */
  static String vosLabel(String label) {
    String s = label.replace('\t', ' ');
    return s.indexOf(',') >= 0 || s.indexOf(';') >= 0 || s.indexOf('"') >= 0
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static void vosNetwork(ExportGraph graph, Writer w) throws IOException {
    for (Map.Entry<Long, Double> e : vosLinks(graph).entrySet()) {
      long key = e.getKey();
      double weight = e.getValue();
      String ws = weight == Math.rint(weight) && Math.abs(weight) < 1e15 ? Long.toString((long) weight)
          : Double.toString(weight);
      w.write((key >>> 32) + "\t" + (int) key + "\t" + ws + "\n");
    }
  }

  /** Writes to a string; for tests and small graphs. */
  static String toString(ExportGraph graph, ExportFormat format) {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      write(graph, format, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
