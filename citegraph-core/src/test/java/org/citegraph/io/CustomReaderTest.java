package org.citegraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked example of {@code docs/formats.md}: a reader of one's own format, passed to the builder. */
class CustomReaderTest {
  @TempDir Path dir;

  @Test
  void theDocumentedExampleIsThisTestedSource() throws IOException {
    String source = Files.readString(Path.of("src/test/java/org/citegraph/io/TabbedTitlesReader.java"),
        StandardCharsets.UTF_8);
    String body = source.substring(source.indexOf("import java.io.BufferedReader;"));
    String docs = Files.readString(Fixtures.projectRoot().resolve("docs/formats.md"), StandardCharsets.UTF_8);
    assertTrue(docs.replace("\r", "").contains(body.replace("\r", "")),
        "docs/formats.md must show TabbedTitlesReader exactly as tested");
  }

  @Test
  void aUserReaderFeedsTheCorpusAndReportsLikeTheBuiltInOnes() throws IOException {
    Path file = Files.writeString(dir.resolve("mine.txt"), String.join("\n",
        "#tabbed-titles",
        "Attention Is All You Need\tAshish Vaswani; Noam Shazeer\t2017",
        "only two\tfields",
        "Deep Residual Learning\tKaiming He; Xiangyu Zhang\tlate",
        ""));
    Corpus corpus = CiteGraph.builder().add(file, new TabbedTitlesReader()).build();
    List<String> titles = corpus.papers().stream().map(Paper::title).sorted().toList();
    assertEquals(List.of("Attention Is All You Need", "Deep Residual Learning"), titles);
    List<IngestIssue> issues = corpus.report().issues();
    assertEquals(2, issues.size(), issues::toString);
    assertEquals(new org.citegraph.model.SourceRef(file.toString(), 3), issues.get(0).where());
    assertEquals(IngestIssue.Action.REJECTED, issues.get(0).action());
    assertEquals(IngestIssue.Action.REPAIRED, issues.get(1).action());
    assertEquals(3, corpus.report().recordsRead(), "two papers and one rejected line");
  }
}
