package org.citegraph.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.citegraph.model.PaperId;
import org.citegraph.model.PubDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Repair of float-damaged arXiv ids, with ids and creation dates taken from the arxiv-oai-tsv files. */
class ArxivIdsTest {

  private static ArxivIds.Outcome check(String raw, String created) {
    return ArxivIds.check(raw, Optional.ofNullable(created).map(PubDate::parse), true);
  }

  @ParameterizedTest
  @CsvSource({
      "1806.1023, 2018-06-26, 1806.10230",
      "1810.1018, 2018-10-24, 1810.10180",
      "903.3451, 2009-03-19, 0903.3451",
      "1703.0481300000001, 2017-03-14, 1703.04813",
      // The README of the data set names this one 1804.00221, but the float is 1804.00222 (Metz et al.).
      "1804.0022199999999, 2018-03-31, 1804.00222",
      "1001.392, 2010-01-20, 1001.3920",
      "704.0047, 2007-04-01, 0704.0047",
      "801.025, 2007-12-31, 0801.0250"})
  void repairedWhenTheCreationMonthConfirmsIt(String raw, String created, String expected) {
    ArxivIds.Outcome o = check(raw, created);
    assertEquals(Optional.of(PaperId.arxiv(expected)), o.id());
    assertTrue(o.issue().orElseThrow().contains("repaired to " + expected), o::toString);
  }

  @ParameterizedTest
  @CsvSource({"1907.08549, 2019-07-19", "cmp-lg/9407015, 1994-07-18", "0903.3451, 2009-03-19",
      "1412.8999, 2014-12-31"})
  void intactIdsAreKeptWithoutIssue(String raw, String created) {
    ArxivIds.Outcome o = check(raw, created);
    assertEquals(Optional.of(PaperId.arxiv(raw)), o.id());
    assertEquals(Optional.empty(), o.issue());
  }

  @ParameterizedTest
  @CsvSource({
      "1206.578, 2012-04-24, does not confirm month 1206",
      "1502.0643400000001, 2014-12-17, does not confirm month 1502",
      "1806.1023, , no creation date",
      "1806.1023456, 2018-06-01, neither the 5 of month 1806 nor float noise",
      "1313.1234, 2013-01-01, not a month"})
  void ambiguousIdsAreLeftOut(String raw, String created, String reason) {
    ArxivIds.Outcome o = check(raw, created);
    assertEquals(Optional.empty(), o.id());
    assertTrue(o.issue().orElseThrow().contains(reason), o::toString);
  }

  @Test
  void withoutRepairOnlyTheVersionIsRemoved() {
    assertEquals(Optional.of(PaperId.arxiv("1806.1023")), ArxivIds.check("1806.1023v2", Optional.empty(), false).id());
    assertTrue(ArxivIds.check("foo", Optional.empty(), false).id().isEmpty());
  }

  @Test
  void monthOfAnId() {
    assertEquals(Optional.of(PubDate.ofMonth(1991, 8)), ArxivIds.month(PaperId.arxiv("hep-th/9108001")));
    assertEquals(Optional.of(PubDate.ofMonth(2009, 3)), ArxivIds.month(PaperId.arxiv("0903.3451")));
  }
}
