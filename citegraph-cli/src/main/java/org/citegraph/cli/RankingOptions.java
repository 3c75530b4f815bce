package org.citegraph.cli;

import java.time.LocalDate;

import org.citegraph.Corpus;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.citegraph.model.PubDate;
import org.citegraph.query.CollaboratorRanking;
import org.citegraph.query.Collaborators;

import picocli.CommandLine.Option;

/** How collaborators are scored. */
final class RankingOptions {
  @Option(names = "--counting", paramLabel = "SCHEME", description = "How shared papers count: full, fractional or "
      + "paper (default: full).")
  Counting counting = Collaborators.DEFAULT_COUNTING;

  @Option(names = "--half-life", paramLabel = "YEARS", description = "Recency weighting: a paper YEARS old counts "
      + "half.")
  Double halfLife;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The date recency is measured from (yyyy, yyyy-MM "
      + "or yyyy-MM-dd; default: today).")
  String asOf;

  /**
   * Ranks an author's collaborators.
   *
   * @param corpus the corpus
   * @param author the author
   * @return the ranking
   */
  CollaboratorRanking rank(Corpus corpus, Author author) {
    return collaborators(corpus).rank(author);
  }

  /**
   * The collaborator ranking algorithm with these settings.
   *
   * @param corpus the corpus
   * @return the configured algorithm
   */
  Collaborators collaborators(Corpus corpus) {
    Collaborators c = Collaborators.of(corpus).counting(counting);
    if (asOf != null && halfLife == null) {
      throw new UsageException("--as-of sets the date of the recency weighting; give --half-life YEARS too");
    }
    if (halfLife != null) {
      if (!(halfLife > 0) || halfLife.isInfinite()) {
        throw new UsageException("--half-life needs a positive number of years, got " + halfLife);
      }
      PubDate date;
      try {
        date = asOf != null ? PubDate.parse(asOf) : PubDate.of(LocalDate.now());
      } catch (IllegalArgumentException e) {
        throw new UsageException("--as-of expects yyyy, yyyy-MM or yyyy-MM-dd, got '" + asOf + "'");
      }
      c = c.recency(halfLife, date);
    }
    return c;
  }
}
