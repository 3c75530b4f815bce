package org.citegraph.resolve.eval;

import org.citegraph.io.scholarly.S2andSignature;



import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.google.common.collect.ImmutableList;

import org.citegraph.Corpus;
import org.citegraph.table.TextTable;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;

/**
 * How well a clustering of name mentions ("signatures") into persons agrees with ground truth, measured as S2AND
 * does (Subramanian et al. 2021, "S2AND: A Benchmark and Evaluation System for Author Name Disambiguation", JCDL):
 *
 * <ul>
 *   <li><b>pairwise</b> precision, recall and F1 over the pairs of signatures <em>within one name block</em> (S2AND's
 *       {@code author_info.block}, e.g. {@code l zhang}): a pair is predicted when both signatures are in one
 *       predicted cluster, true when both are in one true cluster; the counts are summed over all blocks (micro
 *       average);
 *   <li><b>B³</b> (B-cubed, Bagga and Baldwin 1998, "Algorithms for Scoring Coreference Chains") precision and recall,
 *       the averages over all signatures of |predicted(s) ∩ true(s)| / |predicted(s)| and of the same over
 *       |true(s)|, and their F1. Clusters are taken over all evaluated signatures, not per block.
 * </ul>
 *
 * Both are computed from the contingency table (predicted cluster × true cluster) without looking at pairs of
 * signatures: a cell of n signatures holds n(n-1)/2 correct pairs and contributes n²/|predicted| and n²/|true| to the
 * B³ sums, so the cost is linear in the number of signatures. When there is no predicted pair (or no true pair),
 * pairwise precision (or recall) is 1 by convention: nothing was wrongly joined (or missed). F1 is 0 when precision
 * and recall are both 0. Only the signatures of the ground truth are evaluated, and predicted clusters are restricted
 * to them.
 *
 * <p>Made by {@link #against} (citegraph's resolved authors), {@link #of} (any clustering), the two trivial
 * baselines {@link #oneClusterPerBlock} and {@link #singletons}, and the {@link #exactName} baseline. {@link
 * ResolutionBenchmark} runs them all on S2AND files. Immutable.
 *
 * @param name what was evaluated, e.g. {@code citegraph} or a baseline's name
 * @param signatures number of signatures evaluated
 * @param blocks number of name blocks
 * @param truePersons number of true clusters (persons)
 * @param predictedAuthors number of predicted clusters over the evaluated signatures
 * @param unmatched signatures that could not be found in the corpus (each counted as its own predicted cluster)
 * @param pairwise pairwise precision, recall and F1 within blocks
 * @param b3 B³ precision, recall and F1
 * @param blockScores every block's scores, worst pairwise F1 first (then larger blocks first, then by name)
 */
