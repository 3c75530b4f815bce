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
import java.util.Optional;
import java.util.OptionalInt;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PubDate;
import org.junit.jupiter.api.Test;

/**
 * Semantic Scholar Graph API JSON, on real responses recorded by the {@code semanticscholar} Python client
 * (Citation.json, Reference.json and PaperWithNullValues.json unchanged; Paper and Author shortened to a few
 * citations, references and papers, see the README next to them).
 */
class SemanticScholarReaderTest {
  private static final SemanticScholarReader READER = new SemanticScholarReader();
  private static final String PAPER = "scholarly/s2/Paper-excerpt.json";
  private static final String TURING_DOI = "doi:10.1093/mind/lix.236.433";

  @Test
  void paperWithItsReferencesAndCitingPapers() {
    CollectingSink sink = ReaderFixtures.read(READER, PAPER);
    // 1 paper + 4 references + 4 citing papers, one of which has an empty author list: kept without authors
    assertEquals(9, sink.papers().size());
    assertEquals(List.of(), sink.issues(IngestIssue.Action.REJECTED));
    List<IngestIssue> noAuthors = sink.issues(IngestIssue.Action.REPAIRED).stream()
        .filter(i -> i.message().endsWith(IngestIssue.KEPT_WITHOUT_AUTHORS)).toList();
    assertEquals(1, noAuthors.size(), sink.issues().toString());
    assertTrue(noAuthors.get(0).message().contains("f1c46de301d401fb68b91ca0c484d6796c21cd5c (in 'citations')"));
    assertTrue(noAuthors.get(0).message().contains("names no author that could be read"), noAuthors.get(0)::message);
    Paper nameless = sink.papers().stream().filter(p -> p.allAuthors().isEmpty()).findFirst().orElseThrow();
    assertEquals(List.of(TURING_DOI), nameless.references());
    assertFalse(nameless.authorListComplete());

    Paper turing = byTitle(sink.papers(), "Computing Machinery and Intelligence");
    assertEquals(PaperId.doi("10.1093/MIND/LIX.236.433"), turing.id());
    assertEquals(List.of(PaperId.semanticScholar("2d5673caa9e6af3a7b82a43f19ee920992db07ad"),
        PaperId.semanticScholar("CorpusId:14636783")), turing.alternateIds());
    assertEquals(List.of("A.||Turing|"), parts(turing.authors()));
    assertEquals(Optional.of(PubDate.of(LocalDate.of(1950, 10, 1))), turing.date());
    assertEquals(OptionalInt.of(10059), turing.citationCount());
    assertTrue(turing.abstractText().startsWith("I propose to consider the question"));
    assertEquals(List.of("doi:10.2307/3610576", "doi:10.1136/bmj.1.4616.1105", "doi:10.2307/2268801",
        "doi:10.2307/2371045"), turing.references());
    assertTrue(turing.categories().isEmpty());

    Paper quoVadis = sink.papers().stream().filter(p -> p.title().startsWith("Quo Vadis ChatGPT?")).findFirst()
        .orElseThrow();
    assertEquals(PaperId.arxiv("2405.19561"), quoVadis.id());
    assertEquals(List.of(TURING_DOI), quoVadis.references());
    assertEquals(82, quoVadis.provenance().get(0).line());

    Paper videoTuring = byTitle(sink.papers(), "Video Turing Test: A first step towards human-level AI");
    assertEquals("Minsu||Lee|", parts(videoTuring.authors()).get(0)); // authorId null
    Paper hartree = byTitle(sink.papers(), "Calculating Instruments and Machines");
    assertEquals(List.of(), hartree.references());
  }

  @Test
  void citationAndReferenceEdgesGiveTheNestedPaper() {
    CollectingSink citation = ReaderFixtures.read(READER, "scholarly/s2/Citation.json");
    assertEquals(List.of(), citation.issues());
    Paper citing = citation.papers().get(0);
    assertEquals("Learning to Throw With a Handful of Samples Using Decision Transformers", citing.title());
    assertEquals(PaperId.doi("10.1109/LRA.2022.3229266"), citing.id());
    assertEquals(3, citing.authors().size());

    CollectingSink reference = ReaderFixtures.read(READER, "scholarly/s2/Reference.json");
    assertEquals(List.of(), reference.issues());
    assertEquals(PaperId.arxiv("1402.0030"), reference.papers().get(0).id());
  }

