package org.citegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.query.TopicClustering;
import org.citegraph.query.TopicClusters;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class GraphExporterTest {
  private static Corpus samples;

  @BeforeAll
  static void load() {
    samples = CiteGraph.loadSamples();
  }

  private static final String TITLE = "A \"quoted\" <title> & more\nsecond line \u00e9\u00e8 \u4e2d\u6587 \ud83d\ude00 \\N end\\";

  /** A small graph whose strings need escaping in every format. */
  static ExportGraph tricky(boolean directed) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("title", TITLE);
    a.put("year", 2021);
    a.put("score", 0.1 + 0.2);
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("title", "plain, with comma; and 'single' quotes\ttab\r\nCRLF");
    b.put("year", 1999);
    b.put("score", -1e-300);
    return ExportGraph.builder(directed)
        .node("arxiv:2101.00001", TITLE, a)
        .node("doi:10.1000/x\"y<z>&", "Caf\u00e9 <b>bold</b>", b)
        .node("hash:0123abcd", null, Map.of())
        .edge("doi:10.1000/x\"y<z>&", "arxiv:2101.00001", 1.0 / 3, Map.of("paperIds", "a;b", "papers", 2))
        .edge("hash:0123abcd", "arxiv:2101.00001", 7.25, Map.of("paperIds", "<&>\"\n", "papers", 1))
        .build();
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"GRAPHML", "GEXF", "DOT", "JSON", "CSV"})
  void trickyStringsRoundTrip(ExportFormat format) throws IOException {
    assertTrue(format.canReadBack());
    ExportAssertions.assertRoundTrip(tricky(false), format);
    ExportAssertions.assertRoundTrip(tricky(true), format);
  }

  @Test
  void trickyStringsInVosviewer() throws IOException {
    ExportAssertions.assertVosviewer(tricky(false));
  }

  @Test
  void xmlFormatsKeepLineBreaksAndNonAsciiExactly() throws IOException {
    for (ExportFormat f : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF)) {
      Document d = ReadBack.wellFormed(GraphExporter.toString(tricky(false), f));
      assertTrue(d.getElementsByTagName("node").getLength() == 3, f.toString());
    }
    Document gexf = ReadBack.wellFormed(GraphExporter.toString(tricky(false), ExportFormat.GEXF));
    Element first = (Element) gexf.getElementsByTagName("node").item(0);
    assertEquals("arxiv:2101.00001", first.getAttribute("id"));
    // Labels have their white space collapsed; attribute values keep line breaks.
    assertEquals(TITLE.replace('\n', ' '), first.getAttribute("label"));
    Element value = (Element) first.getElementsByTagName("attvalue").item(0);
    assertEquals(TITLE, value.getAttribute("value"));
  }

  @Test
  void labelsAreCollapsedAndDefaultToTheId() {
    ExportGraph g = tricky(false);
    assertEquals("hash:0123abcd", g.nodes().get(2).label());
    assertEquals(TITLE.replace('\n', ' '), g.nodes().get(0).label());
  }

  @Test
  void samplesCoauthorGraphml() throws IOException {
    ExportGraph g = ExportGraph.coauthor(samples, Counting.FULL);
    String xml = GraphExporter.toString(g, ExportFormat.GRAPHML);
    Document d = ReadBack.wellFormed(xml);
    assertEquals(28, d.getElementsByTagName("node").getLength());
    assertEquals(samples.coauthorGraph().edgeCount(), d.getElementsByTagName("edge").getLength());
    ReadBack.Result r = ReadBack.roundTrip(g, ExportFormat.GRAPHML);
    assertEquals(28, r.nodes().size());
    Author luke = samples.author("Luke Metz");
    Author niru = samples.author("Niru Maheswaranathan");
    String key = ReadBack.key(luke.id(), niru.id(), false);
    assertEquals(9.0, r.weights().get(key), 0.0);
    assertEquals("9", r.edges().get(key).get("papers"));
    assertEquals(9, r.edges().get(key).get("paperIds").split(";").length);
    assertEquals("Luke Metz", r.nodes().get(luke.id()).get("label"));
    ExportAssertions.assertRoundTrip(g, ExportFormat.GRAPHML);
  }

  @ParameterizedTest
  @EnumSource(value = ExportFormat.class, names = {"GRAPHML", "GEXF", "DOT", "JSON", "CSV"})
  void samplesCoauthorRoundTripsUnderEveryCounting(ExportFormat format) throws IOException {
    for (Counting c : Counting.values()) {
      ExportAssertions.assertRoundTrip(ExportGraph.coauthor(samples, c), format);
    }
  }

  @Test
  void samplesCoauthorAttributes() {
    ExportGraph g = ExportGraph.coauthor(samples, Counting.FRACTIONAL);
    Author niru = samples.author("Niru Maheswaranathan");
    ExportGraph.Node n = g.nodes().get(g.indexOf(niru.id()));
    assertEquals(samples.paperCount(niru), n.attributes().get("papers"));
    assertEquals(1, n.attributes().get("cluster"));
    assertTrue((Integer) n.attributes().get("firstYear") <= (Integer) n.attributes().get("lastYear"));
    assertTrue(n.attributes().containsKey("mainCategory"), n.toString());
    assertEquals(ExportGraph.ValueType.DOUBLE, g.nodeAttributes().get("meanYear"));
    assertEquals(ExportGraph.ValueType.INT, g.edgeAttributes().get("papers"));
    assertEquals(ExportGraph.ValueType.STRING, g.edgeAttributes().get("paperIds"));
  }

  @Test
  void samplesVosviewer() throws IOException {
    ExportGraph g = ExportGraph.coauthor(samples, Counting.FULL);
    ExportAssertions.assertVosviewer(g);
    StringWriter map = new StringWriter();
    StringWriter network = new StringWriter();
    GraphExporter.write(g, ExportFormat.VOSVIEWER, map, network);
    assertEquals(29, map.toString().split("\n").length);
    assertEquals(samples.coauthorGraph().edgeCount(), network.toString().split("\n").length);
    int luke = g.indexOf(samples.author("Luke Metz").id()) + 1;
    int niru = g.indexOf(samples.author("Niru Maheswaranathan").id()) + 1;
    assertTrue(network.toString().contains(Math.min(luke, niru) + "\t" + Math.max(luke, niru) + "\t9\n"));
  }

  @Test
  void samplesTopicGraph() throws IOException {
    TopicClustering clustering = TopicClusters.of(samples).cluster();
    ExportGraph g = ExportGraph.topics(samples, clustering);
    long papers = g.nodes().stream().filter(n -> "paper".equals(n.attributes().get("kind"))).count();
    long topics = g.nodes().stream().filter(n -> "topic".equals(n.attributes().get("kind"))).count();
    long categories = samples.papers().stream().flatMap(p -> p.categories().stream()).distinct().count();
    assertEquals(samples.papers().size(), papers);
    assertEquals(clustering.clusters().size(), topics);
    assertEquals(papers + topics + categories, g.nodes().size());
    int links = samples.papers().stream().mapToInt(p -> 1 + p.categories().size()).sum();
    assertEquals(links, g.edges().size());
    for (ExportFormat f : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF, ExportFormat.DOT, ExportFormat.JSON,
        ExportFormat.CSV)) {
      ExportAssertions.assertRoundTrip(g, f);
    }
    ExportAssertions.assertVosviewer(g);
    Paper p = samples.papers().get(0);
    ExportGraph.Node node = g.nodes().get(g.indexOf(p.id().toString()));
    assertEquals(p.title(), node.attributes().get("title"));
  }

  @Test
  void directedGraphsViaOfKeepDirection() throws IOException {
    Graph<String, DefaultWeightedEdge> cites = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (String v : List.of("doi:10.1/b", "doi:10.1/a", "arxiv:1701.00001")) {
      cites.addVertex(v);
    }
    cites.addEdge("doi:10.1/b", "doi:10.1/a");
    cites.addEdge("arxiv:1701.00001", "doi:10.1/b");
    cites.addEdge("doi:10.1/a", "doi:10.1/b");
    ExportGraph g = ExportGraph.of(cites, v -> v, v -> "Paper " + v, v -> Map.of("year", v.length()),
        cites::getEdgeWeight, e -> Map.of("relation", "cites"));
    assertTrue(g.isDirected());
    assertEquals("doi:10.1/a", g.edges().get(1).source());
    assertEquals("doi:10.1/b", g.edges().get(2).source());
    for (ExportFormat f : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF, ExportFormat.DOT, ExportFormat.JSON,
        ExportFormat.CSV)) {
      ExportAssertions.assertRoundTrip(g, f);
    }
    assertTrue(GraphExporter.toString(g, ExportFormat.DOT).contains("\"doi:10.1/b\" -> \"doi:10.1/a\""));
    assertTrue(GraphExporter.toString(g, ExportFormat.GRAPHML).contains("edgedefault=\"directed\""));
  }

  @Test
  void outputIsDeterministic() {
    ExportGraph a = ExportGraph.coauthor(CiteGraph.loadSamples(), Counting.FRACTIONAL);
    ExportGraph b = ExportGraph.coauthor(CiteGraph.loadSamples(), Counting.FRACTIONAL);
    for (ExportFormat f : List.of(ExportFormat.GRAPHML, ExportFormat.GEXF, ExportFormat.DOT, ExportFormat.JSON)) {
      assertEquals(GraphExporter.toString(a, f), GraphExporter.toString(b, f));
    }
    for (int i = 1; i < a.nodes().size(); i++) {
      assertTrue(a.nodes().get(i - 1).id().compareTo(a.nodes().get(i).id()) < 0);
    }
  }

  @Test
  void exportWritesTheFilesItNames(@TempDir Path dir) throws IOException {
    ExportGraph g = tricky(false);
    assertEquals(List.of(dir.resolve("g.graphml")), GraphExporter.export(g, ExportFormat.GRAPHML,
        dir.resolve("g.graphml")));
    List<Path> csv = GraphExporter.export(g, ExportFormat.CSV, dir.resolve("sub/g.csv"));
    assertEquals(List.of(dir.resolve("sub/g-nodes.csv"), dir.resolve("sub/g-edges.csv")), csv);
    List<Path> vos = GraphExporter.export(g, ExportFormat.VOSVIEWER, dir.resolve("g"));
    assertEquals(List.of(dir.resolve("g-map.txt"), dir.resolve("g-network.txt")), vos);
    for (Path p : List.of(dir.resolve("g.graphml"), csv.get(0), csv.get(1), vos.get(0), vos.get(1))) {
      assertTrue(Files.size(p) > 0, p.toString());
    }
    assertTrue(Files.readString(csv.get(0), StandardCharsets.UTF_8).startsWith("Id,Label,title,year,score\r\n"));
  }

  @Test
  void formats() {
    assertEquals(ExportFormat.GEXF, ExportFormat.parse("gexf"));
    assertEquals(ExportFormat.VOSVIEWER, ExportFormat.parse(" VOSviewer "));
    assertThrows(IllegalArgumentException.class, () -> ExportFormat.parse("svg"));
    assertEquals("graphml", ExportFormat.GRAPHML.extension());
    assertTrue(!ExportFormat.VOSVIEWER.canReadBack());
    assertThrows(IllegalArgumentException.class,
        () -> GraphExporter.write(tricky(false), ExportFormat.CSV, new StringWriter()));
  }

  @Test
  void builderRejectsBadInput() {
    assertThrows(IllegalArgumentException.class,
        () -> ExportGraph.builder(false).node("a", "A", Map.of("weight", 1)));
    assertThrows(IllegalArgumentException.class,
        () -> ExportGraph.builder(false).node("a", "A", Map.of("bad name", 1)));
    assertThrows(IllegalArgumentException.class,
        () -> ExportGraph.builder(false).node("a", "A", Map.of("x", 1)).node("b", "B", Map.of("x", "text")));
    assertThrows(IllegalArgumentException.class, () -> ExportGraph.builder(false).node("a", "A", Map.of())
        .node("a", "again", Map.of()));
    assertThrows(IllegalArgumentException.class,
        () -> ExportGraph.builder(false).node("a", "A", Map.of()).edge("a", "b", 1, Map.of()).build());
    assertThrows(IllegalArgumentException.class,
        () -> ExportGraph.builder(false).node("a", "A", Map.of()).edge("a", "a", Double.NaN, Map.of()));
    ExportGraph mixed = ExportGraph.builder(false).node("a", "A\u0001", Map.of("x", 1))
        .node("b", "B", Map.of("x", 2.5)).build();
    assertEquals(ExportGraph.ValueType.DOUBLE, mixed.nodeAttributes().get("x"));
    assertEquals(1.0, mixed.nodes().get(0).attributes().get("x"));
    assertEquals("A", mixed.nodes().get(0).label());
  }

  @Test
  void dotCarriesLabelsPenWidthsAndClusterColours() {
    ExportGraph g = ExportGraph.coauthor(samples, Counting.FULL);
    String dot = GraphExporter.toString(g, ExportFormat.DOT);
    Author luke = samples.author("Luke Metz");
    Author niru = samples.author("Niru Maheswaranathan");
    double max = g.edges().stream().mapToDouble(ExportGraph.Edge::weight).max().orElseThrow();
    assertEquals(9.0, max, 0.0, "Luke and Niru share the most papers");
    String edge = dot.lines().filter(l -> l.contains(luke.id()) && l.contains(niru.id()) && l.contains("--"))
        .findFirst().orElseThrow();
    assertTrue(edge.contains("penwidth=\"5.00\""), edge);
    String light = dot.lines().filter(l -> l.contains("--") && l.contains("weight=\"1.0\"")).findFirst()
        .orElseThrow();
    assertTrue(light.contains("penwidth=\"1.44\""), "1 + 4 * 1/9: " + light);
    String node = dot.lines().filter(l -> l.startsWith("  \"" + luke.id() + "\" [")).findFirst().orElseThrow();
    assertTrue(node.contains("label=\"Luke Metz\"") && node.contains("fillcolor=\"#8dd3c7\"")
        && node.contains("style=\"filled\""), node);
    String topics = GraphExporter.toString(ExportGraph.topics(samples,
        TopicClusters.of(samples).cluster()), ExportFormat.DOT);
    assertTrue(topics.contains("fillcolor=\"#ffffb3\""), "a second cluster, a second colour");
    assertTrue(topics.contains("shape=\"box\"") && topics.contains("shape=\"diamond\""), "papers, categories");
  }

  @Test
  void vosviewerQuotesLabelsWithCommasSemicolonsAndQuotes() {
    assertEquals("plain label", GraphExporter.vosLabel("plain label"));
    assertEquals("\"Le Cun, Yann\"", GraphExporter.vosLabel("Le Cun, Yann"));
    assertEquals("\"a; b\"", GraphExporter.vosLabel("a; b"));
    assertEquals("\"The \"\"best\"\" model\"", GraphExporter.vosLabel("The \"best\" model"));
    assertEquals("a b", GraphExporter.vosLabel("a\tb"));
  }
}
