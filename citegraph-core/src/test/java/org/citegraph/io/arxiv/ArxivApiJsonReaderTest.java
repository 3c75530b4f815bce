package org.citegraph.io.arxiv;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.JsonTestData;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.RecordReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The arXiv API JSON reader on three real records of {@code dmarx/stars}: 1503.03585 (second shape: categories as
 * {@code @term} objects, key without version), 1605.06796v2 (first shape, with MSC and ACM codes among the
 * categories) and 1812.06162 (an "OpenAI Dota Team" author).
 */
class ArxivApiJsonReaderTest {
  private static final String FILE = "arxiv/arxiv-api-json/api-excerpt.json";
  private static final String SOURCE = "api.json";
  private static final RecordReader READER = new ArxivApiJsonReader();
  private static final String TEXT = JsonTestData.resource(FILE);

  @Test
  void secondShapeFieldByField() {
    CollectingSink sink = JsonTestData.lenient(READER, TEXT, SOURCE);
    assertEquals(3, sink.papers().size());
    assertTrue(sink.issues(IngestIssue.Action.REJECTED).isEmpty());
    Paper p = sink.papers().get(0);
    // "1503.03585": {"id": "http://arxiv.org/abs/1503.03585v8", "title": "Deep Unsupervised Learning using ...",
    //  "authors": ["Jascha Sohl-Dickstein", "Eric A. Weiss", "Niru Maheswaranathan", "Surya Ganguli"],
    //  "categories": [{"@term": "cs.LG", ...}, {"@term": "cond-mat.dis-nn"}, {"@term": "q-bio.NC"}, {"@term": "stat.ML"}],
    //  "published": "2015-03-12T04:51:37Z", "updated": "2015-11-18T21:50:51Z", "doi": null}
    assertEquals(PaperId.arxiv("1503.03585"), p.id());
    assertTrue(p.alternateIds().isEmpty());
    assertEquals("Deep Unsupervised Learning using Nonequilibrium Thermodynamics", p.title());
    assertEquals(List.of(PersonName.parse("Jascha Sohl-Dickstein"), PersonName.parse("Eric A. Weiss"),
        PersonName.parse("Niru Maheswaranathan"), PersonName.parse("Surya Ganguli")), p.authors());
    assertEquals(Optional.of(Category.of("cs.LG")), p.primaryCategory());
    assertEquals(List.of("cs.LG", "cond-mat.dis-nn", "q-bio.NC", "stat.ML"),
        p.categories().stream().map(Category::code).toList());
    assertEquals(Optional.of(PubDate.parse("2015-03-12")), p.date());
    assertEquals(Optional.of(PubDate.parse("2015-11-18")), p.updated());
    assertTrue(p.abstractText().startsWith("A central problem in machine learning involves modeling complex "
        + "data-sets using highly flexible"));
    assertEquals(List.of(new SourceRef(SOURCE, 2)), p.provenance());
  }

  @Test
  void firstShapeWithPrimaryCategoryAndNonArxivCodes() {
    CollectingSink sink = JsonTestData.lenient(READER, TEXT, SOURCE);
    Paper p = sink.papers().get(1);
    // "1605.06796v2": {"categories": ["stat.ML", "cs.LG", "46E22, 62G10", "G.3; I.2.6"], "primary_category": "stat.ML",
    //  "published": "2016-05-22T14:10:13+00:00", "updated": "2016-10-28T10:48:05+00:00"}
    assertEquals(PaperId.arxiv("1605.06796"), p.id());
    assertEquals(List.of("stat.ML", "cs.LG"), p.categories().stream().map(Category::code).toList());
    assertEquals(Optional.of(Category.of("stat.ML")), p.primaryCategory());
    assertEquals(Optional.of(PubDate.parse("2016-05-22")), p.date());
    assertEquals(Optional.of(PubDate.parse("2016-10-28")), p.updated());
    assertEquals(new SourceRef(SOURCE, 34), p.provenance().get(0));
    List<String> repairs = sink.issues(IngestIssue.Action.REPAIRED).stream()
        .filter(i -> i.where().line() == 34).map(IngestIssue::message).toList();
    assertEquals(List.of(
        "record 1605.06796v2: category '46E22, 62G10' is not an arXiv category code (expected e.g. cs.LG); left out",
        "record 1605.06796v2: category 'G.3; I.2.6' is not an arXiv category code (expected e.g. cs.LG); left out"),
        repairs);
  }

  @Test
  void teamAuthorIsLeftOutAndReported() {
    CollectingSink sink = JsonTestData.lenient(READER, TEXT, SOURCE);
    Paper p = sink.papers().get(2);
    // "authors": ["Sam McCandlish", "Jared Kaplan", "Dario Amodei", "OpenAI Dota Team"]
    assertEquals(List.of("McCandlish", "Kaplan", "Amodei"), p.authors().stream().map(PersonName::family).toList());
    assertTrue(sink.issues().stream().anyMatch(i -> i.message().contains("'OpenAI Dota Team' is a collaboration")));
  }

  @Test
  void syntaxErrorRejectsTheRecordAndEndsTheRead() {
    int cut = TEXT.indexOf("\"1605.06796v2\"") + 200;
    String broken = TEXT.substring(0, cut) + "\"oops" + TEXT.substring(cut);
    CollectingSink sink = JsonTestData.lenient(READER, broken, SOURCE);
    assertEquals(1, sink.papers().size());
    List<IngestIssue> rejected = sink.issues(IngestIssue.Action.REJECTED);
    assertEquals(1, rejected.size());
    assertTrue(rejected.get(0).message().startsWith("record 2 is not well-formed JSON: "), rejected.get(0).message());
    assertTrue(rejected.get(0).message().endsWith("the rest of the file is not read"));
    assertThrows(MalformedRecordException.class,
        () -> JsonTestData.read(READER, broken, SOURCE, CollectingSink.strict()));
  }

  @Test
  void missingTitleOrIdAndEmptyFile() {
    String noTitle = TEXT.replace("\"title\": \"Deep Unsupervised Learning using Nonequilibrium Thermodynamics\",", "");
    CollectingSink sink = JsonTestData.lenient(READER, noTitle, SOURCE);
    assertEquals(2, sink.papers().size());
    assertEquals("api.json:2: rejected: record 1503.03585v8 has no title (expected a non-empty 'title')",
        sink.issues(IngestIssue.Action.REJECTED).get(0).toString());
    String badKey = "{\"x\": {\"title\": \"T\", \"authors\": [\"A B\"]}}";
    assertTrue(JsonTestData.lenient(READER, badKey, SOURCE).issues().get(0).message()
        .startsWith("record x id 'x' is not an arXiv id"));
    assertEquals("api.json:1: rejected: empty file (expected one JSON object keyed by arXiv id, e.g. "
        + "{\"2103.14659v1\": {\"id\": \"http://arxiv.org/abs/2103.14659v1\", \"title\": ..., \"authors\": [...]}})",
        JsonTestData.lenient(READER, "  \n", SOURCE).issues().get(0).toString());
    assertTrue(JsonTestData.lenient(READER, "{}", SOURCE).issues().get(0).message().startsWith("the object holds no "
        + "records"));
    assertThrows(MalformedRecordException.class,
        () -> JsonTestData.read(READER, noTitle, SOURCE, CollectingSink.strict()));
  }

  @Test
  void isDetected() {
    assertInstanceOf(ArxivApiJsonReader.class, Inputs.detect(TEXT));
    assertFalse(READER.looksLike(JsonTestData.lines("arxiv/arxiv-jsonl/kaggle-excerpt.jsonl").get(0)));
  }
}
