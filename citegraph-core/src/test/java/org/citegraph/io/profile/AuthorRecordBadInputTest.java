package org.citegraph.io.profile;

import static org.citegraph.io.SampleText.SOURCE;
import static org.citegraph.io.SampleText.assertOneIssue;
import static org.citegraph.io.SampleText.assertStrictNames;
import static org.citegraph.io.SampleText.head;
import static org.citegraph.io.SampleText.join;
import static org.citegraph.io.SampleText.lenient;
import static org.citegraph.io.SampleText.remove;
import static org.citegraph.io.SampleText.replace;
import static org.citegraph.io.SampleText.strict;
import static org.citegraph.io.SampleText.withoutProvenance;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordReader;
import org.citegraph.io.SampleText;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged author-record files built from the real sample (owner on line 1, then three records on lines 2-4, 5-7 and
 * 8-10: title, author list, abstract), read in lenient and strict mode.
 */
class AuthorRecordBadInputTest {
  private static final RecordReader READER = new AuthorRecordReader();
  private static final List<String> SAMPLE = SampleText.lines(Inputs.AUTHOR_RECORD_SAMPLE);
  private static final List<Paper> CLEAN = lenient(READER, join(SAMPLE)).papers();
  private static final PersonName OWNER = PersonName.parse("Maheswaranathan, Niru");


  @Test
  void cleanSampleHasThreeRecords() {
    assertEquals(10, SAMPLE.size());
    assertEquals(3, CLEAN.size());
    assertEquals(List.of(), lenient(READER, join(SAMPLE)).issues());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n \n\n", "\uFEFF"})
  void emptyFile(String text) {
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(), sink.papers());
    assertEquals(1, sink.issues(IngestIssue.Action.REJECTED).size());
    assertTrue(sink.issues().get(0).message().contains("empty file"));
    assertStrictNames(strict(READER, text), sink.issues().get(0).where().line(), "empty file", "'Last, First'");
  }

  @Test
  void fileWithOnlyTheAuthorLineHasNoRecordsAndNoIssues() {
    CollectingSink sink = lenient(READER, join(head(SAMPLE, 1)));
    assertEquals(List.of(), sink.papers());
    assertEquals(List.of(), sink.issues());
  }

