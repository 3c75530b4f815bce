package org.citegraph.io.arxiv;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordSink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reads the whole real {@code .abs} data set (arXiv's arxiv-browse test fixtures, {@code
 * ../shared/data/arxiv-abs-files-browse/abs_files.tar.xz} relative to the project root) through {@link
 * Inputs#read(Path, RecordSink)}, which detects the format of every tar entry. Skipped when the data set is absent.
 *
 * <p>Its README counts 1,191 files (one more listed file was empty in the snapshot). The tarball does carry that
 * file as an empty entry ({@code ftp/math-ph/papers/0509/0509037.abs}), which is reported as a skipped archive
 * entry: 1,191 papers and exactly one rejection. The README's "13 files have no Categories: line" are all
 * old-style ids, whose archive becomes the primary category.
 */
@Tag("slow")
class ArxivAbsDataSetTest {
  private static final Path DATA = org.citegraph.Fixtures.sharedData().resolve("arxiv-abs-files-browse").resolve("abs_files.tar.xz");

  @Test
  void readsEveryRecordOfTheRealDataSet() throws IOException {
    Assumptions.assumeTrue(Files.exists(DATA), "data set not present: " + DATA);
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(DATA, sink);
    Map<String, Long> reasons = sink.issues().stream().collect(Collectors.groupingBy(
        i -> i.action() + ": " + i.message().replaceAll("'[^']*'", "'…'"), TreeMap::new, Collectors.counting()));
    System.out.println("arxiv-abs data set: " + sink.papers().size() + " papers, "
        + sink.issues(IngestIssue.Action.REJECTED).size() + " rejected, "
        + sink.issues(IngestIssue.Action.REPAIRED).size() + " repaired");
    reasons.forEach((k, v) -> System.out.println("  " + v + " x " + k));

    assertEquals(1191, sink.papers().size(), "every non-empty file is one paper");
    List<IngestIssue> rejected = sink.issues(IngestIssue.Action.REJECTED);
    assertEquals(1, rejected.size(), rejected.toString());
    assertTrue(rejected.get(0).where().source().endsWith("!tests/data/abs_files/ftp/math-ph/papers/0509/0509037.abs"));
    assertTrue(rejected.get(0).message().contains("empty file"), rejected.get(0).message());
    // Two repairs: arXiv 1607.08199 holds 4 bytes that are not UTF-8 (replaced by U+FFFD, reported), and
    // 2009.01669 lists '21.11130/...', which is not a DOI.
    List<IngestIssue> repaired = sink.issues(IngestIssue.Action.REPAIRED);
    assertEquals(2, repaired.size(), repaired.toString());
    assertTrue(repaired.get(0).where().source().endsWith("1607.08199.abs")
        && repaired.get(0).message().contains("4 malformed UTF-8"), repaired.get(0)::toString);
    assertTrue(repaired.get(1).message().contains("2009.01669") && repaired.get(1).message().contains("not a DOI"));

    Paper first = sink.papers().stream().filter(p -> p.id().equals(PaperId.arxiv("0704.0001"))).findFirst()
        .orElseThrow();
    assertEquals("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies",
        first.title());
    assertEquals("Balázs", first.authors().get(0).family());
    assertTrue(sink.papers().stream().allMatch(p -> p.date().isPresent()), "every record has a v1 date");
    assertTrue(sink.papers().stream().allMatch(p -> p.primaryCategory().isPresent()), "every record has a category");
    assertTrue(sink.papers().stream().allMatch(p -> p.id().scheme() == PaperId.Scheme.ARXIV));
    assertTrue(sink.papers().stream().allMatch(p -> p.provenance().get(0).source().contains("!tests/data/")));
    assertEquals(649 - 1, sink.papers().stream().filter(p -> p.alternateIds().stream()
        .anyMatch(i -> i.scheme() == PaperId.Scheme.DOI)).count(), "README: 649 files have a DOI line");
  }
}
