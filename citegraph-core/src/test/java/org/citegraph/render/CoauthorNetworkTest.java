package org.citegraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.TopicClusters;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The co-author ego network and its picture. */
class CoauthorNetworkTest {
  private static final Corpus SAMPLES = CiteGraph.loadSamples();
  private static final Author NIRU = SAMPLES.author("Niru Maheswaranathan");

  private static CoauthorNetwork sampleNetwork(int hops) {
    return CoauthorNetwork.of(SAMPLES, NIRU, hops, CoauthorNetwork.DEFAULT_TOP,
        PaperGroups.of(TopicClusters.of(SAMPLES).clusterPapersOf(NIRU)));
  }

  /** The fill colour of each author circle, by the author's name (the hover title starts with it). */
  private static Map<String, String> fills(Xml svg) {
    Map<String, String> out = new HashMap<>();
    for (Xml c : svg.byClass("circle", "author")) {
      String title = c.children("title").get(0).text();
      out.put(title.substring(0, title.indexOf(':')), c.attr("fill"));
    }
    return out;
  }

  @Test
  void lukeMetzIsTheHeaviestLinkAndTheTwoLinesOfWorkAreTwoColours() throws Exception {
    CoauthorNetwork net = sampleNetwork(1);
    CoauthorNetwork.Link heaviest = net.heaviestCentreLink().orElseThrow();
    assertEquals("Luke Metz", net.nodes().get(heaviest.to()).author().displayName());
    assertEquals(9, heaviest.papers());

    Xml svg = Xml.parse(CoauthorNetworkSvg.render(net));
    Xml widest = null;
    for (Xml line : svg.byClass("line", "link")) {
      if (widest == null || Double.parseDouble(line.attr("stroke-width"))
          > Double.parseDouble(widest.attr("stroke-width"))) {
        widest = line;
      }
    }
    assertEquals("Niru Maheswaranathan \u2013 Luke Metz: 9 papers together", widest.children("title").get(0).text());

    Map<String, String> fills = fills(svg);
    assertEquals(net.nodes().size(), fills.size());
    Set<String> coauthorColours = new HashSet<>();
    for (CoauthorNetwork.Node n : net.nodes()) {
      if (n.hop() == 1) {
        coauthorColours.add(fills.get(n.author().displayName()));
      }
    }
    assertEquals(2, coauthorColours.size(), "two lines of work, two colours: " + coauthorColours);
    // Luke Metz (learned optimizers) and Alex H. Williams (recurrent networks) are on different lines.
    assertNotEquals(fills.get("Luke Metz"), fills.get("Alex H. Williams"));
    assertEquals(fills.get("Luke Metz"), fills.get("C. Daniel Freeman"));
  }

  @Test
  void theNodesAreTheTopCoauthorsWithTheirSharedPapersAndEveryLinkAmongThem() {
    CoauthorNetwork net = sampleNetwork(1);
    var graph = SAMPLES.coauthorGraph();
    assertEquals(1 + Math.min(CoauthorNetwork.DEFAULT_TOP, graph.degree(NIRU)), net.nodes().size());
    int previous = Integer.MAX_VALUE;
    for (CoauthorNetwork.Node n : net.nodes().subList(1, net.nodes().size())) {
      assertEquals(1, n.hop());
      assertEquals((int) graph.weight(NIRU, n.author(), Counting.FULL), n.shared());
      assertTrue(n.shared() <= previous, "not ranked by shared papers");
      previous = n.shared();
      assertEquals(SAMPLES.paperCount(n.author()), n.papers());
    }
    int expected = 0;
    for (int i = 0; i < net.nodes().size(); i++) {
      for (int j = i + 1; j < net.nodes().size(); j++) {
        expected += graph.weight(net.nodes().get(i).author(), net.nodes().get(j).author(), Counting.FULL) > 0 ? 1 : 0;
      }
    }
    assertEquals(expected, net.links().size());
  }

  @Test
  void secondHopAuthorsAreNotCoauthorsButLinkedToOne() {
    Corpus corpus = SAMPLES;
    Author luke = corpus.author("Luke Metz");
    CoauthorNetwork net = CoauthorNetwork.of(corpus, luke, 2, 5, PaperGroups.none());
    List<CoauthorNetwork.Node> second = net.nodes().stream().filter(n -> n.hop() == 2).toList();
    assertFalse(second.isEmpty());
    assertTrue(second.size() <= 5 / 2 + 1);
    for (CoauthorNetwork.Node n : second) {
      assertEquals(0.0, corpus.coauthorGraph().weight(luke, n.author(), Counting.FULL));
      int index = net.nodes().indexOf(n);
      assertTrue(net.links().stream().anyMatch(l -> l.to() == index
          && net.nodes().get(l.from()).hop() == 1), n.author() + " is linked to no co-author");
    }
    assertThrows(IllegalArgumentException.class, () -> CoauthorNetwork.of(corpus, luke, 3, 5, PaperGroups.none()));
    assertThrows(IllegalArgumentException.class,
        () -> CoauthorNetwork.of(corpus, luke, 1, CoauthorNetwork.MAX_TOP + 1, PaperGroups.none()));
  }

