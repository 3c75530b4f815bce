package org.citegraph.io.delimited;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.TestInputs;
import org.citegraph.io.scholarly.AanMetadataReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.model.Paper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Whole data sets under {@code ../shared/data} (relative to the project root), checked against the counts in each
 * data set's README. Skipped when the files are absent.
 */
@Tag("slow")
class DelimitedDataSetsTest {
  private static final Path ARXIV = TestInputs.DATA.resolve("arxiv-oai-tsv-staeiou");
  private static final Path PSCP = TestInputs.DATA.resolve("paperscape-citations-1991-1996");
  private static final Path AAN = TestInputs.DATA.resolve("aan-acl-anthology-network");
  private static final Pattern RAW_ID = Pattern.compile("arXiv id '([^']*)'");

  private static CollectingSink read(Path file) throws IOException {
    assumeTrue(TestInputs.present(file), () -> file + " is absent");
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, sink);
    return sink;
  }

  /**
   * Records per file (README "Counts"); ids not of the form NNNN.NNNN(N) and those with a 3-digit prefix (README
   * "Quirks"); every damaged id is either repaired or, when the creation month does not confirm it, left out.
   */
  @ParameterizedTest
  @CsvSource({
      "cs.CL.20190101.tsv.xz, 11636, 0, 0, 0, 0",
      "cs.NE.20200101.tsv.xz, 7210, 2085, 316, 2495, 34",
      "q-bio.NC.20200101.tsv.xz, 5620, 1547, 371, 1808, 7"})
  void arxivOaiTsv(String file, int records, int notOfTheForm, int threeDigitPrefix, int repaired, int leftOut)
      throws IOException {
    CollectingSink sink = read(ARXIV.resolve(file));
    assertEquals(records, sink.papers().size());
    assertEquals(0, sink.issues(IngestIssue.Action.REJECTED).size());
    int form = 0;
    int prefix = 0;
    int fixed = 0;
    int dropped = 0;
    for (IngestIssue i : sink.issues()) {
      Matcher m = RAW_ID.matcher(i.message());
      if (!m.find()) {
        continue;
      }
      String raw = m.group(1);
      form += raw.matches("\\d{4}\\.\\d{4,5}") ? 0 : 1;
      prefix += raw.matches("\\d{3}\\..*") ? 1 : 0;
      fixed += i.message().contains("repaired to") ? 1 : 0;
      dropped += i.message().contains("left out") ? 1 : 0;
    }
    assertEquals(notOfTheForm, form);
    assertEquals(threeDigitPrefix, prefix);
    assertEquals(repaired, fixed);
    assertEquals(leftOut, dropped);
  }

  /** Niru Maheswaranathan's papers named in the README, with their repaired ids. */
  @Test
  void arxivOaiTsvNamedPapers() throws IOException {
    Set<String> ids = new HashSet<>();
    for (String f : new String[] {"cs.NE.20200101.tsv.xz", "q-bio.NC.20200101.tsv.xz"}) {
      for (Paper p : read(ARXIV.resolve(f)).papers()) {
        if (p.authors().stream().anyMatch(a -> a.family().equals("Maheswaranathan"))) {
          ids.add(p.id().toString());
        }
      }
    }
    // The README writes 1804.00221; the float 1804.0022199999999 is 1804.00222 (Metz et al.).
    assertEquals(Set.of("arxiv:1703.04813", "arxiv:1804.00222", "arxiv:1806.10230", "arxiv:1810.10180",
        "arxiv:1907.08549", "arxiv:1503.03585", "arxiv:1702.01825", "arxiv:1912.06207"), ids);
  }

  /**
   * 49,264 papers, 5 with an empty author list (rejected); 146,964 reference edges, of which the rejected papers
   * hold 2.
   */
  @Test
  void paperscape() throws IOException {
    int papers = 0;
    long refs = 0;
    int rejected = 0;
    long noAuthor = 0;
    int[] perYear = {306, 3261, 6741, 10088, 13002, 15866};
    for (int y = 1991; y <= 1996; y++) {
      CollectingSink sink = read(PSCP.resolve("pscp-" + y + ".csv.xz"));
      int r = sink.issues(IngestIssue.Action.REJECTED).size();
      assertEquals(perYear[y - 1991], sink.papers().size() + r, "year " + y);
      noAuthor += TestInputs.count(sink, IngestIssue.Action.REPAIRED, m -> m.contains("kept without authors"));
      papers += sink.papers().size();
      rejected += r;
      refs += sink.papers().stream().mapToLong(p -> p.references().size()).sum();
    }
    assertEquals(49264, papers, "papers without a readable author are kept");
    assertEquals(0, rejected);
    assertEquals(5, noAuthor);
    assertEquals(146964, refs, "the references of papers kept without authors count too");
  }

  /**
   * 18,041 records (4 kept without authors, reported, among them the README's 1 empty author field), and
   * 94,973 citation edges: those from papers with metadata are attached, citing ids without metadata reported.
   */
  @Test
  void aan() throws IOException {
    Path meta = AAN.resolve("acl-metadata.txt.xz");
    Path edges = AAN.resolve("acl.txt.xz");
    assumeTrue(TestInputs.present(meta) && TestInputs.present(edges));
    CollectingSink sink = CollectingSink.lenient();
    AanMetadataReader reader = AanMetadataReader.withCitations(edges);
    Inputs.read(meta, reader, sink);
    long noAuthor = TestInputs.count(sink, IngestIssue.Action.REPAIRED, m -> m.contains("kept without authors"));
    long citing = TestInputs.count(sink, IngestIssue.Action.REJECTED, m -> m.contains("has no record in"));
    assertEquals(18041, sink.papers().size(), "papers without a readable author are kept");
    assertEquals(4, noAuthor);
    assertEquals(sink.issues(IngestIssue.Action.REJECTED).size(), citing);
    assertEquals(1215, citing);
    long attached = sink.papers().stream().mapToLong(p -> p.references().size()).sum();
    long dropped = sink.issues(IngestIssue.Action.REJECTED).stream().filter(i -> i.message().contains("dropped"))
        .mapToLong(i -> Long.parseLong(i.message().substring(0, i.message().indexOf(' ')))).sum();
    assertEquals(82944, attached);
    // Every one of the 94,973 edges is attached or reported, the 19 from the 4 authorless records included.
    assertEquals(94973, attached + dropped);
    assertEquals(0, TestInputs.count(sink, IngestIssue.Action.REPAIRED, m -> m.contains("ACL id")),
        "ids with a letter suffix (J79-1009a) are ACL ids");
    assertEquals(20, TestInputs.count(sink, IngestIssue.Action.REPAIRED, m -> m.contains("particle")));
    // README: every record has a venue line; its example D10-1001 is at EMNLP.
    assertEquals(18041, sink.papers().stream().filter(p -> p.venue().isPresent()).count());
    assertEquals(java.util.Optional.of("EMNLP"), sink.papers().stream()
        .filter(p -> p.id().toString().equals("acl:D10-1001")).findFirst().orElseThrow().venue());
  }

  /**
   * The citation list read on its own yields no papers and one explanation; beside its metadata file it is read
   * through that file, and adds nothing by itself.
   */
  @Test
  void aanCitationListAlone(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path edges = AAN.resolve("acl.txt.xz");
    assumeTrue(TestInputs.present(edges));
    Path alone = java.nio.file.Files.copy(edges, dir.resolve("acl.txt.xz"));
    CollectingSink sink = read(alone);
    assertEquals(0, sink.papers().size());
    assertEquals(1, sink.issues().size());
    assertTrue(sink.issues().get(0).message().contains("read it together with acl-metadata.txt"));
    CollectingSink beside = read(edges);
    assertEquals(0, beside.papers().size());
    assertEquals(0, beside.issues().size());
  }

  /** Reading the metadata file picks up the citation list beside it. */
  @Test
  void aanMetadataPicksUpItsCitationList() throws IOException {
    Path meta = AAN.resolve("acl-metadata.txt.xz");
    assumeTrue(TestInputs.present(meta) && TestInputs.present(AAN.resolve("acl.txt.xz")));
    CollectingSink sink = read(meta);
    assertEquals(82944, sink.papers().stream().mapToLong(p -> p.references().size()).sum());
  }
}
