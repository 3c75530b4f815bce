package org.citegraph.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;

/**
 * The staeiou arXiv TSVs (cs.CL, cs.NE, q-bio.NC) as one corpus, and the report on a prolific author of it, built
 * once per test JVM for the tests that need them. Empty when the data set is absent.
 */
final class RealData {
  static final Path DIR = Fixtures.sharedData().resolve("arxiv-oai-tsv-staeiou");
  static final List<String> FILES = List.of("cs.CL.20190101.tsv.xz", "cs.NE.20200101.tsv.xz",
      "q-bio.NC.20200101.tsv.xz");
  /** The prolific author the real-data pictures are drawn for. */
  static final String AUTHOR = "Yoshua Bengio";

  private static final Supplier<Optional<Corpus>> CORPUS = Suppliers.memoize(() -> {
    if (!FILES.stream().allMatch(f -> Files.isRegularFile(DIR.resolve(f)))) {
      return Optional.empty();
    }
    CiteGraph.Builder b = CiteGraph.builder();
    FILES.forEach(f -> b.add(DIR.resolve(f)));
    return Optional.of(b.build());
  });

  private static final Supplier<Optional<HtmlReport>> REPORT = Suppliers.memoize(() -> CORPUS.get()
      .map(c -> HtmlReport.of(c, c.author(AUTHOR))));

  private RealData() {}

  /** The corpus of the three TSVs, or empty when they are absent. */
  static Optional<Corpus> corpus() {
    return CORPUS.get();
  }

  /** The report on {@link #AUTHOR} with the default settings, or empty when the data is absent. */
  static Optional<HtmlReport> report() {
    return REPORT.get();
  }
}
