package org.citegraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.Corpus;
import org.citegraph.model.Author;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.Timeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pictures of a prolific author on real data (the staeiou arXiv TSVs, {@link RealData}): the timeline fits at
 * most 12 lanes with every label whole, the network's heaviest link is the first collaborator, the report renders.
 * Skipped when the data set is absent.
 */
@Tag("slow")
class RealDataPicturesTest {

  @Test
  void theBengioTimelineFitsTwelveLanesWithNoCutLabel() throws Exception {
    assumeTrue(RealData.corpus().isPresent(), "the staeiou TSVs are absent");
    Corpus corpus = RealData.corpus().get();
    Timeline t = ResearchThreads.of(corpus).timeline(RealData.AUTHOR);
    assertTrue(t.size() > 12, "the test needs an author with many threads, got " + t.size());
    Xml svg = Xml.parse(TimelineSvg.render(t));
    List<Xml> lanes = new ArrayList<>(svg.byClass("g", "thread"));
    lanes.addAll(svg.byClass("g", "single"));
    assertTrue(lanes.size() <= 12, lanes.size() + " lanes");
    List<String> labels = t.threads().stream().map(ResearchThread::label).toList();
    double axisX = Double.parseDouble(svg.byClass("g", "axis").get(0).children("line").get(0).attr("x1"));
    for (Xml lane : lanes) {
      Xml label = lane.children("text").get(0);
      List<String> lines = label.all(Xml.SVG, "tspan").stream().map(Xml::text).toList();
      String joined = String.join(" ", lines);
      assertTrue(labels.contains(joined) || joined.startsWith("single papers"), "cut or changed label: " + joined);
      assertFalse(joined.contains("\u2026"), joined);
      for (String l : lines) {
        assertTrue(Double.parseDouble(label.attr("x")) + Svg.textWidth(l, 12 * Svg.BOLD) <= axisX, l);
      }
    }
    assertEquals(t.paperCount(), svg.all(Xml.SVG, "circle").size());
  }

  @Test
  void theReportsNetworkAndMapAreRight() throws Exception {
    assumeTrue(RealData.report().isPresent(), "the staeiou TSVs are absent");
    Corpus corpus = RealData.corpus().get();
    Author bengio = corpus.author(RealData.AUTHOR);
    HtmlReport report = RealData.report().get();
    CoauthorNetwork net = report.network();
    String top = corpus.collaborators(bengio).top().coauthor().displayName();
    assertEquals(top, net.nodes().get(net.heaviestCentreLink().orElseThrow().to()).author().displayName());
    assertTrue(net.groups().size() >= 2, "several lines of work");
    Xml map = Xml.parse(TopicMapSvg.render(report.topicMap()));
    assertEquals(report.topicMap().topics().size(), map.byClass("circle", "topic").size());
    assertTrue(report.topicMap().topics().stream().anyMatch(x -> x.overlayPapers() > 0));
    String html = report.render();
    assertEquals(html, report.render());
    assertTrue(html.contains(top));
  }
}
