package org.citegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.citegraph.graph.CitationGraph;
import org.citegraph.io.IngestIssue;
import org.citegraph.model.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, item 13: a paper whose author field cannot be read is still a paper. Read from unarXive JSON Lines, it
 * keeps its citations in both directions, and its author problem is reported; only the co-authorship side lacks it.
 */
class PapersWithoutAuthorsInGraphsTest {
  @TempDir Path dir;

  @Test
  void aPaperWithoutAuthorsKeepsItsCitations() throws Exception {
    // 0704.0002 names no author; 0704.0001 cites it, and it cites 0704.0003.
    Path refs = Files.writeString(dir.resolve("refs.jsonl"), String.join("\n",
        line("0704.0001", "Citing paper", "Jane Doe", "0704.0002"),
        line("0704.0002", "Nameless paper", "", "0704.0003"),
        line("0704.0003", "Cited paper", "John Roe", null)) + "\n");
    Corpus corpus = CiteGraph.load(refs);
    assertEquals(3, corpus.papers().size(), corpus.report()::toString);
    assertEquals(List.of(), corpus.report().rejected());
    Paper nameless = corpus.papers().stream().filter(p -> p.title().equals("Nameless paper")).findFirst()
        .orElseThrow();
    assertEquals(List.of(), nameless.allAuthors());
    CitationGraph citations = corpus.citationGraph();
    assertEquals(2, citations.edgeCount());
    assertEquals(1, citations.citationCount(nameless));
    assertEquals(1, citations.referenceCount(nameless));
    assertEquals(1, corpus.report().issues().stream()
        .filter(i -> i.message().endsWith(IngestIssue.KEPT_WITHOUT_AUTHORS)).count(), corpus.report()::toString);
    assertTrue(corpus.authors().stream().noneMatch(a -> a.displayName().isBlank()));
  }

  /** One unarXive line: the paper's metadata and, when {@code cites} is not null, one linked reference. */
  private static String line(String id, String title, String authors, String cites) {
    return "{\"paper_id\":\"" + id + "\",\"_pdf_hash\":null,\"metadata\":{\"id\":\"" + id + "\",\"title\":\""
        + title + "\",\"authors\":\"" + authors + "\"},\"bib_entries\":{" + (cites == null ? ""
        : "\"b0\":{\"bib_entry_raw\":\"ref\",\"ids\":{\"arxiv_id\":\"" + cites + "\"}}") + "}}";
  }
}