public record ResolutionEvaluation(String name, int signatures, int blocks, int truePersons, int predictedAuthors,
    int unmatched, Scores pairwise, Scores b3, List<BlockScore> blockScores) {

  /** Name of the {@link #oneClusterPerBlock} baseline. */
  public static final String ONE_PER_BLOCK = "baseline: one cluster per block";
  /** Name of the {@link #exactName} baseline. */
  public static final String EXACT_NAME = "baseline: same full name";
  /** Name of the {@link #singletons} baseline. */
  public static final String SINGLETONS = "baseline: every signature alone";

  /**
   * Validates the fields and copies the block scores.
   *
   * @param name what was evaluated
   * @param signatures number of signatures evaluated, at least 0
   * @param blocks number of name blocks
   * @param truePersons number of true clusters
   * @param predictedAuthors number of predicted clusters
   * @param unmatched signatures not found in the corpus
   * @param pairwise pairwise scores within blocks
   * @param b3 B³ scores
   * @param blockScores every block's scores, copied; their order is kept
   * @throws NullPointerException if {@code name}, {@code pairwise}, {@code b3} or a block score is null
   */
  public ResolutionEvaluation {
    checkNotNull(name, "name");
    checkNotNull(pairwise, "pairwise");
    checkNotNull(b3, "b3");
    blockScores = ImmutableList.copyOf(blockScores);
  }

  /**
   * Precision, recall and their harmonic mean F1, each in [0, 1].
   *
   * @param precision the share of predicted links that are true
   * @param recall the share of true links that are predicted
   * @param f1 2PR / (P + R), or 0 when both are 0
   */
  public record Scores(double precision, double recall, double f1) {
    /**
     * Validates that the scores lie in [0, 1].
     *
     * @param precision the share of predicted links that are true, in [0, 1]
     * @param recall the share of true links that are predicted, in [0, 1]
     * @param f1 the harmonic mean of precision and recall, in [0, 1]
     * @throws IllegalArgumentException if a score lies outside [0, 1] or is NaN
     */
    public Scores {
      checkArgument(precision >= 0 && precision <= 1 && recall >= 0 && recall <= 1 && f1 >= 0 && f1 <= 1,
          "Scores must lie in [0, 1]: P=%s R=%s F1=%s", precision, recall, f1);
    }

    /**
     * Scores from precision and recall, with their F1.
     *
     * @param precision the share of predicted links that are true, in [0, 1]
     * @param recall the share of true links that are predicted, in [0, 1]
     * @return the scores with F1 = 2PR / (P + R), or 0 when both are 0
     * @throws IllegalArgumentException if precision or recall lies outside [0, 1]
     */
    public static Scores of(double precision, double recall) {
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      return new Scores(precision, recall, Math.min(1, f1));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", precision, recall, f1);
    }
  }

  /**
   * The scores of one name block.
   *
   * @param block the block name, e.g. {@code l zhang}
   * @param signatures number of signatures in the block
   * @param truePersons number of true persons among them
   * @param predictedAuthors number of predicted clusters among them
   * @param pairwise pairwise scores within the block
   */
  public record BlockScore(String block, int signatures, int truePersons, int predictedAuthors, Scores pairwise) {
    /**
     * Validates the fields.
     *
     * @param block the block name ({@code ""} for signatures without a block)
     * @param signatures number of signatures in the block
     * @param truePersons number of true persons among them
     * @param predictedAuthors number of predicted clusters among them
     * @param pairwise pairwise scores within the block
     * @throws NullPointerException if {@code block} or {@code pairwise} is null
     */
    public BlockScore {
      checkNotNull(block, "block");
      checkNotNull(pairwise, "pairwise");
    }
  }

  /**
   * Evaluates citegraph's author resolution in a corpus read from S2AND signatures (see {@link
   * org.citegraph.io.scholarly.S2andSignaturesReader}). Each signature (paper {@code s2:CorpusId:<paper_id>}, position, name)
   * is found as the resolved author on that paper (also when the paper was merged with another, through its
   * alternate ids) that is placed at the signature's position and carries its family name; failing that, the author
   * of the paper with a variant of the same name key, or else of the same family name. A signature not found that
   * way counts as unmatched and as its own predicted cluster. Blocks are the signatures' S2AND blocks.
   *
   * @param corpus the corpus built from the signatures
   * @param signatureToCluster the ground truth, signature id to true cluster id (see {@link
   *     org.citegraph.io.scholarly.S2andClusters#read})
   * @param signatures the signatures by id (see {@link org.citegraph.io.scholarly.S2andSignaturesReader#signatures})
   * @return the evaluation, named {@code citegraph}
   */
  public static ResolutionEvaluation against(Corpus corpus, Map<String, String> signatureToCluster,
      Map<String, S2andSignature> signatures) {
    checkNotNull(corpus, "corpus");
    checkNotNull(signatureToCluster, "signatureToCluster");
    checkNotNull(signatures, "signatures");
    Map<String, String> predicted = predicted(corpus, signatureToCluster, signatures);
    int unmatched = signatureToCluster.size() - predicted.size();
    return evaluate("citegraph", signatureToCluster, predicted, blocksOf(signatureToCluster, signatures), unmatched);
  }

  /**
   * The predicted cluster (author id) of every signature of the ground truth that is found in the corpus, as
   * {@link #against} finds it.
   *
   * @param corpus the corpus built from the signatures
   * @param signatureToCluster the ground truth
   * @param signatures the signatures by id
   * @return signature id to author id; signatures not found are missing
   */
  public static Map<String, String> predicted(Corpus corpus, Map<String, String> signatureToCluster,
      Map<String, S2andSignature> signatures) {
    Map<PaperId, Paper> byId = new HashMap<>();
    for (Paper p : corpus.papers()) {
      p.identifiers().forEach(i -> byId.putIfAbsent(i, p));
    }
    Map<String, String> predicted = new HashMap<>();
    for (String sigId : signatureToCluster.keySet()) {
      S2andSignature s = signatures.get(sigId);
      Author a = null;
      if (s != null) {
        Paper paper = byId.get(s.paper());
        a = paper == null ? null : find(corpus, paper, s);
      }
      if (a != null) {
        predicted.put(sigId, a.id());
      }
    }
    return predicted;
  }

  private static Author find(Corpus corpus, Paper paper, S2andSignature s) {
    List<Author> authors = corpus.authorsOf(paper);
    PersonName n = s.name();
    for (Author a : authors) {
      if (corpus.positionOf(a, paper).orElse(-1) == s.position()
          && a.variants().stream().anyMatch(v -> sameFamily(v, n))) {
        return a;
      }
    }
    for (Author a : authors) {
      if (a.variants().stream().anyMatch(v -> v.key().equals(n.key()))) {
        return a;
      }
    }
    for (Author a : authors) {
      if (a.variants().stream().anyMatch(v -> sameFamily(v, n))) {
        return a;
      }
    }
    return null;
  }

  /**
   * Whether two names carry one family name, also when one source counts particles or a second family name as
   * given names and the other does not: "Alcione de Paiva Oliveira" parsed with family {@code depaivaoliveira} and
   * the signature's {@code oliveira}. The family keys are equal, or one ends with the other.
   */
  static boolean sameFamily(PersonName a, PersonName b) {
    String x = a.familyKey();
    String y = b.familyKey();
    return x.equals(y) || x.endsWith(y) || y.endsWith(x);
  }

  /**
   * The S2AND block of each signature of the ground truth.
   *
   * @param signatureToCluster the ground truth; its keys are the signatures looked up
   * @param signatures the signatures by id
   * @return signature id to block name, one entry per ground-truth signature; {@code ""} for a signature missing
   *     from {@code signatures}
   */
  public static Map<String, String> blocksOf(Map<String, String> signatureToCluster,
      Map<String, S2andSignature> signatures) {
    Map<String, String> out = new HashMap<>();
    for (String id : signatureToCluster.keySet()) {
      S2andSignature s = signatures.get(id);
      out.put(id, s == null ? "" : s.block());
    }
    return out;
  }

  /**
   * Evaluates any clustering.
   *
   * @param name what is evaluated
   * @param signatureToCluster the ground truth, signature id to true cluster id; its signatures are the ones
   *     evaluated
   * @param predicted signature id to predicted cluster id; a signature missing here is its own cluster
   * @param blocks signature id to block name; a signature missing here is in the block {@code ""}
   * @return the evaluation, named {@code name}, with no unmatched signatures; computed in time linear in the number
   *     of signatures
   * @throws NullPointerException if an argument or a true cluster id is null
   */
  public static ResolutionEvaluation of(String name, Map<String, String> signatureToCluster,
      Map<String, String> predicted, Map<String, String> blocks) {
    checkNotNull(name, "name");
    checkNotNull(signatureToCluster, "signatureToCluster");
    checkNotNull(predicted, "predicted");
    checkNotNull(blocks, "blocks");
    return evaluate(name, signatureToCluster, predicted, blocks, 0);
  }

  /**
   * The baseline that puts all signatures of a block into one cluster: pairwise recall 1, low precision.
   *
   * @param signatureToCluster the ground truth
   * @param blocks signature id to block name
   * @return the evaluation, named {@value #ONE_PER_BLOCK}
   */
  public static ResolutionEvaluation oneClusterPerBlock(Map<String, String> signatureToCluster,
      Map<String, String> blocks) {
    Map<String, String> predicted = new HashMap<>();
    for (String id : signatureToCluster.keySet()) {
      predicted.put(id, blocks.getOrDefault(id, ""));
    }
    return of(ONE_PER_BLOCK, signatureToCluster, predicted, blocks);
  }

  /**
   * The baseline that puts signatures with the same normalised full name ({@link PersonName#key()}) of one block
   * into one cluster: what "same name, same person" achieves.
   *
   * @param signatureToCluster the ground truth
   * @param signatures the signatures by id
   * @param blocks signature id to block name
   * @return the evaluation, named {@value #EXACT_NAME}
   */
  public static ResolutionEvaluation exactName(Map<String, String> signatureToCluster,
      Map<String, S2andSignature> signatures, Map<String, String> blocks) {
    Map<String, String> predicted = new HashMap<>();
    for (String id : signatureToCluster.keySet()) {
      S2andSignature s = signatures.get(id);
      if (s != null) {
        predicted.put(id, blocks.getOrDefault(id, "") + "\u0000" + s.name().key());
      }
    }
    return of(EXACT_NAME, signatureToCluster, predicted, blocks);
  }

  /**
   * The baseline that leaves every signature alone: precision 1, low recall.
   *
   * @param signatureToCluster the ground truth
   * @param blocks signature id to block name
   * @return the evaluation, named {@value #SINGLETONS}
   */
  public static ResolutionEvaluation singletons(Map<String, String> signatureToCluster, Map<String, String> blocks) {
    return of(SINGLETONS, signatureToCluster, Map.of(), blocks);
  }

  private static final String ALONE = "\u0000alone:";

  private static ResolutionEvaluation evaluate(String name, Map<String, String> truth, Map<String, String> predicted,
      Map<String, String> blocks, int unmatched) {
    // Contingency cells, globally (for B³) and per block (for pairwise): counts keyed by (predicted, true).
    Map<List<String>, Integer> cells = new HashMap<>();
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> trueSize = new HashMap<>();
    Map<String, Map<List<String>, Integer>> blockCells = new TreeMap<>();
    Map<String, Map<String, Integer>> blockPredicted = new TreeMap<>();
    Map<String, Map<String, Integer>> blockTrue = new TreeMap<>();
    for (Map.Entry<String, String> e : truth.entrySet()) {
      String sig = e.getKey();
      String t = checkNotNull(e.getValue(), "cluster of signature %s", sig);
      String p = predicted.get(sig);
      if (p == null) {
        p = ALONE + sig;
      }
      String b = blocks.getOrDefault(sig, "");
      List<String> cell = List.of(p, t);
      cells.merge(cell, 1, Integer::sum);
      predictedSize.merge(p, 1, Integer::sum);
      trueSize.merge(t, 1, Integer::sum);
      blockCells.computeIfAbsent(b, k -> new HashMap<>()).merge(cell, 1, Integer::sum);
      blockPredicted.computeIfAbsent(b, k -> new HashMap<>()).merge(p, 1, Integer::sum);
      blockTrue.computeIfAbsent(b, k -> new HashMap<>()).merge(t, 1, Integer::sum);
    }
    int n = truth.size();
    double bp = 0;
    double br = 0;
    for (Map.Entry<List<String>, Integer> c : cells.entrySet()) {
      double sq = (double) c.getValue() * c.getValue();
      bp += sq / predictedSize.get(c.getKey().get(0));
      br += sq / trueSize.get(c.getKey().get(1));
    }
    Scores b3 = n == 0 ? Scores.of(1, 1) : Scores.of(clamp(bp / n), clamp(br / n));
    long tp = 0;
    long pp = 0;
    long tpairs = 0;
    List<BlockScore> blockScores = new ArrayList<>();
    for (String b : blockCells.keySet()) {
      long btp = pairs(blockCells.get(b).values());
      long bpp = pairs(blockPredicted.get(b).values());
      long btrue = pairs(blockTrue.get(b).values());
      tp += btp;
      pp += bpp;
      tpairs += btrue;
      int size = blockTrue.get(b).values().stream().mapToInt(Integer::intValue).sum();
      blockScores.add(new BlockScore(b, size, blockTrue.get(b).size(), blockPredicted.get(b).size(),
          pairScores(btp, bpp, btrue)));
    }
    blockScores.sort(Comparator.comparingDouble((BlockScore s) -> s.pairwise().f1())
        .thenComparing(Comparator.comparingInt(BlockScore::signatures).reversed())
        .thenComparing(BlockScore::block));
    return new ResolutionEvaluation(name, n, blockCells.size(), trueSize.size(), predictedSize.size(), unmatched,
        pairScores(tp, pp, tpairs), b3, blockScores);
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }

  private static long pairs(Iterable<Integer> counts) {
    long sum = 0;
    for (int c : counts) {
      sum += (long) c * (c - 1) / 2;
    }
    return sum;
  }

  private static Scores pairScores(long truePositives, long predictedPairs, long truePairs) {
    double p = predictedPairs == 0 ? 1 : (double) truePositives / predictedPairs;
    double r = truePairs == 0 ? 1 : (double) truePositives / truePairs;
    return Scores.of(p, r);
  }

  /**
   * The {@code n} blocks with the lowest pairwise F1 (ties: larger blocks first).
   *
   * @param n how many blocks to return, at least 0
   * @return the first {@code min(n, blocks)} entries of {@link #blockScores()}, immutable
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public List<BlockScore> worstBlocks(int n) {
    checkArgument(n >= 0, "n must not be negative: %s", n);
    return blockScores.subList(0, Math.min(n, blockScores.size()));
  }

  /**
   * A table of several evaluations (e.g. citegraph and the two baselines), one row each.
   *
   * @param evaluations the evaluations, in the row order wanted
   * @return a plain-text table with the counts and the pairwise and B³ precision, recall and F1 to three decimals
   */
  public static String table(List<ResolutionEvaluation> evaluations) {
    TextTable t = new TextTable("Author resolution against ground truth (pairwise within blocks; B-cubed)",
        List.of("clustering", "signatures", "blocks", "persons", "clusters", "pair P", "pair R", "pair F1", "B3 P",
            "B3 R", "B3 F1"),
        new boolean[] {false, true, true, true, true, true, true, true, true, true, true});
    for (ResolutionEvaluation e : evaluations) {
      t.row(e.name, e.signatures, e.blocks, e.truePersons, e.predictedAuthors, f(e.pairwise.precision()),
          f(e.pairwise.recall()), f(e.pairwise.f1()), f(e.b3.precision()), f(e.b3.recall()), f(e.b3.f1()));
    }
    return t.render(Integer.MAX_VALUE);
  }

  /**
   * A table of the {@code n} worst blocks by pairwise F1.
   *
   * @param n how many blocks to list, at least 0
   * @return a plain-text table of the blocks of {@link #worstBlocks(int)}, with their sizes and pairwise scores
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public String worstBlocksTable(int n) {
    TextTable t = new TextTable("Worst blocks of " + name + " (lowest pairwise F1)",
        List.of("block", "signatures", "true persons", "predicted", "pair P", "pair R", "pair F1"),
        new boolean[] {false, true, true, true, true, true, true});
    for (BlockScore b : worstBlocks(n)) {
      t.row(b.block().isEmpty() ? "(none)" : b.block(), b.signatures(), b.truePersons(), b.predictedAuthors(),
          f(b.pairwise().precision()), f(b.pairwise().recall()), f(b.pairwise().f1()));
    }
    return t.render(Integer.MAX_VALUE);
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** The scores as a table, the unmatched count, and the ten worst blocks. */
  @Override
  public String toString() {
    return table(List.of(this)) + (unmatched == 0 ? "" : unmatched + " signatures not found in the corpus\n")
        + "\n" + worstBlocksTable(10);
  }
}
