package org.citegraph.io.bib;

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

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * RIS reading. The fixtures are hand-written following the RIS specification (see the README next to them); no
 * real RIS export is on hand.
 */
class RisReaderTest {
  private static final RisReader READER = new RisReader();
  private static final String RECORDS = "bib/ris/records.ris";
  private static final String BROKEN = "bib/ris/broken.ris";

  @Test
  void readsEveryRecordFieldByField() {
    CollectingSink sink = ReaderFixtures.read(READER, RECORDS);
    assertEquals(List.of(), sink.issues());
    assertEquals(4, sink.papers().size());

    Paper lstm = byTitle(sink.papers(), "Long short-term memory");
    assertEquals(List.of("Sepp||Hochreiter|", "Jürgen||Schmidhuber|"), parts(lstm.authors()));
    assertEquals(Optional.of(PubDate.of(LocalDate.of(1997, 11, 15))), lstm.date());
    assertEquals(PaperId.doi("10.1162/neco.1997.9.8.1735"), lstm.id());
    assertEquals("Learning to store information over extended time intervals by recurrent backpropagation takes a "
        + "very long time.", lstm.abstractText());
    assertEquals(List.of("Technische Universität München"), lstm.affiliations());
    assertTrue(lstm.categories().isEmpty()); // KW is not a category
    assertEquals(new SourceRef(RECORDS, 1), lstm.provenance().get(0));

    Paper sohl = byTitle(sink.papers(), "Deep unsupervised learning using nonequilibrium thermodynamics");
    assertEquals(4, sohl.authors().size());
    assertEquals(Optional.of(PubDate.ofMonth(2015, 7)), sohl.date()); // DA is more precise than Y1
    assertEquals(PaperId.arxiv("1503.03585"), sohl.id());
    assertEquals(new SourceRef(RECORDS, 14), sohl.provenance().get(0));

    Paper attention = byTitle(sink.papers(), "Attention is all you need");
    assertFalse(attention.authorListComplete());
    assertEquals(2, attention.authors().size());
    assertEquals(PaperId.doi("10.48550/arxiv.1706.03762"), attention.id());
    assertTrue(attention.abstractText().startsWith("The dominant"));

    Paper thesis = byTitle(sink.papers(), "A thesis with ümlauts");
    assertEquals(List.of("John||Smith|Jr.", "Stéfan|van der|Walt|"), parts(thesis.authors()));
  }

  @Test
  void badRecordsLenient() {
    CollectingSink sink = ReaderFixtures.read(READER, BROKEN);
    assertEquals(List.of("No authors here", "Fine except the date", "Cut off by the end of the file"),
        sink.papers().stream().map(Paper::title).toList());
    List<IngestIssue> rejected = sink.issues(IngestIssue.Action.REJECTED);
    assertEquals(2, rejected.size(), rejected.toString());
    assertTrue(rejected.get(0).message().contains("outside a record"));
    assertEquals(new SourceRef(BROKEN, 2), rejected.get(1).where());
    assertTrue(rejected.get(1).message().contains("has no title"));
    // a record without AU lines is still a paper: kept without authors and reported
    assertEquals(List.of(), sink.papers().get(0).allAuthors());
    assertFalse(sink.papers().get(0).authorListComplete());
    List<IngestIssue> repaired = sink.issues(IngestIssue.Action.REPAIRED);
    assertEquals(4, repaired.size(), repaired.toString());
    assertEquals(new SourceRef(BROKEN, 6), repaired.get(0).where());
    assertEquals("record at line 6 ('No authors here') has no authors (expected 'AU  - Last, First' lines): "
        + IngestIssue.KEPT_WITHOUT_AUTHORS, repaired.get(0).message());
    assertTrue(repaired.stream().anyMatch(i -> i.message().contains("'sometime' is not a date")));
    assertTrue(repaired.stream().anyMatch(i -> i.message().contains("no 'ER  - ' before the next")));
    assertTrue(repaired.stream().anyMatch(i -> i.message().contains("cut off by the end of the file")));
    assertEquals(Optional.empty(), sink.papers().get(1).date());
  }

  @Test
  void badRecordsStrict() {
    MalformedRecordException e = assertThrows(MalformedRecordException.class,
        () -> ReaderFixtures.read(READER, BROKEN, CollectingSink.strict()));
    assertTrue(e.getMessage().startsWith(BROKEN + ":1: "), e.getMessage());
    CollectingSink empty = ReaderFixtures.text(READER, "\n\n", CollectingSink.lenient());
    assertTrue(empty.issues().get(0).message().contains("no RIS record found"));
  }

  @Test
  void detection() {
    assertInstanceOf(RisReader.class, Inputs.detect(ReaderFixtures.head(RECORDS)));
    assertFalse(READER.looksLike("@article{x,"));
  }

  @Test
  void venueFromT2ElseJoJfJa() {
    CollectingSink sink = ReaderFixtures.text(READER, """
        TY  - JOUR
        AU  - Doe, Jane
        TI  - Secondary title first
        JO  - Phys. Rev. Lett.
        T2  - Physical Review
          Letters
        ER  -
        TY  - JOUR
        AU  - Doe, Jane
        TI  - Full journal name
        JA  - J. Mach. Learn. Res.
        JF  - Journal of Machine Learning Research
        ER  -
        TY  - JOUR
        AU  - Doe, Jane
        TI  - No venue
        ER  -
        """, CollectingSink.lenient());
    assertEquals(List.of(), sink.issues());
    // T2 wins over an earlier JO; its continuation line is joined with one space
    assertEquals(Optional.of("Physical Review Letters"), byTitle(sink.papers(), "Secondary title first").venue());
    assertEquals(Optional.of("Journal of Machine Learning Research"),
        byTitle(sink.papers(), "Full journal name").venue());
    assertEquals(Optional.empty(), byTitle(sink.papers(), "No venue").venue());
  }
}
