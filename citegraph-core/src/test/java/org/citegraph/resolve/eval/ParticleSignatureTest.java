package org.citegraph.resolve.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.citegraph.resolve.Decisions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signature is found when papers.json writes the name with particles that the signature counts otherwise. */
class ParticleSignatureTest {

  @Test
  void particlesParsedDifferentlyStillFindTheSignature(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("signatures.json"), """
        {"1": {"signature_id": "1", "paper_id": 10, "author_info": {"position": 0, "block": "a oliveira",
          "first": "Alcione", "middle": "de Paiva", "last": "Oliveira", "suffix": null, "affiliations": []}},
         "2": {"signature_id": "2", "paper_id": 11, "author_info": {"position": 1, "block": "a oliveira",
          "first": "Alcione", "middle": "de Paiva", "last": "Oliveira", "suffix": null, "affiliations": []}}}
        """);
    Files.writeString(dir.resolve("papers.json"), """
        {"10": {"paper_id": 10, "title": "Ontology matching for agriculture", "year": 2010, "venue": "X",
          "authors": [{"position": 0, "author_name": "Alcione de Paiva Oliveira"},
                      {"position": 1, "author_name": "Jugurta Lisboa Filho"}], "references": []},
         "11": {"paper_id": 11, "title": "Ontology alignment in agriculture", "year": 2011, "venue": "X",
          "authors": [{"position": 0, "author_name": "Jugurta Lisboa Filho"},
                      {"position": 1, "author_name": "Alcione de Paiva Oliveira"}], "references": []}}
        """);
    Files.writeString(dir.resolve("clusters.json"), """
        {"p1": {"cluster_id": "p1", "signature_ids": ["1", "2"]}}
        """);
    ResolutionBenchmark.Report r = ResolutionBenchmark.run(dir.resolve("signatures.json"),
        dir.resolve("clusters.json"), Decisions.NONE, false);
    assertEquals(0, r.citegraph().unmatched(), r.table(5));
    assertEquals(1.0, r.citegraph().b3().f1(), 1e-9, r.table(5));
    StringWriter json = new StringWriter();
    r.writeJson(json, 5);
    assertTrue(json.toString().contains("\"name\" : \"baseline: same full name\""), json.toString());
  }
}
