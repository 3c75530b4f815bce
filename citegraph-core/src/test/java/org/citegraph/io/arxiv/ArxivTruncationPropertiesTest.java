package org.citegraph.io.arxiv;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.RecordReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Files cut off at any point (as by an interrupted download): the readers never throw anything but {@link
 * MalformedRecordException} in strict mode, and every record ends in a paper or a rejection.
 */
class ArxivTruncationPropertiesTest {
  private static final String ABS = ArxivFixtures.text("arxiv/arxiv-abs/0704.0001.abs");
  private static final String ATOM = ArxivFixtures.text("arxiv/arxiv-atom/query.xml");
  private static final String OAI = ArxivFixtures.text("arxiv/arxiv-oai/list-records-arxiv.xml");

  private static CollectingSink read(RecordReader reader, String text, CollectingSink sink) {
    try {
      reader.read(new BufferedReader(new StringReader(text)), "cut", sink);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return sink;
  }

  private static void strictThrowsOnlyMalformed(RecordReader reader, String text) {
    try {
      read(reader, text, CollectingSink.strict());
    } catch (MalformedRecordException e) {
      assertTrue(e.getMessage().startsWith("cut:"), e::getMessage);
    }
  }

  @Property(seed = "42", tries = 300)
  void absCutAnywhereIsOnePaperOrOneRejection(@ForAll @IntRange(min = 0, max = 2000) int cut) {
    String text = ABS.substring(0, Math.min(cut, ABS.length()));
    CollectingSink sink = read(new ArxivAbsReader(), text, CollectingSink.lenient());
    assertEquals(1, sink.papers().size() + sink.issues(IngestIssue.Action.REJECTED).size(), sink.issues()::toString);
    strictThrowsOnlyMalformed(new ArxivAbsReader(), text);
  }

  @Property(seed = "42", tries = 300)
  void atomCutAnywhereKeepsWhatIsCompleteAndReportsTheRest(@ForAll @IntRange(min = 0, max = 5000) int cut) {
    String text = ATOM.substring(0, Math.min(cut, ATOM.length()));
    CollectingSink sink = read(new ArxivAtomReader(), text, CollectingSink.lenient());
    assertTrue(sink.papers().size() <= 2);
    if (cut < ATOM.stripTrailing().length()) {
      assertEquals(1, sink.issues(IngestIssue.Action.REJECTED).size(), sink.issues()::toString);
    }
    strictThrowsOnlyMalformed(new ArxivAtomReader(), text);
  }

  @Property(seed = "42", tries = 300)
  void oaiCutAnywhereKeepsWhatIsCompleteAndReportsTheRest(@ForAll @IntRange(min = 0, max = 5000) int cut) {
    String text = OAI.substring(0, Math.min(cut, OAI.length()));
    CollectingSink sink = read(new ArxivOaiReader(), text, CollectingSink.lenient());
    assertTrue(sink.papers().size() <= 2);
    assertTrue(sink.issues(IngestIssue.Action.REJECTED).size() >= 1, "the deleted record or the cut is reported");
    strictThrowsOnlyMalformed(new ArxivOaiReader(), text);
  }

  @Property(seed = "42", tries = 1000)
  void authorListParsingNeverThrows(@ForAll String list) {
    ArxivAuthors.Result r = ArxivAuthors.parse(list);
    assertTrue(r.names().stream().noneMatch(n -> n.family().isBlank()));
  }
}