  @Test
  void namesOverlapNeitherEachOtherNorCirclesAndAllFit() throws Exception {
    for (int hops = 1; hops <= 2; hops++) {
      CoauthorNetwork net = sampleNetwork(hops);
      String text = CoauthorNetworkSvg.render(net);
      Xml svg = Xml.parse(text);
      double width = Double.parseDouble(svg.attr("width"));
      List<Svg.Box> boxes = new ArrayList<>();
      for (Xml name : svg.byClass("text", "name")) {
        double font = name.attr("font-size").isEmpty() ? 11 : Double.parseDouble(name.attr("font-size"));
        double w = Svg.textWidth(name.text(), font * (name.attr("font-weight").equals("bold") ? Svg.BOLD : 1));
        double x = Double.parseDouble(name.attr("x"));
        double y = Double.parseDouble(name.attr("y"));
        String anchor = name.attr("text-anchor");
        double left = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
        boxes.add(new Svg.Box(left, y - font * 0.8, w, font * 1.05));
      }
      assertEquals(net.nodes().size(), boxes.size(), "every name fits on the sample network");
      for (int i = 0; i < boxes.size(); i++) {
        assertTrue(boxes.get(i).inside(width, Double.parseDouble(svg.attr("height"))), "name outside the picture");
        for (int j = i + 1; j < boxes.size(); j++) {
          assertFalse(boxes.get(i).overlaps(boxes.get(j)), "names overlap: " + boxes.get(i) + " " + boxes.get(j));
        }
        for (Xml c : svg.byClass("circle", "author")) {
          assertFalse(boxes.get(i).overlapsCircle(Double.parseDouble(c.attr("cx")), Double.parseDouble(c.attr("cy")),
              Double.parseDouble(c.attr("r"))), "a name covers a circle");
        }
      }
      List<Xml> circles = svg.byClass("circle", "author");
      for (int i = 0; i < circles.size(); i++) {
        for (int j = i + 1; j < circles.size(); j++) {
          double dx = Double.parseDouble(circles.get(i).attr("cx")) - Double.parseDouble(circles.get(j).attr("cx"));
          double dy = Double.parseDouble(circles.get(i).attr("cy")) - Double.parseDouble(circles.get(j).attr("cy"));
          double r = Double.parseDouble(circles.get(i).attr("r")) + Double.parseDouble(circles.get(j).attr("r"));
          assertTrue(Math.hypot(dx, dy) >= r - 0.2, "circles overlap");
        }
      }
    }
  }

  @Test
  void anAuthorWithoutCoauthorsIsAloneInTheMiddle() throws Exception {
    Corpus corpus = Fixtures.corpus(List.of(Fixtures.record("Alone", List.of("Olga Wichrowska"), 2020, "a.txt", 1),
        Fixtures.record("Pair", List.of("Luke Metz", "Aran Nayebi"), 2021, "a.txt", 2)));
    CoauthorNetwork net = CoauthorNetwork.of(corpus, corpus.author("Olga Wichrowska"));
    assertEquals(1, net.nodes().size());
    assertTrue(net.links().isEmpty());
    assertTrue(net.heaviestCentreLink().isEmpty());
    String text = CoauthorNetworkSvg.render(net);
    Xml svg = Xml.parse(text);
    assertEquals(1, svg.byClass("circle", "author").size());
    assertEquals("Olga Wichrowska", svg.byClass("text", "name").get(0).text());
    assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
  }

  @Test
  void threadColoursFollowTheTimelineLanes() throws Exception {
    var timeline = ResearchThreads.of(SAMPLES).timeline(NIRU);
    PaperGroups groups = PaperGroups.of(timeline, TimelineSvg.DEFAULT_MAX_LANES);
    assertEquals(TimelineSvg.laneThreads(timeline, TimelineSvg.DEFAULT_MAX_LANES).size(), groups.size());
    CoauthorNetwork net = CoauthorNetwork.of(SAMPLES, NIRU, 1, 20, groups);
    Map<String, String> fills = fills(Xml.parse(CoauthorNetworkSvg.render(net)));
    Paper optimizers = timeline.threadOfTitle("Learned Optimizers that Scale and Generalize").first();
    int group = groups.groupOf(optimizers).orElseThrow();
    assertEquals(PaperGroups.colour(group), fills.get("Luke Metz"));
  }

  @Property(seed = "42", tries = 30)
  void theNetworkAndItsPictureDoNotDependOnTheRecordOrder(@ForAll("corpora") List<Paper> records,
      @ForAll Random random) throws Exception {
    Corpus corpus = Fixtures.corpus(records);
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    Corpus other = Fixtures.corpus(shuffled);
    for (Author a : corpus.authors()) {
      for (int hops = 1; hops <= 2; hops++) {
        CoauthorNetwork n1 = CoauthorNetwork.of(corpus, a, hops, 5,
            PaperGroups.of(TopicClusters.of(corpus).clusterPapersOf(a)));
        Author b = other.author(a.id());
        CoauthorNetwork n2 = CoauthorNetwork.of(other, b, hops, 5,
            PaperGroups.of(TopicClusters.of(other).clusterPapersOf(b)));
        String svg = CoauthorNetworkSvg.render(n1);
        assertEquals(svg, CoauthorNetworkSvg.render(n2));
        assertEquals(svg, CoauthorNetworkSvg.render(n1), "two runs differ");
        Xml parsed = Xml.parse(svg);
        assertEquals(n1.nodes().size(), parsed.byClass("circle", "author").size());
        assertEquals(n1.links().size(), parsed.byClass("line", "link").size());
        assertFalse(svg.contains("NaN"), svg);
      }
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<Paper>> corpora() {
    return Fixtures.topicalCorpora();
  }
}
