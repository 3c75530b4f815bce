package org.citegraph.export;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.nio.json.JSONImporter;
import org.w3c.dom.Document;

/** Reads exported files back, with jgrapht-io's importers where there is one, into a comparable form. */
final class ReadBack {
  private ReadBack() {}

  /**
   * What was read: node attributes (label included) by node id, and per edge key "source -> target" (undirected:
   * smaller id first) the weight and the attributes. Values are the strings read.
   */
  record Result(Map<String, Map<String, String>> nodes, Map<String, Double> weights,
      Map<String, Map<String, String>> edges) {}

  static String key(String s, String t, boolean directed) {
    return directed || s.compareTo(t) <= 0 ? s + " -> " + t : t + " -> " + s;
  }

  /** Writes a graph in a format and reads it back. */
  static Result roundTrip(ExportGraph g, ExportFormat format) throws IOException {
    if (format.isTwoFiles()) {
      StringWriter a = new StringWriter();
      StringWriter b = new StringWriter();
      GraphExporter.write(g, format, a, b);
      return format == ExportFormat.CSV ? csv(a.toString(), b.toString(), g.isDirected())
          : vosviewer(a.toString(), b.toString());
    }
    StringWriter w = new StringWriter();
    GraphExporter.write(g, format, w);
    String text = w.toString();
    return switch (format) {
      case GRAPHML -> {
        GraphMLImporter<String, DefaultWeightedEdge> i = new GraphMLImporter<>();
        i.setVertexFactory(s -> s);
        // The GraphML schema makes node ids NMTOKENs; validate whenever the ids are (DOIs with '/' are not).
        i.setSchemaValidation(g.nodes().stream().allMatch(n -> n.id().matches("[A-Za-z0-9._:-]+")));
        yield jgrapht(i, i, text, g.isDirected(), "weight");
      }
      case GEXF -> {
        wellFormed(text);
        SimpleGEXFImporter<String, DefaultWeightedEdge> i = new SimpleGEXFImporter<>();
        i.setVertexFactory(s -> s);
        yield jgrapht(i, i, text, g.isDirected(), "weight");
      }
      case DOT -> {
        DOTImporter<String, DefaultWeightedEdge> i = new DOTImporter<>();
        i.setVertexFactory(s -> s);
        yield jgrapht(i, i, text, g.isDirected(), null);
      }
      case JSON -> {
        JSONImporter<String, DefaultWeightedEdge> i = new JSONImporter<>();
        i.setVertexFactory(s -> s);
        i.setVerticesCollectionName("nodes");
        i.setEdgesCollectionName("edges");
        yield jgrapht(i, i, text, g.isDirected(), "weight");
      }
      default -> throw new AssertionError(format);
    };
  }

