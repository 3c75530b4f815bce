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
import java.util.Optional;

import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged profile pages, each built from the real sample (19 entries, headers every 7 lines from line 11; title at
 * header + 1, authors at header + 3, abstract at header + 5), read in lenient and strict mode.
 */
class ProfilePageBadInputTest {
  private static final RecordReader READER = new ProfilePageReader();
  private static final List<String> SAMPLE = SampleText.lines(Inputs.PROFILE_PAGE_SAMPLE);
  private static final List<Paper> CLEAN = lenient(READER, join(SAMPLE)).papers();


  @Test
  void cleanSampleHasNineteenEntriesAndNoIssues() {
    assertEquals(19, CLEAN.size());
    assertEquals(142, SAMPLE.size()); // no newline after the last abstract
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n  \n", "\uFEFF"})
  void emptyFile(String text) {
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(), sink.papers());
    assertEquals(List.of(), sink.profiles());
    assertEquals(1, sink.issues(IngestIssue.Action.REJECTED).size());
    assertTrue(sink.issues().get(0).message().contains("empty file"));
    assertTrue(sink.issues().get(0).where().source().equals(SOURCE));
    assertStrictNames(strict(READER, text), sink.issues().get(0).where().line(), "empty file");
  }

  @Test
  void fileCutOffAfterTheLastEntryHeader() {
    String text = join(head(SAMPLE, 137));
    CollectingSink sink = lenient(READER, text);
    assertEquals(CLEAN.subList(0, 18), sink.papers());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 137, "NCFeb 6, 2017", "no title");
    assertStrictNames(strict(READER, text), 137, "no title");
  }

  @Test
  void fileCutOffAfterTheLastTitle() {
    String text = join(head(SAMPLE, 138));
    CollectingSink sink = lenient(READER, text);
    assertEquals(CLEAN.subList(0, 18), sink.papers());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 137, "no author line", "Deep Learning Models");
    assertStrictNames(strict(READER, text), 137, "no author line");
  }

  @Test
  void fileCutOffBeforeTheLastAbstractKeepsTheEntry() {
    String text = join(head(SAMPLE, 140));
    CollectingSink sink = lenient(READER, text);
    assertEquals(19, sink.papers().size());
    assertEquals(CLEAN.subList(0, 18), sink.papers().subList(0, 18));
    assertEquals("", sink.papers().get(18).abstractText());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 137, "no abstract");
    assertStrictNames(strict(READER, text), 137, "no abstract");
  }

  @Test
  void entryMissingTitleAndAuthorsInTheMiddle() {
    // Entry 5 (header line 39): title (40) and author line (42) removed; its abstract would be read as the title.
    List<String> lines = remove(SAMPLE, 40, 43);
    CollectingSink sink = lenient(READER, join(lines));
    List<Paper> expected = new ArrayList<>(CLEAN);
    expected.remove(4);
    assertEquals(withoutProvenance(expected), withoutProvenance(sink.papers()));
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 39, "LGMar 12, 2015Code", "no author line");
    assertStrictNames(strict(READER, join(lines)), 39, "no author line");
  }

  @ParameterizedTest
  @ValueSource(strings = {"LGFeb 30, 2020Code", "LGFoo 27, 2020Code"})
  void unparseableDateKeepsTheEntryWithoutDate(String header) {
    String text = join(replace(SAMPLE, 18, header));
    CollectingSink sink = lenient(READER, text);
    assertEquals(19, sink.papers().size());
    Paper damaged = sink.papers().get(1);
    assertEquals(Optional.empty(), damaged.date());
    assertEquals(CLEAN.get(1).title(), damaged.title());
    assertEquals(CLEAN.get(1).primaryCategory(), damaged.primaryCategory());
    assertTrue(damaged.hasCode());
    assertEquals(CLEAN.get(1).toBuilder().id(null).date(null).build(), damaged);
    String dateText = header.substring(2, header.length() - 4);
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 18, "'" + dateText + "'", "Mar 22, 2022");
    assertStrictNames(strict(READER, text), 18, dateText);
  }

  @Test
  void dateWithoutCommaStillParses() {
    CollectingSink sink = lenient(READER, join(replace(SAMPLE, 18, "LGFeb 27 2020Code")));
    assertEquals(CLEAN, sink.papers());
    assertEquals(List.of(), sink.issues());
  }

  @ParameterizedTest
  @ValueSource(strings = {"LG2020-02-27Code", "LG 27/02/2020", "Feb 2020Code"})
  void garbledHeaderIsReportedAndDoesNotJoinThePreviousAbstract(String header) {
    String text = join(replace(SAMPLE, 18, header));
    CollectingSink sink = lenient(READER, text);
    List<Paper> expected = new ArrayList<>(CLEAN);
    expected.remove(1);
    assertEquals(expected, sink.papers()); // entry 1's abstract is untouched
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 18, header, "looks like an entry header");
    assertStrictNames(strict(READER, text), 18, header);
  }

  @Test
  void garbledFirstHeaderIsReported() {
    String text = join(replace(SAMPLE, 11, "LG2022-03-22Code"));
    CollectingSink sink = lenient(READER, text);
    assertEquals(CLEAN.subList(1, 19), sink.papers());
    assertEquals(1, sink.profiles().size());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 11, "LG2022-03-22Code");
  }

  @ParameterizedTest
  @ValueSource(strings = {"et al.", " \u00b7 deepmind", "et al \u00b7 anthropic, deepmind", "and others", ","})
  void authorLineWithoutNamesIsRejected(String authors) {
    String text = join(replace(SAMPLE, 21, authors));
    CollectingSink sink = lenient(READER, text);
    List<Paper> expected = new ArrayList<>(CLEAN);
    expected.remove(1);
    assertEquals(expected, sink.papers());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 21, "names no authors");
    assertStrictNames(strict(READER, text), 21, "names no authors");
  }

  @Test
  void unknownCategoryIsKeptAndReported() {
    String text = join(replace(SAMPLE, 18, "XYFeb 27, 2020Code"));
    CollectingSink sink = lenient(READER, text);
    assertEquals(19, sink.papers().size());
    Paper p = sink.papers().get(1);
    assertEquals("XY", p.primaryCategory().orElseThrow().code());
    assertFalse(p.primaryCategory().orElseThrow().isKnown());
    assertEquals("2020-02-27", p.date().orElseThrow().toString());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 18, "'XY'", "unknown category");
    assertStrictNames(strict(READER, text), 18, "'XY'");
  }

  @Test
  void fullCategoryCodesAreAccepted() {
    CollectingSink sink = lenient(READER, join(replace(replace(SAMPLE, 18, "cs.LGFeb 27, 2020Code"), 137,
        "q-bio.NCFeb 6, 2017")));
    assertEquals(CLEAN, sink.papers());
    assertEquals(List.of(), sink.issues());
  }

  @Test
  void strayBlankLinesAreSkipped() {
    List<String> lines = new ArrayList<>(List.of("", "   "));
    for (String l : SAMPLE) {
      lines.add(l);
      lines.add(l.isEmpty() ? " \t" : "");
    }
    lines.add("");
    CollectingSink sink = lenient(READER, join(lines));
    assertEquals(withoutProvenance(CLEAN), withoutProvenance(sink.papers()));
    assertEquals(List.of(), sink.issues());
    assertEquals(1, sink.profiles().size());
    assertEquals(3 + 2 * 10, sink.papers().get(0).provenance().get(0).line()); // header of line 11, shifted
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
      p.affiliations().forEach(a -> assertFalse(a.contains("\r")));
    }
  }

  @Test
  void byteOrderMark() throws IOException {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] body = join(SAMPLE).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, 3);
    System.arraycopy(body, 0, bytes, 3, body.length);
    CollectingSink viaInputs = CollectingSink.lenient();
    READER.read(Inputs.open(new ByteArrayInputStream(bytes)), SOURCE, viaInputs);
    assertEquals(CLEAN, viaInputs.papers());
    assertEquals(List.of(), viaInputs.issues());
    assertEquals(PersonName.parse("Niru Maheswaranathan"), viaInputs.profiles().get(0).owner());
    // A reader given text that still starts with U+FEFF drops it too.
    CollectingSink direct = lenient(READER, "\uFEFF" + join(SAMPLE));
    assertEquals(CLEAN, direct.papers());
    assertEquals("Niru", direct.profiles().get(0).owner().given());
  }

  @Test
  void ownerMissingFromACompleteListIsAddedAndReported() {
    String text = join(replace(SAMPLE, 84, "David Sussillo, Larry Abbott"));
    CollectingSink sink = lenient(READER, text);
    assertEquals(19, sink.papers().size());
    Paper p = sink.papers().get(10);
    assertTrue(p.authorListComplete());
    assertEquals(List.of(PersonName.parse("Niru Maheswaranathan")), p.unplacedAuthors());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 84, "Niru Maheswaranathan", "missing");
    assertStrictNames(strict(READER, text), 84, "Niru Maheswaranathan");
  }

  @Test
  void ownerWrittenWithInitialsIsRecognised() {
    CollectingSink sink = lenient(READER, join(replace(SAMPLE, 84, "N. Maheswaranathan, David Sussillo")));
    assertEquals(List.of(), sink.issues());
    Paper p = sink.papers().get(10);
    assertEquals(List.of(), p.unplacedAuthors());
    assertEquals("N.", p.authors().get(0).given());
  }

  @Test
  void anotherMaheswaranathanIsNotTheOwner() {
    CollectingSink sink = lenient(READER, join(replace(SAMPLE, 84, "Priya Maheswaranathan, David Sussillo")));
    assertEquals(1, sink.issues(IngestIssue.Action.REPAIRED).size());
    assertEquals(List.of(PersonName.parse("Niru Maheswaranathan")), sink.papers().get(10).unplacedAuthors());
  }

  @Test
  void unknownHeaderLineIsReportedButTheProfileIsKept() {
    List<String> lines = new ArrayList<>(SAMPLE);
    lines.add(7, "Followers 1234x");
    CollectingSink sink = lenient(READER, join(lines));
    assertEquals(1, sink.profiles().size());
    assertEquals(19, sink.papers().size());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 8, "Followers 1234x", "not understood");
  }

  @Test
  void pageWithoutHeaderIsReadWithoutOwner() {
    String text = join(SAMPLE.subList(10, SAMPLE.size()));
    CollectingSink sink = lenient(READER, text);
    assertEquals(List.of(), sink.profiles());
    assertEquals(19, sink.papers().size());
    assertTrue(sink.papers().stream().allMatch(p -> p.unplacedAuthors().isEmpty()));
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 1, "no profile header");
  }
}
