package org.citegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.query.CollaboratorRanking;
import org.citegraph.query.Collaborators;
import org.citegraph.query.Contribution;
import org.citegraph.resolve.AuthorMerge;
import org.citegraph.resolve.PaperMerge;
import org.junit.jupiter.api.Test;

/** The bundled samples, end to end: what a reader of the two files can check by hand. */
class SampleCorpusTest {
  private static final Corpus CORPUS = CiteGraph.loadSamples();

  @Test
  void theProfileOwnerHasNineteenDistinctPapers() {
    Author owner = CORPUS.author("Niru Maheswaranathan");
    assertEquals(19, CORPUS.paperCount(owner));
    assertEquals(19, CORPUS.papers().size());
    assertEquals(22, CORPUS.report().recordsRead());
    assertEquals(3, CORPUS.report().mergedRecords());
    assertEquals(0, CORPUS.report().rejectedRecords());
    assertEquals(owner, CORPUS.author("Maheswaranathan, Niru"));
  }

  @Test
  void theTopCollaboratorIsLukeMetzWithNineSharedPapers() {
    CollaboratorRanking ranking = CORPUS.collaborators("Niru Maheswaranathan");
    assertEquals("Luke Metz", ranking.top().coauthor().displayName());
    assertEquals(9, ranking.top().sharedPapers());
    // Every shared paper lists Luke Metz; the owner is visible or unplaced on each.
    for (Paper p : ranking.top().papers()) {
      assertTrue(p.authors().stream().anyMatch(n -> n.key().equals("luke metz")), p.toString());
    }
    List<Contribution> explained =
        Collaborators.of(CORPUS).explain(ranking.author(), ranking.top().coauthor()).rows();
    assertEquals(9, explained.size());
    assertEquals(ranking.top().papers(), explained.stream().map(Contribution::paper).toList());
  }

  @Test
  void truncatedListsMergeWithTheFullListFromTheAuthorRecord() {
    Set<String> merged = CORPUS.report().paperMerges().stream().map(PaperMerge::title).collect(Collectors.toSet());
    assertEquals(Set.of("Learned Optimizers that Scale and Generalize",
        "Deep Learning Models of the Retinal Response to Natural Scenes"), merged);
    Paper lossg = CORPUS.papers().stream().filter(p -> p.title().startsWith("Learned Optimizers that Scale"))
        .findFirst().orElseThrow();
    assertTrue(lossg.authorListComplete());
    assertEquals(7, lossg.authors().size());
    assertEquals("de", lossg.authors().get(5).particle());
    assertEquals(2, lossg.provenance().size());
    assertTrue(lossg.date().isPresent(), "the profile's date survives the merge with the undated record");
    assertTrue(lossg.unplacedAuthors().isEmpty(), "the full list places the owner");
    Paper retina = CORPUS.papers().stream().filter(p -> p.title().startsWith("Deep Learning Models of the Retinal"))
        .findFirst().orElseThrow();
    assertEquals(3, retina.provenance().size());
    assertEquals(List.of("Lane T. McIntosh", "Niru Maheswaranathan", "Aran Nayebi", "Surya Ganguli",
        "Stephen A. Baccus"), retina.authors().stream().map(PersonName::displayName).toList());
  }

  @Test
  void nameVariantsMergeWithTheirEvidence() {
    assertEquals(CORPUS.author("Alex Williams"), CORPUS.author("Alex H. Williams"));
    assertEquals(CORPUS.author("Lane McIntosh"), CORPUS.author("Lane T. McIntosh"));
    assertEquals(CORPUS.author("Vinay V Ramasesh"), CORPUS.author("Vinay V. Ramasesh"));
    assertEquals("Vinay V. Ramasesh", CORPUS.author("Vinay V Ramasesh").displayName());
    assertEquals(2, CORPUS.paperCount(CORPUS.author("Lane McIntosh")));
    List<String> rules = CORPUS.report().authorMerges().stream().map(m -> m.variant() + "/" + m.rule()).toList();
    assertTrue(rules.contains("Alex Williams/shared-coauthors"), rules.toString());
    assertTrue(rules.contains("Lane McIntosh/same-slot"), rules.toString());
    assertTrue(rules.contains("Stephen Baccus/same-slot"), rules.toString());
    for (AuthorMerge m : CORPUS.report().authorMerges()) {
      assertFalse(m.author().isEmpty(), m.toString());
      assertFalse(m.evidence().isEmpty(), m.toString());
    }
  }

  @Test
  void theOwnerIsUnplacedExactlyWhereTheVisibleListLacksThem() {
    Author owner = CORPUS.author("Niru Maheswaranathan");
    List<Paper> unplaced = CORPUS.papersOf(owner).stream()
        .filter(p -> CORPUS.positionOf(owner, p).isEmpty()).toList();
    assertEquals(List.of("The geometry of integration in text classification RNNs",
        "Understanding How Encoder-Decoder Architectures Attend",
        "Practical tradeoffs between memory, compute, and performance in learned optimizers"),
        unplaced.stream().map(Paper::title).toList());
    Paper taskset = CORPUS.papersOf(owner).stream().filter(p -> p.title().startsWith("Using a thousand"))
        .findFirst().orElseThrow();
    assertEquals(1, CORPUS.positionOf(owner, taskset).getAsInt());
  }

  @Test
  void graphWeightsMatchTheCollaboratorRanking() {
    CoauthorGraph g = CORPUS.coauthorGraph();
    Author owner = CORPUS.author("Niru Maheswaranathan");
    for (var row : CORPUS.collaborators(owner).rows()) {
      assertEquals(row.sharedPapers(), g.weight(owner, row.coauthor(), Counting.FULL));
      assertEquals(row.papers(), g.papersBehind(owner, row.coauthor()).stream().sorted(Corpus.BY_DATE).toList());
    }
    assertEquals(CORPUS.collaborators(owner).size(), g.degree(owner));
  }

  @Test
  void theProfileHeaderIsKeptAsMetadata() {
    assertEquals(1, CORPUS.profiles().size());
    var profile = CORPUS.profiles().get(0);
    assertEquals("Niru Maheswaranathan", profile.owner().displayName());
    assertEquals(11623, profile.citations().getAsInt());
    assertEquals("cs.LG", profile.mainCategory().orElseThrow().code());
  }
}