  @Test
  void fileCutOffAfterATitle() {
    String text = join(head(SAMPLE, 8));
    CollectingSink sink = lenient(READER, text);
    assertEquals(CLEAN.subList(0, 2), sink.papers());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 8, "after its title", "Deep Learning Models");
    assertStrictNames(strict(READER, text), 8, "author list");
  }

  @Test
  void fileCutOffBeforeTheLastAbstract() {
    String text = join(head(SAMPLE, 9));
    CollectingSink sink = lenient(READER, text);
    assertEquals(3, sink.papers().size());
    assertEquals(CLEAN.subList(0, 2), sink.papers().subList(0, 2));
    assertEquals("", sink.papers().get(2).abstractText());
    assertEquals(CLEAN.get(2).authors(), sink.papers().get(2).authors());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 8, "no abstract");
    assertStrictNames(strict(READER, text), 8, "no abstract");
  }

  @Test
  void recordMissingItsAbstractInTheMiddleDoesNotShiftTheOthers() {
    List<String> lines = remove(SAMPLE, 4, 4);
    CollectingSink sink = lenient(READER, join(lines));
    assertEquals(3, sink.papers().size());
    Paper first = sink.papers().get(0);
    assertEquals(CLEAN.get(0).title(), first.title());
    assertEquals(CLEAN.get(0).authors(), first.authors());
    assertEquals("", first.abstractText());
    assertEquals(withoutProvenance(CLEAN.subList(1, 3)), withoutProvenance(sink.papers().subList(1, 3)));
    assertEquals(List.of(4L, 7L), sink.papers().subList(1, 3).stream()
        .map(p -> p.provenance().get(0).line()).toList());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 2, "no abstract", "Learned Optimizers");
    assertStrictNames(strict(READER, join(lines)), 2, "no abstract");
  }

  @ParameterizedTest
  @ValueSource(strings = {"McIntosh, Lane T., Maheswaranathan, Niru, Nayebi", "McIntosh",
      "Jr., McIntosh, Lane T."})
  void unpairableAuthorListIsRejected(String authors) {
    String text = join(replace(SAMPLE, 6, authors));
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(CLEAN.get(0), CLEAN.get(2)), sink.papers());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 6, "expected 'Last, First' pairs", authors);
    assertStrictNames(strict(READER, text), 6, "expected 'Last, First' pairs");
  }

  @Test
  void suffixPartsAttachToThePrecedingName() {
    String text = join(replace(SAMPLE, 6,
        "McIntosh, Lane T., Jr., Maheswaranathan, Niru, Daum&eacute; III, Hal, Smith, Jr., John, Ramasesh, V."));
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(), sink.issues());
    List<PersonName> authors = sink.papers().get(1).authors();
    assertEquals(5, authors.size());
    assertEquals("Jr.", authors.get(0).suffix());
    assertEquals("McIntosh", authors.get(0).family());
    assertEquals("Lane T.", authors.get(0).given());
    assertEquals(OWNER, authors.get(1));
    assertEquals("Daumé", authors.get(2).family());
    assertEquals("III", authors.get(2).suffix());
    assertEquals("John", authors.get(3).given());
    assertEquals("Jr.", authors.get(3).suffix());
    assertEquals("V.", authors.get(4).given());
    assertEquals("", authors.get(4).suffix());
  }

  @Test
  void ownerMissingFromTheListIsAddedAndReported() {
    String text = join(replace(SAMPLE, 6, "McIntosh, Lane T., Nayebi, Aran"));
    CollectingSink sink = lenient(READER, text);
    assertEquals(3, sink.papers().size());
    assertEquals(List.of(OWNER), sink.papers().get(1).unplacedAuthors());
    assertEquals(2, sink.papers().get(1).authors().size());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 6, "Maheswaranathan, Niru", "missing");
    assertStrictNames(strict(READER, text), 6, "Maheswaranathan, Niru");
  }

  @Test
  void ownerWithInitialIsRecognised() {
    CollectingSink sink = lenient(READER, join(replace(SAMPLE, 6, "McIntosh, Lane T., Maheswaranathan, N.")));
    assertEquals(List.of(), sink.issues());
    assertEquals(List.of(), sink.papers().get(1).unplacedAuthors());
  }

  @Test
  void strayBlankLinesAreSkipped() {
    List<String> lines = new ArrayList<>(List.of("", " "));
    for (String l : SAMPLE) {
      lines.add(l);
      lines.add("");
      lines.add("\t");
    }
    CollectingSink sink = lenient(READER, join(lines));
    assertEquals(withoutProvenance(CLEAN), withoutProvenance(sink.papers()));
    assertEquals(List.of(), sink.issues());
    assertEquals(List.of(6L, 15L, 24L), sink.papers().stream().map(p -> p.provenance().get(0).line()).toList());
  }

  @Test
  void windowsLineEndings() throws IOException {
    String text = String.join("\r\n", SAMPLE) + "\r\n";
    CollectingSink sink = lenient(READER, text);
    assertEquals(CLEAN, sink.papers());
    assertEquals(List.of(), sink.issues());
    CollectingSink viaInputs = CollectingSink.lenient();
    READER.read(Inputs.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), SOURCE, viaInputs);
    assertEquals(CLEAN, viaInputs.papers());
    for (Paper p : sink.papers()) {
      assertFalse(p.title().contains("\r") || p.abstractText().contains("\r"), p::toString);
      p.allAuthors().forEach(a -> assertFalse(a.displayName().contains("\r")));
    }
  }

  @Test
  void byteOrderMark() throws IOException {
    byte[] body = ("\uFEFF" + join(SAMPLE)).getBytes(StandardCharsets.UTF_8);
    assertEquals((byte) 0xef, body[0]);
    CollectingSink viaInputs = CollectingSink.lenient();
    READER.read(Inputs.open(new ByteArrayInputStream(body)), SOURCE, viaInputs);
    assertEquals(CLEAN, viaInputs.papers());
    assertEquals(List.of(), viaInputs.issues());
    CollectingSink direct = lenient(READER, "\uFEFF" + join(SAMPLE));
    assertEquals(CLEAN, direct.papers());
    assertEquals(List.of(), direct.issues());
  }

  @Test
  void firstLineThatIsNotANameIsReported() {
    String text = join(SAMPLE.subList(1, SAMPLE.size()));
    CollectingSink sink = lenient(READER, text);
    assertEquals(withoutProvenance(CLEAN), withoutProvenance(sink.papers()));
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 1, "not the file's author", "'Last, First'");
  }

  @Test
  void recordMissingItsTitleInTheMiddleLosesOnlyThatRecord() {
    // Record 2 loses its title: its author list is read as a title and its abstract as an author list.
    List<String> lines = remove(SAMPLE, 5, 5);
    String text = join(lines);
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(CLEAN.get(0)), sink.papers().subList(0, 1));
    assertEquals(withoutProvenance(List.of(CLEAN.get(0), CLEAN.get(2))), withoutProvenance(sink.papers()));
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 6, "is not a list of names", "expected 'Last, First' pairs");
    assertStrictNames(strict(READER, text), 6, "'Last, First' pairs");
  }
}
