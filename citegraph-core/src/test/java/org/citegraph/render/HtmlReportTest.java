package org.citegraph.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.query.Collaborators;
import org.citegraph.query.ResearchThreads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The HTML report: self-contained, well-formed, every section, explanations, deterministic. */
class HtmlReportTest {
  private static final Corpus SAMPLES = CiteGraph.loadSamples();
  private static final Author NIRU = SAMPLES.author("Niru Maheswaranathan");
  private static final String SAMPLE_REPORT = HtmlReport.of(SAMPLES, NIRU).render();

  /** The report parsed as XML (its markup is well-formed), the HTML doctype dropped. */
  private static Xml parse(String html) throws Exception {
    assertTrue(html.startsWith("<!DOCTYPE html>\n"), "no HTML doctype");
    return Xml.parse(html.substring("<!DOCTYPE html>\n".length()));
  }

  /** The elements with this local name and no namespace (the HTML part). */
  private static List<Xml> html(Xml doc, String name) {
    return doc.all(null, name);
  }

  @Test
  void theReportHasEverySectionAndThreePictures() throws Exception {
    Xml doc = parse(SAMPLE_REPORT);
    List<String> sections = html(doc, "section").stream().map(s -> s.attr("id")).toList();
    assertEquals(List.of("statistics", "collaborators", "suggestions", "topics", "threads", "papers"), sections);
    List<Xml> svgs = doc.all(Xml.SVG, "svg");
    assertEquals(3, svgs.size());
    List<String> titles = svgs.stream().map(s -> s.children("title").get(0).text()).toList();
    assertEquals(List.of("Co-authors of Niru Maheswaranathan", "Topics of the corpus, with Niru Maheswaranathan's"
        + " papers", "Research threads of Niru Maheswaranathan"), titles);
    assertEquals("citegraph report: Niru Maheswaranathan", html(doc, "title").get(0).text());
    // Every paper of the author is listed.
    String text = doc.text();
    for (Paper p : SAMPLES.papersOf(NIRU)) {
      assertTrue(text.contains(p.title()), p.title());
    }
  }

  @Test
  void theReportLoadsNothingFromOutside() {
    Matcher m = Pattern.compile("(?i)(https?:|//[a-z]|src=|<link|@import|url\\((?!#))").matcher(SAMPLE_REPORT);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      int from = Math.max(0, m.start() - 30);
      String around = SAMPLE_REPORT.substring(from, Math.min(SAMPLE_REPORT.length(), m.end() + 30));
      if (!around.contains("xmlns=\"http://www.w3.org/2000/svg\"")) {
        found.add(around);
      }
    }
    assertEquals(List.of(), found);
    // The only script is the inline one that opens the explanations for printing.
    assertEquals(1, SAMPLE_REPORT.split("<script", -1).length - 1);
    assertTrue(SAMPLE_REPORT.contains("@media print"));
  }

  @Test
  void eachCollaboratorHasItsExplanation() throws Exception {
    Xml doc = parse(SAMPLE_REPORT);
    Xml table = html(doc, "table").stream().filter(t -> t.attr("class").equals("collaborators")).findFirst()
        .orElseThrow();
    List<Xml> rows = html(table, "tbody").get(0).children("tr");
    var ranking = SAMPLES.collaborators(NIRU);
    assertEquals(Math.min(HtmlReport.DEFAULT_COLLABORATOR_ROWS, ranking.size()), rows.size());
    Xml first = rows.get(0);
    List<Xml> cells = first.children("td");
    assertEquals("Luke Metz", cells.get(1).text());
    assertEquals("9", cells.get(2).text());
    Xml details = html(first, "details").get(0);
    List<Xml> contributions = html(html(details, "tbody").get(0), "tr");
    // One row per shared paper, then the total, which equals the score.
    assertEquals(9 + 1, contributions.size());
    assertEquals("9.000", contributions.get(9).children("td").get(1).text());
  }

  @Test
  void statisticsCanComeFromTheCaller() throws Exception {
    String html = HtmlReport.builder(SAMPLES, NIRU).statistics(Map.of("mergedRecords", 3)).build().render();
    Xml table = html(parse(html), "table").get(0);
    assertEquals("merged records", html(table, "td").get(0).text());
    assertEquals("3", html(table, "td").get(1).text());
  }

  @Test
  void settingsReachTheReportAndForeignPartsAreRefused() throws Exception {
    String html = HtmlReport.builder(SAMPLES, NIRU).collaborators(Collaborators.of(SAMPLES).minSharedPapers(2))
        .collaboratorRows(3).network(2, 4).colouring(HtmlReport.Colouring.THREADS).maxLanes(2).build().render();
    Xml doc = parse(html);
    Xml table = html(doc, "table").stream().filter(t -> t.attr("class").equals("collaborators")).findFirst()
        .orElseThrow();
    assertEquals(3, html(table, "tbody").get(0).children("tr").size());
    assertTrue(doc.text().contains("full counting, at least 2 papers"), "settings missing");
    Author luke = SAMPLES.author("Luke Metz");
    assertThrows(IllegalArgumentException.class, () -> HtmlReport.builder(SAMPLES, NIRU)
        .timeline(ResearchThreads.of(SAMPLES).timeline(luke)));
    assertThrows(IllegalArgumentException.class, () -> HtmlReport.builder(SAMPLES, NIRU).network(3, 10));
  }

  @Test
  void writeWritesTheRenderedText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.html");
    HtmlReport.of(SAMPLES, NIRU).write(file);
    assertEquals(SAMPLE_REPORT, Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void theReportIsTheSameUnderATurkishLocale() {
    String[] turkish = new String[1];
    org.citegraph.TestLocales.underTurkish(() -> turkish[0] = HtmlReport.of(SAMPLES, NIRU).render());
    assertEquals(SAMPLE_REPORT, turkish[0]);
  }

  @Property(seed = "42", tries = 15)
  void theReportDoesNotDependOnTheRecordOrder(@ForAll("corpora") List<Paper> records, @ForAll Random random)
      throws Exception {
    Corpus corpus = Fixtures.corpus(records);
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, random);
    Corpus other = Fixtures.corpus(shuffled);
    Author a = corpus.authors().get(random.nextInt(corpus.authors().size()));
    String html = HtmlReport.of(corpus, a).render();
    assertEquals(html, HtmlReport.of(other, other.author(a.id())).render());
    Xml doc = parse(html);
    assertEquals(3, doc.all(Xml.SVG, "svg").size());
    assertFalse(html.contains("NaN"));
  }

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.topicalCorpora();
  }
}
