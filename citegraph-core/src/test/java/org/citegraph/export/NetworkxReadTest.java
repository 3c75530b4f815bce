package org.citegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.graph.Counting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exports load in a real networkx 3 with its defaults: {@code node_link_graph(json.load(f))} and {@code
 * read_graphml(f)} give the same nodes, edges and weights (every edge weighted). Skipped where Python 3 with
 * networkx is not installed.
 */
class NetworkxReadTest {
  private static final String SCRIPT = String.join("\n",
      "import json, sys",
      "import networkx as nx",
      "g = nx.node_link_graph(json.load(open(sys.argv[1], encoding='utf-8')))",
      "h = nx.read_graphml(sys.argv[2])",
      "def describe(x):",
      "    w = [d.get('weight') for _, _, d in x.edges(data=True)]",
      "    missing = sum(1 for v in w if v is None)",
      "    total = sum(float(v) for v in w if v is not None)",
      "    return '%d %d %s %s %d %.6f' % (x.number_of_nodes(), x.number_of_edges(), x.is_directed(),"
          + " x.is_multigraph(), missing, total)",
      "print(nx.__version__.split('.')[0])",
      "print(describe(g))",
      "print(describe(h))",
      "print(g.nodes['luke-metz']['label'] if 'luke-metz' in g else '-')");

  private static boolean networkxInstalled() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import networkx").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void jsonAndGraphmlLoadInNetworkxWithDefaults(@TempDir Path dir) throws Exception {
    assumeTrue(networkxInstalled(), "python3 with networkx is not installed");
    Corpus corpus = CiteGraph.loadSamples();
    for (ExportGraph g : List.of(ExportGraph.coauthor(corpus, Counting.FRACTIONAL), ExportGraph.citations(corpus),
        ExportGraph.coauthor(corpus, Counting.FULL))) {
      Path json = GraphExporter.export(g, ExportFormat.JSON, dir.resolve("g.json")).get(0);
      Path graphml = GraphExporter.export(g, ExportFormat.GRAPHML, dir.resolve("g.graphml")).get(0);
      Path script = dir.resolve("read.py");
      Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
      Process p = new ProcessBuilder("python3", script.toString(), json.toString(), graphml.toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), out);
      String[] lines = out.strip().split("\n");
      assertEquals("3", lines[0], "networkx 3: " + out);
      double total = g.edges().stream().mapToDouble(ExportGraph.Edge::weight).sum();
      String expected = String.format(Locale.ROOT, "%d %d %s False 0 %.6f", g.nodes().size(), g.edges().size(),
          g.isDirected() ? "True" : "False", total);
      assertEquals(expected, lines[1], "node_link_graph: " + out);
      assertEquals(expected, lines[2], "read_graphml (a weight on every edge): " + out);
      if (!g.isDirected()) {
        assertEquals("Luke Metz", lines[3]);
      }
    }
  }
}
