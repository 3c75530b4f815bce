package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TopicClustersTest {
  private static final Corpus SAMPLES = CiteGraph.loadSamples();

  private static List<Set<PaperId>> partition(TopicClustering t) {
    List<Set<PaperId>> out = new ArrayList<>();
    for (TopicCluster c : t.clusters()) {
      Set<PaperId> ids = new HashSet<>();
      c.papers().forEach(p -> ids.add(p.id()));
      out.add(ids);
    }
    return out;
  }

  @Test
  void theLearnedOptimizerPapersFormOneClusterLabelledByTheirPhrase() {
    TopicClustering t = TopicClusters.of(SAMPLES).cluster();
    assertEquals(19, t.paperCount());
    TopicCluster optimizers = t.clusters().stream().filter(c -> c.label().contains("learned optimizer"))
        .findFirst().orElseThrow(() -> new AssertionError(t.toString()));
    for (Paper p : SAMPLES.papers()) {
      if (p.title().toLowerCase(java.util.Locale.ROOT).contains("learned optimizers")) {
        assertTrue(optimizers.papers().contains(p), p.title() + " missing from " + optimizers.label());
      }
    }
    for (TopicCluster c : t.clusters()) {
      if (c != optimizers) {
        assertTrue(c.papers().stream().noneMatch(p -> p.title().contains("learned optimizers")), c.label());
      }
    }
    assertTrue(t.modularity() > 0, "a partition better than random: " + t.modularity());
    assertEquals(optimizers.size(), optimizers.categories().values().stream().mapToInt(Integer::intValue).sum());
    assertEquals("Luke Metz", optimizers.topAuthors().keySet().stream().skip(1).findFirst().orElseThrow());
  }

  @Test
  void theProfileOwnerBridgesTheClusters() {
    TopicClustering t = TopicClusters.of(SAMPLES).cluster();
    Bridge owner = t.bridgingAuthors().stream().filter(b -> b.id().equals("niru-maheswaranathan")).findFirst()
        .orElseThrow();
    assertEquals(t.clusters().size(), owner.clusters().size());
    assertEquals(1.0, owner.clusters().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
    for (int i = 1; i < t.bridgingAuthors().size(); i++) {
      assertTrue(t.bridgingAuthors().get(i - 1).participation() >= t.bridgingAuthors().get(i).participation());
    }
  }

  @Test
  void oneAuthorsPapersCanBeClustered() {
    var metz = SAMPLES.author("Luke Metz");
    TopicClustering t = TopicClusters.of(SAMPLES).clusterPapersOf(metz);
    assertEquals(SAMPLES.paperCount(metz), t.paperCount());
    assertTrue(t.toString().startsWith("Topic clusters (9 papers"), t.toString());
  }

  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Property(seed = "42", tries = 40)
  void clustersPartitionThePapersWhateverTheInputOrder(@ForAll("corpora") List<Paper> records, @ForAll long seed) {
    Corpus corpus = Fixtures.corpus(records);
    TopicClustering t = TopicClusters.of(corpus).cluster();
    List<Set<PaperId>> parts = partition(t);
    Set<PaperId> union = new HashSet<>();
    int total = 0;
    for (Set<PaperId> part : parts) {
      assertTrue(!part.isEmpty());
      union.addAll(part);
      total += part.size();
    }
    assertEquals(corpus.papers().size(), total, "no paper twice");
    assertEquals(corpus.papers().size(), union.size(), "every paper once");
    for (int i = 1; i < t.clusters().size(); i++) {
      assertTrue(t.clusters().get(i - 1).size() >= t.clusters().get(i).size(), "largest first");
    }
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(parts, partition(TopicClusters.of(Fixtures.corpus(shuffled)).cluster()));
  }

  @Property(seed = "43", tries = 30)
  void subtopicsPartitionTheirTopicAndTheFineLevelListsThemWhateverTheInputOrder(
      @ForAll("corpora") List<Paper> records, @ForAll long seed) {
    Corpus corpus = Fixtures.corpus(records);
    TopicClustering broad = TopicClusters.of(corpus).cluster();
    TopicClustering fine = TopicClusters.of(corpus).level(TopicLevel.FINE).cluster();
    assertEquals(TopicLevel.FINE, fine.level());
    assertEquals(broad.subtopics(), fine.clusters());
    for (TopicCluster topic : broad.clusters()) {
      assertEquals(0, topic.parent());
      Set<Paper> inSubtopics = new HashSet<>();
      for (TopicCluster sub : topic.subtopics()) {
        assertEquals(topic.id(), sub.parent());
        assertTrue(sub.subtopics().isEmpty());
        for (Paper p : sub.papers()) {
          assertTrue(inSubtopics.add(p), "a paper in two subtopics: " + p.title());
        }
      }
      assertEquals(new HashSet<>(topic.papers()), inSubtopics, "the subtopics partition topic " + topic.id());
      assertTrue(topic.coherence() >= TopicClusters.LABEL_MIN_NPMI - 1e-12 || !topic.label().contains(" \u00b7 "),
          topic.label() + " " + topic.coherence());
      for (int related : topic.related().keySet()) {
        assertTrue(related != topic.id() && related >= 1 && related <= broad.clusters().size());
      }
    }
    List<Paper> shuffled = new ArrayList<>(records);
    Collections.shuffle(shuffled, new Random(seed));
    TopicClustering again = TopicClusters.of(Fixtures.corpus(shuffled)).level(TopicLevel.FINE).cluster();
    assertEquals(partition(fine), partition(again));
  }

  @Test
  void aRealFileGivesTheSameTopicsInAnyRowOrder() throws Exception {
    java.nio.file.Path tsv = Fixtures.sharedData().resolve("arxiv-oai-tsv-staeiou/q-bio.NC.20200101.tsv.xz");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(tsv), "shared data not present");
    List<Paper> records = new ArrayList<>(CiteGraph.load(tsv).papers().subList(0, 1_200));
    TopicClustering ordered = TopicClusters.of(CiteGraph.builder().addRecords(records).build()).cluster();
    Collections.shuffle(records, new Random(7));
    TopicClustering shuffled = TopicClusters.of(CiteGraph.builder().addRecords(records).build()).cluster();
    assertEquals(partition(ordered), partition(shuffled));
    assertEquals(ordered.clusters().stream().map(TopicCluster::label).toList(),
        shuffled.clusters().stream().map(TopicCluster::label).toList());
    assertEquals(partition(new TopicClustering("", TopicLevel.FINE, 1, ordered.subtopics(), 0, 0, List.of(),
        List.of(), List.of())), partition(new TopicClustering("", TopicLevel.FINE, 1, shuffled.subtopics(), 0, 0,
        List.of(), List.of(), List.of())));
    assertTrue(ordered.clusters().size() >= 2 && ordered.clusters().size() <= TopicClusters.MAX_BROAD_TOPICS,
        ordered.toString());
  }
}
