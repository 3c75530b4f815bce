package org.citegraph.io.scholarly;

import static org.citegraph.io.ReaderFixtures.byTitle;
import static org.citegraph.io.ReaderFixtures.parts;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.ReaderFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * OpenAlex works JSON. The fixtures are hand-written following OpenAlex's documented Work schema (see the README
 * next to them); no OpenAlex response is on hand.
 */
class OpenAlexReaderTest {
  private static final OpenAlexReader READER = new OpenAlexReader();
  private static final String WORK = "scholarly/openalex/work.json";
  private static final String PAGE = "scholarly/openalex/page.json";
  private static final String LINES = "scholarly/openalex/works.jsonl";

  @Test
  void singleWorkFieldByField() {
    CollectingSink sink = ReaderFixtures.read(READER, WORK);
    assertEquals(1, sink.papers().size());
    Paper p = sink.papers().get(0);
    assertEquals("Attention Is All You Need", p.title());
    assertEquals(PaperId.doi("10.48550/arxiv.1706.03762"), p.id());
    assertEquals(List.of(PaperId.openAlex("W2626778328")), p.alternateIds());
    assertEquals(Optional.of(PubDate.of(LocalDate.of(2017, 6, 12))), p.date());
    assertEquals(Optional.of(PubDate.of(LocalDate.of(2024, 11, 2))), p.updated());
    assertEquals(List.of("Ashish||Vaswani|", "Noam||Shazeer|", "Illia||Polosukhin|"), parts(p.authors()));
    assertFalse(p.authorListComplete()); // is_authors_truncated
    assertEquals(List.of("Google (United States)", "Google Brain"), p.affiliations());
    assertEquals(List.of("openalex:W1902237438", "openalex:W2130942839"), p.references());
    assertEquals(OptionalInt.of(61234), p.citationCount());
    assertEquals("The dominant sequence transduction models sequence models", p.abstractText());
    assertTrue(p.categories().isEmpty());
    assertEquals(new SourceRef(WORK, 1), p.provenance().get(0));
    // the one bad referenced work is reported
    assertEquals(1, sink.issues().size());
    assertEquals(IngestIssue.Action.REPAIRED, sink.issues().get(0).action());
    assertTrue(sink.issues().get(0).message().contains("'not-a-work'"));
  }

  @Test
  void resultPageWithNulls() {
    CollectingSink sink = ReaderFixtures.read(READER, PAGE);
    assertEquals(List.of(), sink.issues());
    Paper bahdanau = byTitle(sink.papers(), "Neural Machine Translation by Jointly Learning to Align and Translate");
    assertEquals(PaperId.openAlex("W1902237438"), bahdanau.id());
    assertEquals(Optional.of(PubDate.ofYear(2014)), bahdanau.date());
    assertEquals(OptionalInt.empty(), bahdanau.citationCount());
    assertEquals(List.of("Université de Montréal"), bahdanau.affiliations());
    assertEquals(new SourceRef(PAGE, 3), bahdanau.provenance().get(0));
    Paper lstm = byTitle(sink.papers(), "Long Short-Term Memory");
    assertEquals(PaperId.doi("10.1162/neco.1997.9.8.1735"), lstm.id());
    assertEquals(List.of("Technical University of Munich", "Dalle Molle Institute for Artificial Intelligence Research"),
        lstm.affiliations());
    assertEquals(new SourceRef(PAGE, 9), lstm.provenance().get(0));
  }

