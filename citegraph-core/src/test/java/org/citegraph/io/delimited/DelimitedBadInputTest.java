package org.citegraph.io.delimited;

import static org.citegraph.io.SampleText.SOURCE;
import static org.citegraph.io.SampleText.assertOneIssue;
import static org.citegraph.io.SampleText.assertStrictNames;
import static org.citegraph.io.SampleText.lenient;
import static org.citegraph.io.SampleText.strict;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged delimited files built from the real {@code arxiv-oai-tsv} excerpt of q-bio.NC (header on line 1, a record
 * whose quoted abstract spans lines 2-3, then single-line records on lines 4, 5 and 6), read in lenient and strict
 * mode.
 */
class DelimitedBadInputTest {
  private static final DelimitedReader READER = DelimitedFormats.arxivOaiTsv();
  private static final String TEXT = resource("delimited/arxiv-oai-tsv/q-bio.NC-excerpt.tsv");
  private static final List<String> LINES = List.of(TEXT.split("\n", -1));
  private static final String HEADER = LINES.get(0);

  private static String resource(String name) {
    try (BufferedReader in = Inputs.openResource("org/citegraph/io/" + name)) {
      return in.lines().collect(Collectors.joining("\n", "", "\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The excerpt with lines 4-6 only (no repairs needed, so a strict read passes). */
  private static String clean() {
    return HEADER + "\n" + LINES.get(4) + "\n";
  }

  @Test
  void cleanRecordReadsStrictly() {
    CollectingSink sink = CollectingSink.strict();
    try {
      READER.read(new BufferedReader(new java.io.StringReader(clean())), SOURCE, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(1, sink.papers().size());
    assertEquals(new SourceRef(SOURCE, 2), sink.papers().get(0).provenance().get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "\r\n"})
  void emptyFile(String text) {
    assertOneIssue(lenient(READER, text), IngestIssue.Action.REJECTED, 1, "empty file", "expected", "'title'");
    assertStrictNames(strict(READER, text), 1, "empty file");
  }

  @Test
  void headerOnly() {
    assertOneIssue(lenient(READER, HEADER + "\n"), IngestIssue.Action.REJECTED, 1, "header only");
    assertStrictNames(strict(READER, HEADER), 1, "header only", "one row per paper");
  }

  @Test
  void headerWithoutTitleColumn() {
    String text = HEADER.replace("\ttitle\t", "\theadline\t") + "\n" + LINES.get(4) + "\n";
    assertOneIssue(lenient(READER, text), IngestIssue.Action.REJECTED, 1, "lacks column 'title'", "file skipped");
    assertStrictNames(strict(READER, text), 1, "'title'", "tab-separated header");
  }

  @Test
  void unterminatedQuote() {
    // Remove the closing quote of the two-line comments field of lines 2-3: the rest is inside the quotes.
    String broken = TEXT.replace("(was 9710001)\"\t", "(was 9710001)\t");
    assertTrue(!broken.equals(TEXT));
    CollectingSink sink = lenient(READER, broken);
    assertEquals(List.of(), sink.papers());
    assertOneIssue(sink, IngestIssue.Action.REJECTED, 2, "never closed", "closing \"");
    assertStrictNames(strict(READER, broken), 2, "is never closed");
  }

  @Test
  void wrongColumnCount() {
    // Line 5 (arXiv 1503.03585) loses a tab: 14 fields.
    String line5 = LINES.get(4).replaceFirst("\t", " ");
    String text = HEADER + "\n" + LINES.get(3) + "\n" + line5 + "\n" + LINES.get(5) + "\n";
    CollectingSink sink = lenient(READER, text);
    List<IngestIssue> rejected = sink.issues(IngestIssue.Action.REJECTED);
    assertEquals(1, rejected.size());
    assertEquals(new SourceRef(SOURCE, 3), rejected.get(0).where());
    assertTrue(rejected.get(0).message().contains("row has 14 fields, expected 15 as in the header on line 1"),
        rejected::toString);
    assertEquals(2, sink.papers().size());
    assertStrictNames(strict(READER, HEADER + "\n" + line5), 2, "14 fields", "separated by tab");
  }

  @Test
  void missingTitleAndAuthorsRejectTheRow() {
    String[] f = LINES.get(4).split("\t", -1);
    f[12] = "";
    String noTitle = String.join("\t", f);
    assertOneIssue(lenient(READER, HEADER + "\n" + noTitle), IngestIssue.Action.REJECTED, 2, "'1503.03585'",
        "has no title", "column 'title'");
    f = LINES.get(4).split("\t", -1);
    f[4] = " , ";
    String noAuthors = String.join("\t", f);
    CollectingSink kept = lenient(READER, HEADER + "\n" + noAuthors);
    assertEquals(1, kept.papers().size());
    assertOneIssue(kept, IngestIssue.Action.REPAIRED, 2, "no person author", "'First Last'", "kept without authors");
    assertStrictNames(strict(READER, HEADER + "\n" + noAuthors), 2, "'author_text'");
  }

  @Test
  void unparseableDateIsLeftOutAndReported() {
    String[] f = LINES.get(4).split("\t", -1);
    f[7] = "2015-02-30";
    CollectingSink sink = lenient(READER, HEADER + "\n" + String.join("\t", f));
    assertEquals(1, sink.papers().size());
    assertTrue(sink.papers().get(0).date().isEmpty());
    assertOneIssue(sink, IngestIssue.Action.REPAIRED, 2, "date '2015-02-30' left out", "yyyy-MM-dd");
  }

  @Test
  void etAlMarksTheListIncomplete() {
    // Hand-made variant: no real record of the three data sets writes "et al." in its author list.
    String[] f = LINES.get(4).split("\t", -1);
    f[4] = "Jascha Sohl-Dickstein, Eric A. Weiss et al.";
    CollectingSink sink = lenient(READER, HEADER + "\n" + String.join("\t", f));
    assertEquals(List.of(), sink.issues());
    assertEquals(2, sink.papers().get(0).authors().size());
    assertTrue(!sink.papers().get(0).authorListComplete());
  }
}
