package org.citegraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.citegraph.io.arxiv.ArxivJsonLinesReader;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordSink;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {
  private static final List<Paper> PAPERS = new ArrayList<>();
  private static final List<IngestIssue> ISSUES = new ArrayList<>();

  @BeforeAll
  static void generate(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("synthetic.jsonl");
    SyntheticCorpus.of(2_000, 11).writeTo(file);
    Inputs.read(file, Inputs.reader(ArxivJsonLinesReader.FORMAT), new RecordSink() {
      @Override
      public void paper(Paper record) {
        PAPERS.add(record);
      }

      @Override
      public void issue(IngestIssue issue) {
        ISSUES.add(issue);
      }
    });
  }

  private static byte[] bytes(long papers, long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SyntheticCorpus.of(papers, seed).writeTo(out);
    return out.toByteArray();
  }

  @Test
  void sameSeedSameBytes() throws IOException {
    assertArrayEquals(bytes(500, 3), bytes(500, 3));
    assertFalse(java.util.Arrays.equals(bytes(500, 3), bytes(500, 4)));
  }

  @Test
  void gzipOutputIsDetectedAndReadable(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("s.jsonl.gz");
    SyntheticCorpus.of(50, 1).writeTo(gz);
    List<Paper> read = new ArrayList<>();
    Inputs.read(gz, new RecordSink() {
      @Override
      public void paper(Paper record) {
        read.add(record);
      }

      @Override
      public void issue(IngestIssue issue) {
        assertTrue(issue.action() != IngestIssue.Action.REJECTED, issue.toString());
      }
    });
    assertEquals(50, read.size());
  }

  @Test
  void everyRecordParsesWithNothingRejected() {
    assertEquals(2_000, PAPERS.size());
    assertTrue(ISSUES.stream().noneMatch(i -> i.action() == IngestIssue.Action.REJECTED), ISSUES.toString());
    assertEquals(2_000, PAPERS.stream().map(Paper::id).distinct().count(), "ids are unique");
  }

  @Test
  void meanAuthorsPerPaperIsNearTheCalibration() {
    double mean = PAPERS.stream().mapToInt(p -> p.allAuthors().size()).average().orElseThrow();
    double target = SyntheticCorpus.TARGET_MEAN_AUTHORS;
    assertTrue(Math.abs(mean - target) <= 0.10 * target, "mean " + mean + " vs target " + target);
    double single = PAPERS.stream().filter(p -> p.allAuthors().size() == 1).count() / (double) PAPERS.size();
    assertTrue(Math.abs(single - 0.1425) <= 0.03, "single-author share " + single);
  }

  @Test
  void categoriesAndCrossListsAreNearTheCalibration() {
    double meanCats = PAPERS.stream().mapToInt(p -> p.categories().size()).average().orElseThrow();
    assertTrue(Math.abs(meanCats - 2.12) <= 0.212, "mean categories " + meanCats);
    double crossListed = PAPERS.stream().filter(p -> p.categories().size() > 1).count() / (double) PAPERS.size();
    assertTrue(Math.abs(crossListed - 0.64) <= 0.05, "cross-listed share " + crossListed);
    Map<String, Integer> primary = new HashMap<>();
    PAPERS.forEach(p -> primary.merge(p.primaryCategory().orElseThrow().code(), 1, Integer::sum));
    double cl = primary.getOrDefault("cs.CL", 0) / (double) PAPERS.size();
    assertTrue(Math.abs(cl - 0.394) <= 0.04, "cs.CL primary share " + cl);
  }

  @Test
  void datesAreInRangeAndGrowOverTime() {
    int[] years = PAPERS.stream().mapToInt(p -> p.year().orElseThrow()).toArray();
    assertTrue(java.util.Arrays.stream(years).allMatch(
        y -> y >= SyntheticCorpus.FIRST_YEAR && y <= SyntheticCorpus.LAST_YEAR));
    long late = java.util.Arrays.stream(years).filter(y -> y >= 2016).count();
    long early = java.util.Arrays.stream(years).filter(y -> y < 2008).count();
    assertTrue(late > 5 * Math.max(1, early), "growth: " + early + " before 2008, " + late + " from 2016");
  }

  @Test
  void papersPerAuthorFollowALotkaLikeLaw() {
    Map<String, Integer> perName = new HashMap<>();
    PAPERS.forEach(p -> p.allAuthors().stream().map(PersonName::key).distinct()
        .forEach(k -> perName.merge(k, 1, Integer::sum)));
    double single = perName.values().stream().filter(c -> c == 1).count() / (double) perName.size();
    // Real sample: 68.5% of names have one paper. Small corpora have more one-paper names.
    assertTrue(single > 0.55 && single < 0.85, "one-paper share " + single);
    int max = perName.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(max >= 5 && max <= 200, "most prolific name " + max);
    long initials = PAPERS.stream().flatMap(p -> p.allAuthors().stream()).filter(PersonName::isAbbreviated).count();
    assertTrue(initials > 0, "some names written with initials");
  }

  @Test
  void synthAndBenchCommandsRunOnATinyFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("tiny.jsonl");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertEquals(0, Benchmark.command(new String[] {"synth", "--papers", "300", "--seed", "5", "--out",
        file.toString()}, o, e), err.toString(StandardCharsets.UTF_8));
    assertTrue(Files.size(file) > 0);
    assertEquals(0, Benchmark.command(new String[] {"bench", file.toString(), "--queries", "50"}, o, e),
        err.toString(StandardCharsets.UTF_8));
    String text = out.toString(StandardCharsets.UTF_8);
    for (String expected : List.of("raw read ceiling", "citegraph ingest", "author resolution",
        "bytes per edge", "top-10 collaborators", "timeline of", "corpus topic clustering")) {
      assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
    }
    assertEquals(2, Benchmark.command(new String[] {"bench"}, o, e));
  }
}