  /** Parses XML with the JDK parser, DOCTYPE disallowed, and returns the document. */
  static Document wellFormed(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e, e);
    }
  }

  private static Result jgrapht(GraphImporter<String, DefaultWeightedEdge> importer,
      BaseEventDrivenImporter<String, DefaultWeightedEdge> events, String text, boolean directed,
      String weightKey) {
    Graph<String, DefaultWeightedEdge> graph = (directed ? GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
        : GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()).allowingMultipleEdges(true)
        .allowingSelfLoops(true).weighted(true).edgeClass(DefaultWeightedEdge.class).buildGraph();
    Map<String, Map<String, String>> nodes = new TreeMap<>();
    Map<DefaultWeightedEdge, Map<String, String>> edgeAttrs = new IdentityHashMap<>();
    events.addVertexAttributeConsumer((p, a) -> {
      if (a != null && !p.getSecond().equals("ID")) {
        nodes.computeIfAbsent(p.getFirst(), k -> new TreeMap<>()).put(p.getSecond(), a.getValue());
      }
    });
    events.addEdgeAttributeConsumer((p, a) -> {
      if (a != null && !List.of("id", "source", "target").contains(p.getSecond())) {
        edgeAttrs.computeIfAbsent(p.getFirst(), k -> new TreeMap<>()).put(p.getSecond(), a.getValue());
      }
    });
    try (Reader r = new StringReader(text)) {
      importer.importGraph(graph, r);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    for (String v : graph.vertexSet()) {
      nodes.computeIfAbsent(v, k -> new TreeMap<>());
    }
    Map<String, Double> weights = new TreeMap<>();
    Map<String, Map<String, String>> edges = new TreeMap<>();
    for (DefaultWeightedEdge e : graph.edgeSet()) {
      String k = key(graph.getEdgeSource(e), graph.getEdgeTarget(e), directed);
      Map<String, String> attrs = new TreeMap<>(edgeAttrs.getOrDefault(e, Map.of()));
      double w = weightKey != null ? graph.getEdgeWeight(e) : Double.parseDouble(attrs.get("weight"));
      attrs.remove("weight");
      weights.put(k, w);
      edges.put(k, attrs);
    }
    return new Result(nodes, weights, edges);
  }

  /** Parses RFC 4180 CSV. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  private static Result csv(String nodesText, String edgesText, boolean directed) {
    List<List<String>> nodeRows = parseCsv(nodesText);
    List<String> nh = nodeRows.get(0);
    Map<String, Map<String, String>> nodes = new TreeMap<>();
    for (List<String> r : nodeRows.subList(1, nodeRows.size())) {
      Map<String, String> attrs = new TreeMap<>();
      attrs.put("label", r.get(1));
      for (int c = 2; c < nh.size(); c++) {
        if (!r.get(c).isEmpty()) {
          attrs.put(nh.get(c), r.get(c));
        }
      }
      nodes.put(r.get(0), attrs);
    }
    List<List<String>> edgeRows = parseCsv(edgesText);
    List<String> eh = edgeRows.get(0);
    if (!eh.subList(0, 4).equals(List.of("Source", "Target", "Type", "Weight"))) {
      throw new AssertionError("edge header " + eh);
    }
    Map<String, Double> weights = new TreeMap<>();
    Map<String, Map<String, String>> edges = new TreeMap<>();
    for (List<String> r : edgeRows.subList(1, edgeRows.size())) {
      String k = key(r.get(0), r.get(1), directed);
      weights.put(k, Double.parseDouble(r.get(3)));
      Map<String, String> attrs = new TreeMap<>();
      for (int c = 4; c < eh.size(); c++) {
        if (!r.get(c).isEmpty()) {
          attrs.put(eh.get(c), r.get(c));
        }
      }
      edges.put(k, attrs);
    }
    return new Result(nodes, weights, edges);
  }

  /**
   * Reads VOSviewer map and network files. Nodes are keyed by their number; attributes are the map's columns
   * (label, cluster, weight&lt;Papers&gt;, weight&lt;Links&gt;, score&lt;Year&gt;), empty cells left out.
   */
  static Result vosviewer(String map, String network) {
    String[] lines = map.split("\n", -1);
    String[] header = lines[0].split("\t", -1);
    if (!lines[0].equals(GraphExporter.VOS_MAP_HEADER)) {
      throw new AssertionError("map header " + lines[0]);
    }
    Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isEmpty()) {
        continue;
      }
      String[] cells = lines[i].split("\t", -1);
      if (cells.length != header.length) {
        throw new AssertionError("map line " + i + " has " + cells.length + " cells: " + lines[i]);
      }
      Map<String, String> attrs = new HashMap<>();
      for (int c = 1; c < cells.length; c++) {
        String cell = cells[c];
        if (cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")) {
          cell = cell.substring(1, cell.length() - 1).replace("\"\"", "\"");
        } else if (cell.contains("\"") || cell.contains(",") || cell.contains(";")) {
          throw new AssertionError("unquoted comma, semicolon or quote in map line " + i + ": " + cell);
        }
        if (!cell.isEmpty()) {
          attrs.put(header[c], cell);
        }
      }
      Integer.parseInt(cells[0]);
      nodes.put(cells[0], attrs);
    }
    Map<String, Double> weights = new TreeMap<>();
    for (String line : network.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 3 || !nodes.containsKey(cells[0]) || !nodes.containsKey(cells[1])) {
        throw new AssertionError("network line " + line);
      }
      weights.put(cells[0] + " -> " + cells[1], Double.parseDouble(cells[2]));
    }
    return new Result(nodes, weights, Map.of());
  }
}
