package org.citegraph.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;

import com.google.common.collect.ImmutableList;

import org.citegraph.graph.Convergence;
import org.citegraph.table.TextTable;

/**
 * Papers ranked by in-corpus citations or PageRank. Prints as a titled table.
 *
 * @param title what is ranked and how
 * @param rows the ranked papers
 * @param pageRank how the PageRank shown beside the papers converged (iterations, last change, tolerance)
 */
public record CitationRanking(String title, List<CitedPaper> rows, Convergence pageRank) {
  /**
   * Copies the rows.
   *
   * @param title what is ranked and how
   * @param rows the ranked papers
   * @param pageRank how the PageRank iteration ended
   */
  public CitationRanking {
    rows = ImmutableList.copyOf(rows);
    checkNotNull(pageRank, "pageRank");
  }

  /** A table of at most {@code maxRows} rows. */
  public String toTable(int maxRows) {
    TextTable t = new TextTable(title, List.of("#", "cited by", "pagerank", "reported", "year", "title"),
        new boolean[] {true, true, true, true, false, false});
    for (CitedPaper c : rows) {
      t.row(c.rank(), c.citations(), String.format(Locale.ROOT, "%.5f", c.pageRank()),
          c.reportedCitations().isPresent() ? Integer.toString(c.reportedCitations().getAsInt()) : "-",
          c.paper().year().isPresent() ? Integer.toString(c.paper().year().getAsInt()) : "-", c.paper().title());
    }
    return t.render(maxRows);
  }

  @Override
  public String toString() {
    return toTable(TextTable.DEFAULT_MAX_ROWS);
  }
}
