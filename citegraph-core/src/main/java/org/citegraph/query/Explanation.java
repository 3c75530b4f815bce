package org.citegraph.query;

import java.util.List;
import java.util.Locale;

import com.google.common.collect.ImmutableList;

import org.citegraph.table.Tabular;
import org.citegraph.table.TextTable;
import org.citegraph.model.Author;

/**
 * Why a collaborator scores what it scores: each shared paper and what it adds. Prints as a titled table.
 *
 * @param author the ranked author
 * @param coauthor the collaborator
 * @param settings the ranking's counting, recency weighting and filters
 * @param rows the shared papers that pass the filters, in date order, with their contributions
 */
public record Explanation(Author author, Author coauthor, String settings,
    List<Contribution> rows) implements Tabular {
  /**
   * Copies the rows.
   *
   * @param author the ranked author
   * @param coauthor the collaborator
   * @param settings the ranking's counting, recency weighting and filters
   * @param rows the shared papers with their contributions, in date order; copied
   */
  public Explanation {
    rows = ImmutableList.copyOf(rows);
  }

  /**
   * The score: the sum of the contributions.
   *
   * @return the collaborator's score in the ranking these settings give, at least 0; 0 when there are no rows
   */
  public double score() {
    return rows.stream().mapToDouble(Contribution::contribution).sum();
  }

  /** {@inheritDoc} Every row, unrendered. */
  @Override
  public TextTable table() {
    TextTable t = new TextTable(String.format(Locale.ROOT, "%s and %s: score %.3f (%s)", author.displayName(),
        coauthor.displayName(), score(), settings),
        List.of("date", "authors", "weight", "recency", "adds", "title"),
        new boolean[] {false, true, true, true, true, false});
    for (Contribution c : rows) {
      t.row(c.paper().date().map(Object::toString).orElse("-"), c.authors(),
          String.format(Locale.ROOT, "%.3f", c.countingWeight()), String.format(Locale.ROOT, "%.3f", c.recencyFactor()),
          String.format(Locale.ROOT, "%.3f", c.contribution()), c.paper().title());
    }
    return t;
  }

  @Override
  public String toString() {
    return toTable(TextTable.DEFAULT_MAX_ROWS);
  }
}
