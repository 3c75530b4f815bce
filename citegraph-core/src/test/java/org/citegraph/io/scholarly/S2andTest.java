package org.citegraph.io.scholarly;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.SourceRef;
import org.citegraph.model.PersonName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** S2AND's dummy test fixture (signatures, papers, clusters) read by the S2AND readers. */
class S2andTest {
  @TempDir Path dir;

  static Path resource(String name) {
    try {
      return Path.of(S2andTest.class.getResource("s2and/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Paper paper(CollectingSink sink, long id) {
    PaperId want = PaperId.semanticScholar("CorpusId:" + id);
    return sink.papers().stream().filter(p -> p.id().equals(want)).findFirst().orElseThrow();
  }

  @Test
  void detectsSignaturesButNotPapersOrClusters() throws IOException {
    try (BufferedReader in = Inputs.open(resource("signatures.json"))) {
      assertInstanceOf(S2andSignaturesReader.class, Inputs.detect(Inputs.head(in)));
    }
    S2andSignaturesReader r = new S2andSignaturesReader();
    assertFalse(r.looksLike(Files.readString(resource("clusters.json"))));
    assertFalse(r.looksLike(Files.readString(resource("papers.json"))));
    assertEquals("s2and-signatures", r.formatName());
  }

  @Test
  void signaturesAreReadWithNamesBlocksAndRecordNumbers() throws IOException {
    Map<String, S2andSignature> sigs = S2andSignaturesReader.signatures(resource("signatures.json"));
    assertEquals(9, sigs.size());
    S2andSignature s0 = sigs.get("0");
    assertEquals(53235312L, s0.paperId());
    assertEquals(1, s0.position());
    assertEquals(new PersonName("Dr A'bdul", "", "Sattar", ""), s0.name());
    assertEquals("a sattary", s0.block());
    assertEquals(List.of("Bridgewater State University"), s0.affiliations());
    assertEquals(1, s0.where().line());
    assertEquals(9, sigs.get("8").where().line());
    assertEquals("Alexander James Konovalov", sigs.get("8").name().displayName());
    assertEquals(PaperId.semanticScholar("CorpusId:2"), sigs.get("8").paper());
  }

  @Test
  void clustersMapSignaturesToTheirPerson() throws IOException {
    Map<String, String> truth = S2andClusters.read(resource("clusters.json"));
    assertEquals(Map.of("0", "1", "1", "1", "2", "2", "3", "3", "4", "3"), truth);
  }

  @Test
  void aSignatureInTwoClustersIsAnError() throws IOException {
    Path bad = Files.writeString(dir.resolve("clusters.json"),
        "{\"1\": {\"signature_ids\": [\"0\"]}, \"2\": {\"signature_ids\": [\"0\"]}}");
    IOException e = assertThrows(IOException.class, () -> S2andClusters.read(bad));
    assertTrue(e.getMessage().contains("signature 0 in one cluster only"), e::getMessage);
  }

  @Test
  void withoutPaperMetadataTitlesArePlaceholdersAndGapsLeaveAuthorsUnplaced() throws IOException {
    CollectingSink sink = CollectingSink.lenient();
    try (BufferedReader in = Inputs.open(resource("signatures.json"))) {
      new S2andSignaturesReader().read(in, "signatures.json", sink);
    }
    assertEquals(7, sink.papers().size());
    Paper sattar = paper(sink, 53235312);
    assertEquals("S2AND paper 53235312 (no title in source)", sattar.title());
    assertEquals(List.of(), sattar.authors()); // position 1, nobody known at position 0
    assertEquals("Sattar", sattar.unplacedAuthors().get(0).family());
    assertFalse(sattar.authorListComplete());
    assertEquals(List.of("Bridgewater State University"), sattar.affiliations());
    // three signatures at position 0 of paper 2: the first is placed, the two others are not
    Paper two = paper(sink, 2);
    assertEquals("Alexander Jones Konovalov", two.authors().get(0).displayName());
    assertEquals(2, two.unplacedAuthors().size());
    assertEquals(2, sink.issues(IngestIssue.Action.REPAIRED).size(), sink.issues().toString());
    assertEquals(0, sink.issues(IngestIssue.Action.REJECTED).size());
    Paper alone = paper(sink, 21094749);
    assertEquals(1, alone.authors().size()); // position 0: placed, list still marked incomplete
    assertFalse(alone.authorListComplete());
  }

  @Test
  void papersJsonBesideTheSignaturesSuppliesTitlesYearsAuthorsAndReferences() throws IOException {
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(resource("signatures.json"), sink);
    assertEquals(7, sink.papers().size());
    Paper arcims = paper(sink, 38029096);
    assertTrue(arcims.title().startsWith("The Architecture of ArcIMS"), arcims.title());
    assertEquals(7, arcims.authors().size());
    assertTrue(arcims.authorListComplete());
    assertEquals("Alexander Konovalov", arcims.authors().get(3).displayName());
    assertEquals("Russell East", arcims.authors().get(0).displayName());
    assertEquals(List.of("Esri"), arcims.affiliations());
    assertEquals(List.of("s2:CorpusId:19901392", "s2:CorpusId:53235312"), arcims.references());
    Paper sattar = paper(sink, 53235312);
    assertEquals(2006, sattar.year().getAsInt());
    assertEquals(List.of("Torben Lorenzen", "Abdul Sattar"),
        sattar.authors().stream().map(PersonName::displayName).toList());
    assertTrue(sattar.unplacedAuthors().isEmpty());
    // The venue: "venue", else "journal_name"; neither, none.
    assertEquals(java.util.Optional.of("ACM SIGCSE Bull."), sattar.venue());
    assertEquals(java.util.Optional.of("SSTD"), arcims.venue());
    assertEquals(java.util.Optional.of("SGCS"), paper(sink, 27077319).venue());
    assertEquals(java.util.Optional.of("Fallback Journal"), paper(sink, 2).venue());
    assertEquals(java.util.Optional.empty(), paper(sink, 1).venue());
  }

  @Test
  void badSignaturesAreRejectedWithTheirRecordNumber() throws IOException {
    String json = "{\"a\": {\"paper_id\": 5, \"author_info\": {\"position\": 0, \"first\": \"Ann\", \"last\": \"Lee\"}},"
        + " \"b\": {\"author_info\": {\"position\": 0, \"last\": \"Kim\"}},"
        + " \"c\": {\"paper_id\": 6, \"author_info\": {\"position\": 0, \"last\": null}}}";
    CollectingSink sink = CollectingSink.lenient();
    new S2andSignaturesReader().read(new BufferedReader(new StringReader(json)), "s.json", sink);
    // paper 6's only signature has no name: the paper is still a paper, kept without authors
    assertEquals(List.of(PaperId.semanticScholar("CorpusId:5"), PaperId.semanticScholar("CorpusId:6")),
        sink.papers().stream().map(Paper::id).toList());
    assertEquals(List.of(), sink.papers().get(1).allAuthors());
    assertEquals(new SourceRef("s.json", 3), sink.papers().get(1).provenance().get(0));
    List<IngestIssue> rejected = sink.issues(IngestIssue.Action.REJECTED);
    assertEquals(1, rejected.size());
    assertEquals(2, rejected.get(0).where().line());
    assertTrue(rejected.get(0).message().contains("no paper id"), rejected.get(0)::message);
    List<IngestIssue> repaired = sink.issues(IngestIssue.Action.REPAIRED);
    assertEquals(2, repaired.size(), repaired.toString());
    assertEquals(3, repaired.get(0).where().line());
    assertTrue(repaired.get(0).message().contains("no last name"), repaired.get(0)::message);
    assertTrue(repaired.get(1).message().endsWith(IngestIssue.KEPT_WITHOUT_AUTHORS), repaired.get(1)::message);
    assertEquals("a", S2andSignaturesReader.signatures(writeTemp(json)).keySet().iterator().next());
  }

  private Path writeTemp(String json) throws IOException {
    return Files.writeString(dir.resolve("signatures.json"), json);
  }
}
