package org.citegraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.query.TopicClustering;
import org.citegraph.query.TopicClusters;
import org.junit.jupiter.api.Test;

/** The topic map and its picture. */
class TopicMapTest {

  /** 4 topics of 10, 8, 6 and 4 papers by four groups of people, with the topic word pools as abstracts. */
  private static List<Paper> fourTopics() {
    List<Paper> out = new ArrayList<>();
    int line = 1;
    int[] sizes = {10, 8, 6, 4};
    for (int topic = 0; topic < sizes.length; topic++) {
      for (int i = 0; i < sizes[topic]; i++) {
        List<String> people = List.of(Fixtures.PEOPLE.get(topic * 3), Fixtures.PEOPLE.get(topic * 3 + 1 + i % 2));
        out.add(Fixtures.withTopicAbstract(Fixtures.record("Study " + i + " of line " + topic, people, 2000 + i,
            "t.txt", line++)));
      }
    }
    return out;
  }

  @Test
  void topicsAreCirclesSizedByPapersColouredByCategoryWithTheAuthorsRing() throws Exception {
    Corpus corpus = Fixtures.corpus(fourTopics());
    TopicClustering clustering = TopicClusters.of(corpus).cluster();
    Author olga = corpus.author("Olga Wichrowska");
    TopicMap map = TopicMap.of(corpus, clustering, Optional.of(olga), TopicMap.DEFAULT_MAX_TOPICS);
    assertEquals(clustering.clusters().size(), map.topics().size());
    assertEquals(corpus.paperCount(olga), map.topics().stream().mapToInt(TopicMap.Topic::overlayPapers).sum());
    Xml svg = Xml.parse(TopicMapSvg.render(map));
    List<Xml> circles = svg.byClass("circle", "topic");
    assertEquals(map.topics().size(), circles.size());
    for (int i = 0; i < circles.size(); i++) {
      TopicMap.Topic t = map.topics().get(i);
      assertEquals(Svg.categoryColour(t.category()), circles.get(i).attr("fill"));
      assertEquals(t.overlayPapers() > 0, circles.get(i).attr("stroke").equals("#111"), "ring of " + t);
      assertTrue(circles.get(i).children("title").get(0).text().contains(t.papers() + " papers"));
      for (int j = i + 1; j < circles.size(); j++) {
        double ri = Double.parseDouble(circles.get(i).attr("r"));
        double rj = Double.parseDouble(circles.get(j).attr("r"));
        TopicMap.Topic u = map.topics().get(j);
        assertTrue(t.papers() > u.papers() ? ri > rj : t.papers() < u.papers() ? ri < rj : ri == rj,
            "circle sizes do not follow papers");
        double dx = Double.parseDouble(circles.get(i).attr("cx")) - Double.parseDouble(circles.get(j).attr("cx"));
        double dy = Double.parseDouble(circles.get(i).attr("cy")) - Double.parseDouble(circles.get(j).attr("cy"));
        double d = Math.hypot(dx, dy);
        assertTrue(d >= ri + rj - 0.2, "topic circles overlap");
      }
    }
    assertEquals(map.links().size(), svg.byClass("g", "links").get(0).children("line").size());
  }

  @Test
  void linksJoinEachTopicToItsMostSimilarTopics() {
    Corpus corpus = Fixtures.corpus(fourTopics());
    TopicMap map = TopicMap.of(corpus, TopicClusters.of(corpus).cluster(), Optional.empty(), 30);
    int k = map.topics().size();
    assertTrue(k >= 2, "the fixture has several topics");
    for (int t = 0; t < k; t++) {
      final int topic = t;
      long degree = map.links().stream().filter(l -> l.from() == topic || l.to() == topic).count();
      assertTrue(degree >= 1, "topic " + t + " has no link");
    }
    assertTrue(map.links().size() <= k * TopicMap.LINKS_PER_TOPIC);
    for (TopicMap.Link l : map.links()) {
      assertTrue(l.similarity() >= TopicMap.MIN_LINK_SIMILARITY && l.similarity() <= 1);
    }
    assertThrows(IllegalArgumentException.class,
        () -> TopicMap.of(corpus, TopicClusters.of(corpus).cluster(), Optional.empty(), 0));
  }

  @Test
  void theSampleMapIsDeterministicAndOnlyAsLargeAsAsked() throws Exception {
    Corpus corpus = CiteGraph.loadSamples();
    TopicClustering clustering = TopicClusters.of(corpus).cluster();
    Author niru = corpus.author("Niru Maheswaranathan");
    String svg = TopicMapSvg.render(TopicMap.of(corpus, clustering, Optional.of(niru), 30));
    assertEquals(svg, TopicMapSvg.render(TopicMap.of(corpus, TopicClusters.of(corpus).cluster(), Optional.of(niru),
        30)));
    assertFalse(svg.contains("NaN"));
    Xml one = Xml.parse(TopicMapSvg.render(TopicMap.of(corpus, clustering, Optional.of(niru), 1)));
    assertEquals(1, one.byClass("circle", "topic").size());
    assertEquals(clustering.clusters().get(0).size(), TopicMap.of(corpus, clustering, Optional.empty(), 1)
        .shownPapers());
  }
}
