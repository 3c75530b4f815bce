package org.citegraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.ThreadEvent;
import org.citegraph.query.Timeline;
import org.junit.jupiter.api.Test;

/** The timeline picture of many threads: the lane cap, wrapped labels, both axes, branch arrows, titles. */
class TimelineSvgLanesTest {
  private static final PersonName NAME = PersonName.parse("Ada Example");
  private static final Author ADA = new Author("ada-example", NAME, List.of(NAME));

  private static int line = 1;

  private static Paper paper(String title, int year, int month) {
    return Paper.builder().title(title).author(NAME).date(PubDate.ofMonth(year, month))
        .source(new SourceRef("t.txt", line++)).build();
  }

  /** A thread of n papers from a year on, one every four months. */
  private static ResearchThread thread(String label, int year, int n) {
    List<Paper> papers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      papers.add(paper(label + " paper " + i, year + (i * 4) / 12, 1 + (i * 4) % 12));
    }
    List<ThreadEvent> events = new ArrayList<>();
    events.add(new ThreadEvent(ThreadEvent.Kind.STARTS, papers.get(0).date(), papers.get(0), Optional.empty()));
    return new ResearchThread(label, papers.get(0).date(), papers.get(n - 1).date(), papers, List.of(), Map.of(),
        events);
  }

  /** 12 threads of 2..13 papers and 13 single papers, in start order. */
  private static Timeline manyThreads() {
    List<ResearchThread> threads = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      threads.add(thread("topic " + (char) ('a' + i) + " \u00b7 words", 2000 + i, i + 2));
    }
    for (int i = 0; i < 13; i++) {
      threads.add(thread("single " + i, 2001 + i, 1));
    }
    threads.sort((x, y) -> x.start().get().compareTo(y.start().get()) != 0
        ? x.start().get().compareTo(y.start().get()) : x.label().compareTo(y.label()));
    return new Timeline(ADA, "test", threads);
  }

  private static List<String> laneTitles(Xml svg, String cls) {
    return svg.byClass("g", cls).stream().map(g -> g.children("title").get(0).text()).toList();
  }

  @Test
  void atMostTheLaneCapThreadsGetALaneAndEveryPaperIsDrawnOnce() throws Exception {
    Timeline t = manyThreads();
    Xml svg = Xml.parse(TimelineSvg.render(t));
    List<String> lanes = laneTitles(svg, "thread");
    assertEquals(TimelineSvg.DEFAULT_MAX_LANES, lanes.size(), lanes.toString());
    for (int i = 2; i < 12; i++) { // the ten largest: 4..13 papers
      String label = "topic " + (char) ('a' + i) + " \u00b7 words";
      assertTrue(lanes.stream().anyMatch(l -> l.startsWith(label + " (")), label + " has no lane: " + lanes);
    }
    List<Xml> singles = svg.byClass("g", "single");
    assertEquals(1, singles.size());
    assertTrue(singles.get(0).text().contains("single papers and smaller threads"), singles.get(0).text());
    // 2 + 3 papers of the two smallest threads and 13 single papers share the last lane.
    String single = singles.get(0).children("title").get(0).text();
    assertTrue(single.contains("18 papers in 15 threads"), single);
    List<Xml> circles = svg.all(Xml.SVG, "circle");
    assertEquals(t.paperCount(), circles.size());
    Set<String> titles = new HashSet<>();
    circles.forEach(c -> titles.add(c.children("title").get(0).text()));
    assertEquals(t.paperCount(), titles.size(), "a paper is drawn twice");
  }

  @Test
  void aSmallerCapMergesMoreThreadsIntoTheLastLane() throws Exception {
    Xml svg = Xml.parse(TimelineSvg.render(manyThreads(), 3));
    assertEquals(3, svg.byClass("g", "thread").size());
    assertEquals(manyThreads().paperCount(), svg.all(Xml.SVG, "circle").size());
    assertThrows(IllegalArgumentException.class, () -> TimelineSvg.render(manyThreads(), 0));
  }

  @Test
  void labelsAreWrappedNeverCutAndFitTheirColumn() throws Exception {
    String longLabel = "reinforcement learning \u00b7 deep reinforcement learning \u00b7 policy gradient methods"
        + " \u00b7 actor critic";
    String longWord = "pneumonoultramicroscopicsilicovolcanoconiosisandthensomemoreletters";
    List<ResearchThread> threads = List.of(thread(longLabel, 2010, 3), thread(longWord, 2012, 2));
    Xml svg = Xml.parse(TimelineSvg.render(new Timeline(ADA, "test", threads)));
    double axisX = Double.parseDouble(svg.byClass("g", "axis").get(0).children("line").get(0).attr("x1"));
    for (Xml lane : svg.byClass("g", "thread")) {
      Xml label = lane.children("text").get(0);
      List<String> lines = label.all(Xml.SVG, "tspan").stream().map(Xml::text).toList();
      String joined = String.join(" ", lines);
      assertTrue(joined.equals(longLabel) || joined.equals(longWord), "label cut or changed: " + joined);
      double x = Double.parseDouble(label.attr("x"));
      for (String l : lines) {
        assertTrue(x + Svg.textWidth(l, 12 * Svg.BOLD) <= axisX, "'" + l + "' runs into the plot at " + axisX);
      }
      if (joined.equals(longLabel)) {
        assertTrue(lines.size() >= 2, "the long label is not wrapped: " + lines);
      }
    }
  }

  @Test
  void theYearAxisIsAtTheTopAndTheBottom() throws Exception {
    Xml svg = Xml.parse(TimelineSvg.render(manyThreads()));
    List<String> years = svg.byClass("g", "years").get(0).children("text").stream().map(Xml::text).toList();
    for (int y = 2000; y <= 2015; y++) {
      assertEquals(2, Collections.frequency(years, Integer.toString(y)), "year " + y + ": " + years);
    }
  }

  @Test
  void shortThreadsShowTheirTitlesAndBranchesAreDrawn() throws Exception {
    Corpus corpus = CiteGraph.loadSamples();
    Timeline t = ResearchThreads.of(corpus).timeline("Niru Maheswaranathan");
    Xml svg = Xml.parse(TimelineSvg.render(t));
    List<String> written = new ArrayList<>();
    for (Xml text : svg.byClass("text", "paper-title")) {
      written.add(String.join(" ", text.all(Xml.SVG, "tspan").stream().map(Xml::text).toList()));
    }
    int shortPapers = 0;
    for (ResearchThread th : t.threads()) {
      if (th.size() <= TimelineSvg.SHORT_THREAD && th.size() >= 2) {
        shortPapers += th.size();
        for (Paper p : th.papers()) {
          assertTrue(written.stream().anyMatch(w -> p.title().startsWith(w.replace("\u2026", ""))),
              "no title for " + p.title() + " in " + written);
        }
      }
    }
    assertTrue(shortPapers > 0, "the sample has a short thread");
    long branches = t.threads().stream().flatMap(th -> th.events().stream())
        .filter(e -> e.kind() == ThreadEvent.Kind.BRANCHES_OFF).count();
    assertTrue(branches > 0);
    List<Xml> arrows = svg.byClass("g", "branches").get(0).children("path");
    assertEquals(branches, arrows.size());
    for (Xml a : arrows) {
      assertTrue(a.children("title").get(0).text().contains(" branches off "), a.text());
    }
  }

  @Test
  void aTimelineOfUndatedPapersOnlyIsDrawn() throws Exception {
    Paper a = Paper.builder().title("Undated one").author(NAME).source(new SourceRef("u.txt", 1)).build();
    Paper b = Paper.builder().title("Undated two").author(NAME).source(new SourceRef("u.txt", 2)).build();
    ResearchThread t = new ResearchThread("undated", Optional.empty(), Optional.empty(), List.of(a, b), List.of(),
        Map.of(), List.of(new ThreadEvent(ThreadEvent.Kind.STARTS, Optional.empty(), a, Optional.empty())));
    String text = TimelineSvg.render(new Timeline(ADA, "test", List.of(t)));
    Xml svg = Xml.parse(text);
    assertEquals(2, svg.all(Xml.SVG, "circle").size());
    assertTrue(svg.byClass("g", "years").get(0).children("text").stream().allMatch(x -> x.text().equals("n.d.")));
    assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
  }

  @Test
  void aTimelineWithoutThreadsHasItsTitleAndNoLanes() throws Exception {
    String text = TimelineSvg.render(new Timeline(ADA, "test", List.of()));
    Xml svg = Xml.parse(text);
    assertEquals("Research threads of Ada Example", svg.children("title").get(0).text());
    assertTrue(svg.byClass("g", "thread").isEmpty() && svg.all(Xml.SVG, "circle").isEmpty());
    assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
  }

  @Test
  void equalTimelinesGiveEqualBytes() {
    assertEquals(TimelineSvg.render(manyThreads()), TimelineSvg.render(manyThreads()));
    assertFalse(TimelineSvg.render(manyThreads()).contains("NaN"));
  }
}
