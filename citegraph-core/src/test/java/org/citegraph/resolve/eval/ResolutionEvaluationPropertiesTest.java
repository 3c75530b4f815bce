package org.citegraph.resolve.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the pairwise and B-cubed scores on random clusterings. */
class ResolutionEvaluationPropertiesTest {
  /** One signature: its true cluster, predicted cluster and block, as small numbers. */
  record Sig(int truth, int predicted, int block) {}

  @Provide
  Arbitrary<List<Sig>> clusterings() {
    Arbitrary<Sig> sig = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 5),
        Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 2)).as(Sig::new);
    return sig.list().ofMinSize(0).ofMaxSize(40);
  }

  private static ResolutionEvaluation evaluate(List<Sig> sigs, int[] truthPerm, int[] predPerm) {
    Map<String, String> truth = new HashMap<>();
    Map<String, String> predicted = new HashMap<>();
    Map<String, String> blocks = new HashMap<>();
    for (int i = 0; i < sigs.size(); i++) {
      Sig s = sigs.get(i);
      truth.put("s" + i, "t" + truthPerm[s.truth()]);
      predicted.put("s" + i, "p" + predPerm[s.predicted()]);
      blocks.put("s" + i, "b" + s.block());
    }
    return ResolutionEvaluation.of("random", truth, predicted, blocks);
  }

  private static int[] identity() {
    return new int[] {0, 1, 2, 3, 4, 5};
  }

  private static int[] permutation(long seed) {
    List<Integer> l = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
    Collections.shuffle(l, new Random(seed));
    return l.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean unit(double v) {
    return v >= 0 && v <= 1;
  }

  @Property(seed = "42", tries = 300)
  void scoresLieInTheUnitInterval(@ForAll("clusterings") List<Sig> sigs) {
    ResolutionEvaluation e = evaluate(sigs, identity(), identity());
    for (ResolutionEvaluation.Scores s : List.of(e.pairwise(), e.b3())) {
      assertTrue(unit(s.precision()) && unit(s.recall()) && unit(s.f1()), s::toString);
      assertTrue(s.f1() <= Math.max(s.precision(), s.recall()) + 1e-12, s::toString);
    }
    e.blockScores().forEach(b -> assertTrue(unit(b.pairwise().f1())));
    assertEquals(sigs.size(), e.signatures());
  }

  @Property(seed = "42", tries = 300)
  void permutingClusterLabelsChangesNothing(@ForAll("clusterings") List<Sig> sigs, @ForAll long seed1,
      @ForAll long seed2) {
    ResolutionEvaluation before = evaluate(sigs, identity(), identity());
    ResolutionEvaluation after = evaluate(sigs, permutation(seed1), permutation(seed2));
    // equal up to the order of floating-point sums
    assertScoresEqual(before.pairwise(), after.pairwise());
    assertScoresEqual(before.b3(), after.b3());
    assertEquals(List.of(before.signatures(), before.blocks(), before.truePersons(), before.predictedAuthors()),
        List.of(after.signatures(), after.blocks(), after.truePersons(), after.predictedAuthors()));
    assertEquals(before.blockScores(), after.blockScores()); // per-block pair counts are exact
  }

  private static void assertScoresEqual(ResolutionEvaluation.Scores a, ResolutionEvaluation.Scores b) {
    assertEquals(a.precision(), b.precision(), 1e-12);
    assertEquals(a.recall(), b.recall(), 1e-12);
    assertEquals(a.f1(), b.f1(), 1e-12);
  }

  @Property(seed = "42", tries = 300)
  void swappingTruthAndPredictionSwapsPrecisionAndRecall(@ForAll("clusterings") List<Sig> sigs) {
    ResolutionEvaluation e = evaluate(sigs, identity(), identity());
    ResolutionEvaluation swapped = evaluate(sigs.stream().map(s -> new Sig(s.predicted(), s.truth(), s.block()))
        .toList(), identity(), identity());
    assertEquals(e.pairwise().precision(), swapped.pairwise().recall(), 1e-12);
    assertEquals(e.b3().precision(), swapped.b3().recall(), 1e-12);
    assertEquals(e.b3().f1(), swapped.b3().f1(), 1e-12);
  }
}
