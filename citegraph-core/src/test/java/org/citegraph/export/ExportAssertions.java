package org.citegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

import org.citegraph.export.ExportGraph.Edge;
import org.citegraph.export.ExportGraph.Node;

/** Compares an exported graph with what was read back. */
final class ExportAssertions {
  private ExportAssertions() {}

  /** The string a format gives back for a string value. */
  static String expected(ExportFormat format, String value) {
    return format == ExportFormat.DOT ? GraphExporter.dotString(value) : value;
  }

  /** Exports in a readable format, reads back, and checks node ids, edges, weights (1e-9) and attributes. */
  static void assertRoundTrip(ExportGraph g, ExportFormat format) throws IOException {
    ReadBack.Result r = ReadBack.roundTrip(g, format);
    Map<String, Node> nodes = new TreeMap<>();
    g.nodes().forEach(n -> nodes.put(n.id(), n));
    assertEquals(nodes.keySet(), r.nodes().keySet(), format + ": node ids");
    Map<String, Double> weights = new TreeMap<>();
    for (Edge e : g.edges()) {
      weights.merge(ReadBack.key(e.source(), e.target(), g.isDirected()), e.weight(), Double::sum);
    }
    assertEquals(weights.keySet(), r.weights().keySet(), format + ": edges");
    weights.forEach((k, w) -> assertEquals(w, r.weights().get(k), 1e-9, format + ": weight of " + k));
    for (Node n : g.nodes()) {
      Map<String, String> read = r.nodes().get(n.id());
      assertEquals(expected(format, n.label()), read.get("label"), format + ": label of " + n.id());
      n.attributes().forEach((k, v) -> assertValue(format, v, read.get(k), n.id() + "." + k));
    }
    for (Edge e : g.edges()) {
      Map<String, String> read = r.edges().get(ReadBack.key(e.source(), e.target(), g.isDirected()));
      e.attributes().forEach((k, v) -> assertValue(format, v, read.get(k), e.source() + "-" + e.target() + "." + k));
    }
  }

  private static void assertValue(ExportFormat format, Object expected, String read, String where) {
    assertNotNull(read, format + ": " + where + " missing");
    if (expected instanceof Number n) {
      assertEquals(n.doubleValue(), Double.parseDouble(read), 0.0, format + ": " + where);
    } else {
      assertEquals(expected(format, (String) expected), read, format + ": " + where);
    }
  }

  /** Checks VOSviewer map and network files against the graph (nodes numbered 1..n in id order). */
  static void assertVosviewer(ExportGraph g) throws IOException {
    ReadBack.Result r = ReadBack.roundTrip(g, ExportFormat.VOSVIEWER);
    assertEquals(g.nodes().size(), r.nodes().size());
    Map<String, Double> expected = new TreeMap<>();
    for (Edge e : g.edges()) {
      int a = g.indexOf(e.source()) + 1;
      int b = g.indexOf(e.target()) + 1;
      if (a != b) {
        expected.merge(Math.min(a, b) + " -> " + Math.max(a, b), e.weight(), Double::sum);
      }
    }
    expected.values().removeIf(w -> !(w > 0));
    assertEquals(expected.keySet(), r.weights().keySet(), "VOSviewer links");
    expected.forEach((k, w) -> assertEquals(w, r.weights().get(k), 1e-9, "VOSviewer weight of " + k));
    Map<Integer, Integer> links = new TreeMap<>();
    for (String k : expected.keySet()) {
      String[] ab = k.split(" -> ");
      links.merge(Integer.parseInt(ab[0]), 1, Integer::sum);
      links.merge(Integer.parseInt(ab[1]), 1, Integer::sum);
    }
    for (int i = 0; i < g.nodes().size(); i++) {
      Node n = g.nodes().get(i);
      Map<String, String> read = r.nodes().get(Integer.toString(i + 1));
      assertNotNull(read, "VOSviewer node " + (i + 1));
      assertEquals(n.label(), read.get("label"));
      assertEquals(links.getOrDefault(i + 1, 0), Integer.parseInt(read.get("weight<Links>")));
      Object papers = n.attributes().get("papers");
      if (papers != null) {
        assertEquals(papers.toString(), read.get("weight<Papers>"));
      }
      Object cluster = n.attributes().get("cluster");
      if (cluster != null) {
        assertEquals(cluster.toString(), read.get("cluster"));
        assertTrue(Integer.parseInt(read.get("cluster")) > 0);
      }
    }
  }
}
