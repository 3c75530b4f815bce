package org.citegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.citegraph.io.Inputs;
import org.citegraph.model.Paper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder's progress listener, year filter, folders and streams. */
class BuilderInputsTest {
  private static String sample() throws IOException {
    try (var in = Inputs.openSample(Inputs.AUTHOR_RECORD_SAMPLE)) {
      return in.lines().collect(Collectors.joining("\n", "", "\n"));
    }
  }

  @Test
  void theListenerSeesEveryPhaseInOrderWithCounts() {
    List<Progress> events = new ArrayList<>();
    CiteGraph.Builder b = CiteGraph.builder().addSamples().progress(events::add);
    Corpus c = b.build();
    List<String> finished = events.stream().filter(Progress::finished).map(Progress::phase).toList();
    assertEquals(List.of("read", "deduplicate", "resolve", "index"), finished);
    Progress read = events.stream().filter(p -> p.finished() && p.phase().equals("read")).findFirst().orElseThrow();
    assertEquals(c.report().recordsRead(), read.records() + b.lastStats().orElseThrow().rejected());
    assertEquals(1, read.sources());
    assertEquals(1, read.sourcesDone());
    assertTrue(events.get(0).source().orElseThrow().contains("samples"), events.get(0).toString());
    List<String> order = events.stream().map(p -> p.phase() + (p.finished() ? " done" : "")).distinct().toList();
    assertEquals(List.of("read", "read done", "deduplicate", "deduplicate done", "resolve", "resolve done", "index",
        "index done"), order, "each phase starts, then ends, in order");
    Progress dedup = events.stream().filter(p -> p.finished() && p.phase().equals("deduplicate")).findFirst()
        .orElseThrow();
    assertEquals(c.papers().size(), dedup.records());
    Progress resolve = events.stream().filter(p -> p.finished() && p.phase().equals("resolve")).findFirst()
        .orElseThrow();
    assertEquals(c.authors().size(), resolve.records());
  }

  @Test
  void progressEstimatesTimeLeftFromBytes() {
    Progress half = new Progress("read", java.util.Optional.empty(), 1, 2, 10, 50, 100, 4_000, false);
    assertEquals(4_000L, half.remainingNanos().orElseThrow());
    assertEquals(2.5e6, half.recordsPerSecond(), 1e-6);
    assertTrue(new Progress("x", java.util.Optional.empty(), 0, 0, 0, 0, 0, 10, false).remainingNanos().isEmpty());
    assertThrows(IllegalArgumentException.class,
        () -> new Progress("x", java.util.Optional.empty(), -1, 0, 0, 0, 0, 0, false));
  }

  @Test
  void aYearFilterKeepsThePapersOfThoseYearsAndCountsTheRest() {
    Corpus all = CiteGraph.loadSamples();
    List<Paper> expected = all.papers().stream()
        .filter(p -> p.year().isPresent() && p.year().getAsInt() >= 2018 && p.year().getAsInt() <= 2020).toList();
    CiteGraph.Builder b = CiteGraph.builder().addSamples().years(2018, 2020);
    Corpus some = b.build();
    assertEquals(expected.stream().map(Paper::id).toList(), some.papers().stream().map(Paper::id).toList());
    assertEquals(all.papers().size() - expected.size(), b.lastStats().orElseThrow().outsideYears());
    assertTrue(some.authors().size() < all.authors().size(), "authors of the left-out papers only are gone");
    for (Paper p : some.papers()) {
      assertEquals(all.authorsOf(all.paper(p.id())).stream().map(a -> a.displayName()).sorted().toList(),
          some.authorsOf(p).stream().map(a -> a.displayName()).sorted().toList(), "the same authors resolved");
    }
    assertThrows(IllegalArgumentException.class, () -> CiteGraph.builder().years(2021, 2019));
  }

  @Test
  void aFolderIsReadFileByFileAndUnknownFilesAreListed(@TempDir Path dir) throws IOException {
    Path records = dir.resolve("a").resolve("b").resolve("records.txt");
    Files.createDirectories(records.getParent());
    Files.writeString(records, sample());
    Files.writeString(dir.resolve("notes.xyz"), "no records here\n");
    Files.writeString(dir.resolve("README.md"), "@article{x, title={An example}, author={Doe, Jane}}\n");
    Files.writeString(dir.resolve(".hidden.txt"), sample());
    CiteGraph.Builder b = CiteGraph.builder().add(dir);
    assertEquals(List.of(records), b.files());
    assertEquals(List.of(dir.resolve("README.md"), dir.resolve("notes.xyz")), b.skipped());
    Corpus fromFolder = b.build();
    Corpus fromFile = CiteGraph.load(records);
    assertEquals(fromFile.papers(), fromFolder.papers());
    assertEquals(fromFile.authors(), fromFolder.authors());
  }

  @Test
  void aStreamReadsLikeTheFileItHolds(@TempDir Path dir) throws IOException {
    String text = sample();
    Path file = dir.resolve("records.txt");
    Files.writeString(file, text);
    Corpus fromStream = CiteGraph.builder().add("-", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .build();
    Corpus fromFile = CiteGraph.load(file);
    assertEquals(fromFile.authors(), fromStream.authors());
    assertEquals(fromFile.papers().stream().map(Paper::title).toList(),
        fromStream.papers().stream().map(Paper::title).toList());
    assertTrue(fromStream.papers().get(0).provenance().get(0).toString().startsWith("-"),
        fromStream.papers().get(0).provenance().toString());
  }
}
