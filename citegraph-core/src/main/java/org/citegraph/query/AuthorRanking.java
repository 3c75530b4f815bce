package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

import org.citegraph.graph.Convergence;
import org.citegraph.table.Tabular;
import org.citegraph.table.TextTable;

/**
 * A global ranking of authors by a centrality measure, best first (score descending, then author id), with the
 * settings that produced it. Prints as a titled table of at most {@link TextTable#DEFAULT_MAX_ROWS} rows.
 *
 * @param measure the centrality measure
 * @param settings a one-line description of measure, counting and scope
 * @param rows the ranked authors
 * @param convergence for PageRank, the iterations it took and the last change; empty for the other measures
 */
public record AuthorRanking(CentralAuthors.Measure measure, String settings, List<RankedAuthor> rows,
    Optional<Convergence> convergence) implements Tabular {
  /**
   * Copies the rows.
   *
   * @param measure the centrality measure
   * @param settings a one-line description of measure, counting and scope
   * @param rows the ranked authors
   * @param convergence for PageRank, how the iteration ended; empty for the other measures
   */
  public AuthorRanking {
    rows = ImmutableList.copyOf(rows);
    checkNotNull(convergence, "convergence");
  }

  /**
   * A ranking by a measure that does not iterate.
   *
   * @param measure the centrality measure
   * @param settings a one-line description of measure, counting and scope
   * @param rows the ranked authors
   */
  public AuthorRanking(CentralAuthors.Measure measure, String settings, List<RankedAuthor> rows) {
    this(measure, settings, rows, Optional.empty());
  }

  /**
   * The number of ranked authors.
   *
   * @return the number of rows, at least 0
   */
  public int size() {
    return rows.size();
  }

  /**
   * The first {@code k} rows (fewer when there are fewer authors).
   *
   * @param k how many rows, at least 0
   * @return the best {@code min(k, size())} rows, best first, immutable
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public List<RankedAuthor> top(int k) {
    checkArgument(k >= 0, "top needs k >= 0, got %s", k);
    return rows.subList(0, Math.min(k, rows.size()));
  }

  /**
   * The row of the author with this id.
   *
   * @param authorId an author id
   * @return the author's row, or empty when the author is not ranked
   */
  public Optional<RankedAuthor> rowOf(String authorId) {
    return rows.stream().filter(r -> r.author().id().equals(authorId)).findFirst();
  }

  /** {@inheritDoc} Every row, unrendered. */
  @Override
  public TextTable table() {
    TextTable t = new TextTable("Authors by " + measure.label() + " (" + settings + ")",
        List.of("#", "author", "score", "papers", "co-authors"), new boolean[] {true, false, true, true, true});
    for (RankedAuthor r : rows) {
      t.row(r.rank(), r.author().displayName(), String.format(Locale.ROOT, "%.4f", r.score()), r.papers(),
          r.coauthors());
    }
    return t;
  }

  @Override
  public String toString() {
    return toTable(TextTable.DEFAULT_MAX_ROWS);
  }
}
