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
 * The DocMeta reader on real files of {@code arXiv/arxiv-search}: {@code docmeta.json} (one record, version 3),
 * {@code docmeta_bulk.json} (an array of two versions) and {@code 1106.1238v2.json} (author list abridged to four:
 * a collaboration and three people with affiliations; no {@code submitted_date_all}).
 */
class ArxivDocMetaReaderTest {
  private static final RecordReader READER = new ArxivDocMetaReader();

  private static CollectingSink read(String file) {
    return JsonTestData.lenient(READER, JsonTestData.resource("arxiv/arxiv-docmeta/" + file), file);
  }

  @Test
  void singleRecordFieldByField() {
    CollectingSink sink = read("docmeta.json");
    assertEquals(1, sink.papers().size());
    assertTrue(sink.issues().isEmpty(), sink.issues().toString());
    Paper p = sink.papers().get(0);
    // "paper_id":"1606.00123", "version":3, "title_utf8":"Exponential sum approximations for $t^{-β}$",
    // "authors_parsed":[{"last_name":"McLean","first_name":"William"}], "primary_classification":{..."math.NA"},
    // "submitted_date_all":["2016-06-01T01:50:11-0400",...], "modified_date":"2017-06-07T20:03:19-0400"
    assertEquals(PaperId.arxiv("1606.00123"), p.id());
    assertEquals("Exponential sum approximations for $t^{-β}$", p.title());
    assertEquals(List.of(PersonName.of("William", "McLean")), p.authors());
    assertEquals(Optional.of(Category.of("math.NA")), p.primaryCategory());
    assertEquals(Optional.of(PubDate.parse("2016-06-01")), p.date());
    assertEquals(Optional.of(PubDate.parse("2017-06-07")), p.updated());
    assertTrue(p.abstractText().startsWith("Given $β>0$ and $δ>0$, the function $t^{-β}$ may be approximated"));
    assertEquals(List.of(new SourceRef("docmeta.json", 1)), p.provenance());
  }

  @Test
  void arrayOfRecordsWithLineProvenance() {
    CollectingSink sink = read("docmeta_bulk.json");
    assertEquals(2, sink.papers().size());
    Paper v1 = sink.papers().get(0);
    Paper v2 = sink.papers().get(1);
    assertEquals(new SourceRef("docmeta_bulk.json", 2), v1.provenance().get(0));
    assertEquals(new SourceRef("docmeta_bulk.json", 146), v2.provenance().get(0));
    assertEquals(v1.id(), v2.id());
    assertEquals("Fast Timing for High-Rate Environments with Micromegas", v1.title());
    assertEquals(List.of(Category.of("physics.ins-det"), Category.of("hep-ex")), v1.categories());
    assertEquals(Optional.of(PubDate.parse("2016-01-01")), v2.date());
    assertEquals(Optional.of(PubDate.parse("2016-01-12")), v2.updated());
    assertEquals("Desforge", v2.authors().get(1).family());
  }

  @Test
  void collaborationAffiliationsAndDateFromTheId() {
    CollectingSink sink = read("1106.1238v2-abridged.json");
    Paper p = sink.papers().get(0);
    assertEquals(List.of("Abgrall", "Aihara", "Ajima"), p.authors().stream().map(PersonName::family).toList());
    assertEquals(List.of("University of Geneva", "University of Tokyo",
        "High Energy Accelerator Research Organization"), p.affiliations());
    assertEquals(Optional.of(PubDate.ofMonth(2011, 6)), p.date());
    assertEquals(Optional.of(PubDate.parse("2012-08-27")), p.updated());
    assertEquals(List.of(PaperId.doi("10.1016/j.nima.2011.06.067")), p.alternateIds());
    assertEquals("record 1106.1238: 'T2K Collaboration' is a collaboration, not a person; left out of the author "
        + "list", sink.issues().get(0).message());
  }

  @Test
  void badInput() {
    String text = JsonTestData.resource("arxiv/arxiv-docmeta/docmeta_bulk.json");
    String broken = text.substring(0, text.length() / 2);
    CollectingSink sink = JsonTestData.lenient(READER, broken, "bulk.json");
    assertEquals(1, sink.papers().size());
    IngestIssue rejected = sink.issues(IngestIssue.Action.REJECTED).get(0);
    assertTrue(rejected.message().startsWith("record 2 is not well-formed JSON: Unexpected end-of-input"),
        rejected.message());
    String noTitle = JsonTestData.resource("arxiv/arxiv-docmeta/docmeta.json")
        .replaceFirst("\"title\":\"[^\"]*\",", "").replaceFirst("\"title_utf8\":\"[^\"]*\",", "");
    assertEquals("noTitle.json:1: rejected: record 1606.00123 has no title (expected a non-empty 'title')",
        JsonTestData.lenient(READER, noTitle, "noTitle.json").issues().get(0).toString());
    String noId = JsonTestData.resource("arxiv/arxiv-docmeta/docmeta.json").replace("\"paper_id\":\"1606.00123\",", "");
    assertTrue(JsonTestData.lenient(READER, noId, "x").issues().get(0).message().startsWith("record has no arXiv id"));
    assertTrue(JsonTestData.lenient(READER, "", "x").issues().get(0).message().startsWith("empty file"));
    assertTrue(JsonTestData.lenient(READER, "[]", "x").issues().get(0).message().startsWith("the array holds no"));
    assertThrows(MalformedRecordException.class,
        () -> JsonTestData.read(READER, broken, "bulk.json", CollectingSink.strict()));
  }

  @Test
  void isDetected() {
    assertInstanceOf(ArxivDocMetaReader.class, Inputs.detect(JsonTestData.resource("arxiv/arxiv-docmeta/docmeta.json")));
    assertInstanceOf(ArxivDocMetaReader.class,
        Inputs.detect(JsonTestData.resource("arxiv/arxiv-docmeta/docmeta_bulk.json")));
  }
}
