package org.citegraph.io.arxiv;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.JsonTestData;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.RecordReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * The unarXive reader on two real papers of shard {@code arXiv_src_2212_086} (full text removed): 2212.11770 with
 * 27 bibliography entries of every kind, and 2212.11791 with none.
 */
class UnarxiveReaderTest {
  private static final String FILE = "arxiv/unarxive-jsonl/unarxive-excerpt.jsonl";
  private static final String SOURCE = "unarxive.jsonl";
  private static final RecordReader READER = new UnarxiveReader();
  private static final List<String> LINES = JsonTestData.lines(FILE);

  @Test
  void metadataFieldByField() {
    // "metadata": {"id": "2212.11770", "authors": "Hriday Bavle, Jose Luis Sanchez-Lopez, ...",
    //  "title": "S-Graphs+: Real-time Localization and Mapping leveraging Hierarchical\n  Representations",
    //  "categories": "cs.RO cs.AI", "versions": [{"version": "v1", "created": "Thu, 22 Dec 2022 15:06:21 GMT"}],
    //  "update_date": "2022-12-23", "authors_parsed": [["Bavle", "Hriday", ""], ...]}
    CollectingSink sink = JsonTestData.lenient(READER, JsonTestData.resource(FILE), SOURCE);
    assertEquals(2, sink.papers().size());
    assertTrue(sink.issues().isEmpty(), sink.issues().toString());
    Paper p = sink.papers().get(0);
    assertEquals(PaperId.arxiv("2212.11770"), p.id());
    assertEquals("S-Graphs+: Real-time Localization and Mapping leveraging Hierarchical Representations", p.title());
    assertEquals(List.of(PersonName.fromLastFirst("Bavle", "Hriday"), PersonName.fromLastFirst("Sanchez-Lopez",
        "Jose Luis"), PersonName.fromLastFirst("Shaheer", "Muhammad"), PersonName.fromLastFirst("Civera", "Javier"),
        PersonName.fromLastFirst("Voos", "Holger")), p.authors());
    assertEquals(Optional.of(Category.of("cs.RO")), p.primaryCategory());
    assertEquals(List.of(Category.of("cs.RO"), Category.of("cs.AI")), p.categories());
    assertEquals(Optional.of(PubDate.parse("2022-12-22")), p.date());
    assertEquals(Optional.of(PubDate.parse("2022-12-23")), p.updated());
    assertEquals(List.of(new SourceRef(SOURCE, 1)), p.provenance());
    assertTrue(p.abstractText().startsWith("In this paper, we present an evolved version of the Situational Graphs"));
    assertTrue(sink.papers().get(1).references().isEmpty());
  }

  @Test
  void everyBibliographyEntryIsOneReferenceKey() {
    Paper p = JsonTestData.lenient(READER, LINES.get(0), SOURCE).papers().get(0);
    List<String> refs = p.references();
    assertEquals(27, refs.size());
    // {"bib_entry_raw": "I. Armeni, Z.-Y. He, ...", "ids": {"open_alex_id": "https://openalex.org/W2990129662",
    //  ..., "arxiv_id": "1910.02527"}}: the arXiv id wins over OpenAlex.
    assertEquals("arxiv:1910.02527", refs.get(0));
    // {"ids": {"open_alex_id": "https://openalex.org/W3039925688", ..., "arxiv_id": ""}}
    assertEquals("openalex:W3039925688", refs.get(1));
    // "N. Hughes, Y. Chang, and L. Carlone, \u201cHydra: ..." with empty ids
    assertTrue(refs.get(3).startsWith("unresolved:N. Hughes, Y. Chang, and L. Carlone, \u201cHydra: A Real-time "
        + "Spatial Perce"), refs.get(3));
    // no ids object, but "contained_arXiv_ids": [{"id": "2203.03454", ...}] found in the reference text
    assertEquals("arxiv:2203.03454", refs.get(13));
    assertEquals(14, refs.stream().filter(r -> r.startsWith("arxiv:")).count());
    assertEquals(8, refs.stream().filter(r -> r.startsWith("openalex:")).count());
    assertEquals(5, refs.stream().filter(r -> r.startsWith("unresolved:")).count());
    assertTrue(refs.stream().allMatch(r -> r.length() <= "unresolved:".length() + 200));
  }

  @Test
  void longReferenceTextIsCutAt200Characters() {
    String longText = "A. Author. " + "Very long title ".repeat(30);
    String line = "{\"paper_id\":\"2212.11770\",\"metadata\":{\"id\":\"2212.11770\",\"title\":\"T\","
        + "\"authors_parsed\":[[\"Bavle\",\"Hriday\",\"\"]]},\"bib_entries\":{\"h\":{\"bib_entry_raw\":\""
        + longText + "\"},\"e\":{\"bib_entry_raw\":\"  \"}}}";
    CollectingSink sink = JsonTestData.lenient(READER, line, SOURCE);
    List<String> refs = sink.papers().get(0).references();
    assertEquals(1, refs.size());
    assertEquals("unresolved:" + longText.substring(0, 200), refs.get(0));
    assertTrue(sink.issues().get(0).message().contains("bibliography entry e has neither text nor a linked id"));
  }

  @Test
  void badInputIsRejectedOrReported() {
    String line = LINES.get(1);
    String truncated = line.substring(0, line.length() / 2);
    String noTitle = line.replaceFirst("\"title\": \"[^\"]*\", ", "");
    CollectingSink sink = JsonTestData.lenient(READER, String.join("\n", truncated, noTitle, LINES.get(0)), SOURCE);
    assertEquals(1, sink.papers().size());
    List<IngestIssue> rejected = sink.issues(IngestIssue.Action.REJECTED);
    assertEquals(2, rejected.size());
    assertTrue(rejected.get(0).message().startsWith("line 1 is not well-formed JSON"), rejected.get(0).message());
    assertEquals("record 2212.11791 has no title (expected a non-empty 'title')", rejected.get(1).message());
    assertThrows(MalformedRecordException.class,
        () -> JsonTestData.read(READER, truncated, SOURCE, CollectingSink.strict()));
    CollectingSink empty = JsonTestData.lenient(READER, "", SOURCE);
    assertTrue(empty.issues().get(0).message().startsWith("empty file"));
  }

  @Test
  void metadataWithoutIdFallsBackToPaperId() {
    String line = LINES.get(1).replace("\"id\": \"2212.11791\", ", "");
    Paper p = JsonTestData.lenient(READER, line, SOURCE).papers().get(0);
    assertEquals(PaperId.arxiv("2212.11791"), p.id());
  }

  @Test
  void isDetectedBeforeTheKaggleFormat() {
    assertInstanceOf(UnarxiveReader.class, Inputs.detect(JsonTestData.resource(FILE)));
  }
}
