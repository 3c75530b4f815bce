package org.citegraph.resolve.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.citegraph.Fixtures;
import org.citegraph.resolve.Decisions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Author resolution on the AMiner development split ({@code ../shared/data/aminer-disambiguation-dev}: 52 ambiguous
 * names, titles, venues, years and full author lists), when present. The targets: B-cubed F1 at least 0.85 and
 * pairwise F1 at least 0.75; the baselines are the figures of the data set's README.
 */
@Tag("slow")
class AminerDevTest {
  private static final Path DIR = Fixtures.sharedData().resolve("aminer-disambiguation-dev");

  @Test
  void evidenceSplitsNamesakesAndJoinsOnePersonsPapers() throws IOException {
    Path sigs = DIR.resolve("signatures.json.xz");
    Path clusters = DIR.resolve("clusters.json.xz");
    Assumptions.assumeTrue(Files.exists(sigs) && Files.exists(clusters), "data set not present: " + DIR);
    ResolutionBenchmark.Report r = ResolutionBenchmark.run(sigs, clusters, Decisions.NONE, false);
    assertTrue(r.withPapers());
    ResolutionEvaluation ours = r.citegraph();
    assertEquals(3063, ours.signatures());
    assertEquals(0, ours.unmatched(), r.table(10));
    assertTrue(ours.b3().f1() >= 0.85, r.table(10));
    assertTrue(ours.pairwise().f1() >= 0.75, r.table(10));
    ResolutionEvaluation exact = r.evaluations().get(3);
    assertEquals(ResolutionEvaluation.EXACT_NAME, exact.name());
    assertEquals(0.406, exact.pairwise().f1(), 0.0005);
    assertEquals(0.534, exact.b3().f1(), 0.0005);
    assertEquals(4, r.facets().size());
    assertEquals(3063, r.facets().stream().mapToInt(f -> f.evaluations().get(0).signatures()).sum());
  }
}
