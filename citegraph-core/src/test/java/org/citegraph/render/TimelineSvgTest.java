package org.citegraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Paper;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.Timeline;
import org.junit.jupiter.api.Test;

class TimelineSvgTest {
  private static List<String> circleTitles(Xml svg) throws Exception {
    List<String> out = new ArrayList<>();
    for (Xml c : svg.all(Xml.SVG, "circle")) {
      out.add(c.all(Xml.SVG, "title").get(0).text());
    }
    return out;
  }

  @Test
  void theSampleTimelineIsWellFormedWithOneCirclePerPaper() throws Exception {
    Corpus corpus = CiteGraph.loadSamples();
    Timeline t = ResearchThreads.of(corpus).timeline("Niru Maheswaranathan");
    Xml d = Xml.parse(TimelineSvg.render(t));
    assertEquals("svg", d.localName());
    List<String> titles = circleTitles(d);
    assertEquals(19, titles.size());
    for (Paper p : corpus.papersOf(corpus.author("Niru Maheswaranathan"))) {
      assertTrue(titles.contains(p.title() + " (" + p.date().orElseThrow() + ")"), p.title());
    }
    List<String> years = new ArrayList<>();
    for (Xml text : d.all(Xml.SVG, "text")) {
      years.add(text.text());
    }
    for (int y = 2015; y <= 2022; y++) {
      assertTrue(years.contains(Integer.toString(y)), "no axis label " + y);
    }
  }

  @Test
  void markupInTitlesIsEscaped() throws Exception {
    String nasty = "Attention <script>&</script> \"quoted\" isn't all you need";
    Corpus corpus = Fixtures.corpus(List.of(
        Fixtures.record(nasty, List.of("Luke Metz", "Olga Wichrowska"), 2019, "t.txt", 1),
        Fixtures.record("Plain <&> title", List.of("Luke Metz"), 2021, "t.txt", 2)));
    Timeline t = ResearchThreads.of(corpus).timeline("Luke Metz");
    String svg = TimelineSvg.render(t);
    assertFalse(svg.contains("<script>"), svg);
    assertTrue(svg.contains("Plain &lt;&amp;&gt; title"), svg);
    List<String> titles = circleTitles(Xml.parse(svg));
    assertEquals(2, titles.size());
    assertTrue(titles.contains(nasty + " (2019)"), titles.toString());
    assertTrue(titles.contains("Plain <&> title (2021)"), titles.toString());
  }

  @Test
  void undatedPapersAreDrawnAndCounted() throws Exception {
    Paper undated = Paper.builder().title("Learned optimizer notes without a date")
        .author(org.citegraph.model.PersonName.parse("Luke Metz"))
        .abstractText("We study learned optimizer meta training.")
        .source(new org.citegraph.model.SourceRef("t.txt", 3)).build();
    Corpus corpus = Fixtures.corpus(List.of(
        Fixtures.withTopicAbstract(
            Fixtures.record("Learned optimizer topic 0", List.of("Luke Metz"), 2019, "t.txt", 1)),
        Fixtures.withTopicAbstract(
            Fixtures.record("Retina topic 2", List.of("Luke Metz"), 2021, "t.txt", 2)),
        undated));
    Timeline t = ResearchThreads.of(corpus).timeline("Luke Metz");
    assertEquals(3, t.paperCount());
    assertTrue(t.threadOf(corpus.papersOf(corpus.author("Luke Metz")).get(2)).isPresent());
    List<String> titles = circleTitles(Xml.parse(TimelineSvg.render(t)));
    assertTrue(titles.contains("Learned optimizer notes without a date (undated)"), titles.toString());
    assertEquals(3, titles.size());
    String text = t.toText();
    assertTrue(text.lines().toList().get(1).contains("n.d."), text);
  }

  @Test
  void theParserRejectsADoctype() {
    assertThrows(Exception.class, () -> Xml.parse("<!DOCTYPE svg [<!ENTITY x \"y\">]><svg>&x;</svg>"));
    assertThrows(Exception.class, () -> Xml.parse("<svg><title>a < b</title></svg>"));
  }

  @Test
  void escapeDropsCharactersXmlForbids() {
    assertEquals("a&lt;b&gt;c&amp;d&quot;e&apos;f", TimelineSvg.escape("a<b>c&d\"e'f\u0001"));
  }
}
