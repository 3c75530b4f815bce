package org.citegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.query.CollaboratorRanking;
import org.junit.jupiter.api.Test;

/** The README's Java example, line for line, so that the documented snippet keeps compiling and running. */
class ReadmeExampleTest {
  @Test
  void readmeJavaExampleRuns() {
    Corpus corpus = CiteGraph.loadSamples();
    Author niru = corpus.author("Niru Maheswaranathan");
    CollaboratorRanking ranking = corpus.collaborators(niru);
    String line = ranking.top().coauthor() + " " + ranking.top().sharedPapers();
    List<Paper> behind = corpus.coauthorGraph().papersBehind(niru, ranking.top().coauthor());
    assertEquals("Luke Metz 9", line);
    assertEquals(9, behind.size());
    assertEquals(true, ranking.toString().startsWith("Collaborators of Niru Maheswaranathan (full counting)"));
  }

  @Test
  void readmeSnapshotExampleRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    Corpus corpus = CiteGraph.loadSamples();
    corpus.save(dir.resolve("corpus.snap"));
    Corpus again = CiteGraph.loadSnapshot(dir.resolve("corpus.snap"));
    assertEquals(corpus.papers(), again.papers());
  }
}