  @Test
  void nullValuesEverywhere() {
    CollectingSink sink = ReaderFixtures.read(READER, "scholarly/s2/PaperWithNullValues.json");
    assertEquals(List.of(), sink.papers());
    assertEquals(1, sink.issues().size());
    assertTrue(sink.issues().get(0).message().contains("2d5673caa9e6af3a7b82a43f19ee920992db07ad has no title"));
    assertThrows(MalformedRecordException.class,
        () -> ReaderFixtures.read(READER, "scholarly/s2/PaperWithNullValues.json", CollectingSink.strict()));
    CollectingSink nulls = ReaderFixtures.text(READER, "{\"paperId\": null, \"externalIds\": null, \"title\": \"T\", "
        + "\"year\": null, \"publicationDate\": null, \"citationCount\": null, \"references\": null, "
        + "\"authors\": [{\"authorId\": null, \"name\": null}, {\"authorId\": \"1\", \"name\": \"Ada Lovelace\"}]}",
        CollectingSink.lenient());
    assertEquals(1, nulls.papers().size());
    assertEquals(1, nulls.issues(IngestIssue.Action.REPAIRED).size());
  }

  @Test
  void authorPapers() {
    CollectingSink sink = ReaderFixtures.read(READER, "scholarly/s2/Author-excerpt.json");
    assertEquals(List.of(), sink.issues());
    assertEquals(3, sink.papers().size());
    assertTrue(sink.papers().stream().allMatch(p -> p.authors().get(0).family().equals("Turing")));
  }

  @Test
  void badInputLenientAndStrict() {
    String text = "{\"paperId\": \"xyz\", \"title\": \"Bad id\", \"authors\": [{\"name\": \"Ada Lovelace\"}]}\n"
        + "{\"paperId\": \"0123456789012345678901234567890123456789\", \"title\": \"Unclosed\n"
        + "{\"data\": [{\"paperId\": \"0123456789012345678901234567890123456789\", \"title\": \"Paged\", "
        + "\"authors\": [{\"name\": \"Alan Turing\"}]}, 7]}\n";
    CollectingSink sink = ReaderFixtures.text(READER, text, CollectingSink.lenient());
    assertEquals(List.of("Bad id", "Paged"), sink.papers().stream().map(Paper::title).toList());
    assertEquals(2, sink.issues(IngestIssue.Action.REJECTED).size(), sink.issues().toString());
    assertTrue(sink.issues(IngestIssue.Action.REJECTED).get(0).message().startsWith("JSON syntax error at line 2"));
    assertTrue(sink.issues(IngestIssue.Action.REJECTED).get(1).message().startsWith("found a number"));
    assertTrue(sink.issues(IngestIssue.Action.REPAIRED).get(0).message().contains("paperId 'xyz'"));
    MalformedRecordException e = assertThrows(MalformedRecordException.class,
        () -> ReaderFixtures.text(READER, text, CollectingSink.strict()));
    assertTrue(e.getMessage().startsWith("inline:1: "), e.getMessage());
  }

  @Test
  void detection() {
    assertInstanceOf(SemanticScholarReader.class, Inputs.detect(ReaderFixtures.head(PAPER)));
    assertInstanceOf(SemanticScholarReader.class, Inputs.detect(ReaderFixtures.head("scholarly/s2/Citation.json")));
    assertInstanceOf(SemanticScholarReader.class, Inputs.detect(ReaderFixtures.head("scholarly/s2/PaperWithNullValues.json")));
  }

  @Test
  void venueElseJournalNameElsePublicationVenueName() {
    String author = "\"authors\": [{\"authorId\": \"1\", \"name\": \"Jane Doe\"}]";
    CollectingSink sink = ReaderFixtures.text(READER, String.join("\n",
        "{\"title\": \"Venue\", " + author + ", \"venue\": \"Mind\", \"journal\": {\"name\": \"Not the venue\"}}",
        "{\"title\": \"Journal\", " + author + ", \"venue\": \"\", \"journal\": {\"volume\": \"LIX\", \"name\": "
            + "\"Mind  (Oxford)\"}, \"publicationVenue\": {\"name\": \"Not the venue\"}}",
        "{\"title\": \"Publication venue\", " + author + ", \"venue\": null, \"journal\": null, "
            + "\"publicationVenue\": {\"name\": \"IEEE Robotics and Automation Letters\"}}",
        "{\"title\": \"No venue\", " + author + ", \"venue\": \"\", \"journal\": {\"volume\": \"8\"}}"),
        CollectingSink.lenient());
    assertEquals(List.of(), sink.issues());
    assertEquals(Optional.of("Mind"), byTitle(sink.papers(), "Venue").venue());
    assertEquals(Optional.of("Mind (Oxford)"), byTitle(sink.papers(), "Journal").venue());
    assertEquals(Optional.of("IEEE Robotics and Automation Letters"),
        byTitle(sink.papers(), "Publication venue").venue());
    assertEquals(Optional.empty(), byTitle(sink.papers(), "No venue").venue());
  }
}