  @Test
  void jsonLinesRecoverAfterABrokenLine() {
    CollectingSink sink = ReaderFixtures.read(READER, LINES);
    assertEquals(List.of("First work", "No authors", "Last work"), sink.papers().stream().map(Paper::title).toList());
    // line 2 is cut off: the error shows on line 3, which is still read
    List<IngestIssue> rejected = sink.issues(IngestIssue.Action.REJECTED);
    assertEquals(2, rejected.size(), rejected.toString());
    assertEquals(new SourceRef(LINES, 2), rejected.get(0).where());
    assertTrue(rejected.get(0).message().startsWith("JSON syntax error at line 3 in the record starting at line 2"), rejected.get(0).message());
    assertEquals(new SourceRef(LINES, 3), rejected.get(1).where());
    assertTrue(rejected.get(1).message().contains("W3 has no title"));
    // line 4 has an empty author list: the work is still a paper, kept without authors and reported
    Paper noAuthors = sink.papers().get(1);
    assertEquals(PaperId.openAlex("W4"), noAuthors.id());
    assertEquals(List.of(), noAuthors.allAuthors());
    List<IngestIssue> repaired = sink.issues(IngestIssue.Action.REPAIRED);
    assertEquals(2, repaired.size(), repaired.toString());
    assertEquals(new SourceRef(LINES, 4), repaired.get(0).where());
    assertTrue(repaired.get(0).message().endsWith("names no author that could be read (expected \"authorships\": "
        + "[{\"author\": {\"display_name\": \"...\"}}]): " + IngestIssue.KEPT_WITHOUT_AUTHORS),
        repaired.get(0)::message);
    assertEquals(new SourceRef(LINES, 5), sink.papers().get(2).provenance().get(0));
    assertEquals(Optional.empty(), sink.papers().get(2).date()); // 2021-02-30
  }

  @Test
  void strictStopsAtTheSyntaxError() {
    MalformedRecordException e = assertThrows(MalformedRecordException.class,
        () -> ReaderFixtures.read(READER, LINES, CollectingSink.strict()));
    assertTrue(e.getMessage().startsWith(LINES + ":2: JSON syntax error"), e.getMessage());
    CollectingSink notAWork = ReaderFixtures.text(READER, "[1, {\"display_name\": \"x\"}]", CollectingSink.lenient());
    assertEquals(1, notAWork.issues(IngestIssue.Action.REJECTED).size());
    assertEquals(List.of("x"), notAWork.papers().stream().map(Paper::title).toList()); // no authorships: kept
    assertTrue(ReaderFixtures.text(READER, " ", CollectingSink.lenient()).issues().get(0).message().contains("empty"));
  }

  @Test
  void abstractIsRebuiltInPositionOrder() {
    assertEquals("a b c a", OpenAlexReader.rebuildAbstract(Map.of("a", List.of(0, 3), "c", List.of(2),
        "b", List.of(1))));
  }

  @Test
  void detection() {
    assertInstanceOf(OpenAlexReader.class, Inputs.detect(ReaderFixtures.head(WORK)));
    assertInstanceOf(OpenAlexReader.class, Inputs.detect(ReaderFixtures.head(PAGE)));
    assertInstanceOf(OpenAlexReader.class, Inputs.detect(ReaderFixtures.head(LINES)));
  }

  @Test
  void venueFromThePrimarySourceElseTheOldHostVenue() {
    String author = "\"authorships\": [{\"author\": {\"display_name\": \"Jane Doe\"}}]";
    CollectingSink sink = ReaderFixtures.text(READER, String.join("\n",
        "{\"display_name\": \"Current\", " + author + ", \"primary_location\": {\"source\": {\"display_name\": "
            + "\"Neural  Computation\"}}, \"host_venue\": {\"display_name\": \"Not the venue\"}}",
        "{\"display_name\": \"Older dump\", " + author + ", \"primary_location\": {\"source\": null}, "
            + "\"host_venue\": {\"display_name\": \"Nature\"}}",
        "{\"display_name\": \"No venue\", " + author + ", \"primary_location\": null}"), CollectingSink.lenient());
    assertEquals(List.of(), sink.issues());
    assertEquals(Optional.of("Neural Computation"), byTitle(sink.papers(), "Current").venue());
    assertEquals(Optional.of("Nature"), byTitle(sink.papers(), "Older dump").venue());
    assertEquals(Optional.empty(), byTitle(sink.papers(), "No venue").venue());
  }
}
