package org.citegraph.query;

import java.util.List;
import java.util.Locale;

import com.google.common.collect.ImmutableList;

import org.citegraph.table.Tabular;
import org.citegraph.table.TextTable;
import org.citegraph.model.Author;

/**
 * An author's collaborators, best first, with the settings that produced the ranking. Prints as a titled table.
 *
 * @param author whose collaborators these are
 * @param settings a one-line description of counting, recency weighting and filters
 * @param rows the ranked collaborators
 */
public record CollaboratorRanking(Author author, String settings, List<Collaborator> rows) implements Tabular {
  /**
   * Copies the rows.
   *
   * @param author whose collaborators these are
   * @param settings a one-line description of counting, recency weighting and filters
   * @param rows the ranked collaborators, best first; copied
   */
  public CollaboratorRanking {
    rows = ImmutableList.copyOf(rows);
  }

  /**
   * The number of ranked collaborators.
   *
   * @return the number of rows, at least 0
   */
  public int size() {
    return rows.size();
  }

  /**
   * The top-ranked collaborator.
   *
   * @return the row of rank 1
   * @throws IllegalStateException if the ranking has no rows, naming the author and the settings
   */
  public Collaborator top() {
    if (rows.isEmpty()) {
      throw new IllegalStateException(author + " has no collaborators under " + settings);
    }
    return rows.get(0);
  }

  /** {@inheritDoc} Every row, unrendered. */
  @Override
  public TextTable table() {
    TextTable t = new TextTable("Collaborators of " + author.displayName() + " (" + settings + ")",
        List.of("#", "collaborator", "papers", "score", "first", "last", "categories"),
        new boolean[] {true, false, true, true, false, false, false});
    for (Collaborator c : rows) {
      t.row(c.rank(), c.coauthor().displayName(), c.sharedPapers(), String.format(Locale.ROOT, "%.3f", c.score()),
          c.first().map(Object::toString).orElse("-"), c.last().map(Object::toString).orElse("-"), c.categoryMix());
    }
    return t;
  }

  @Override
  public String toString() {
    return toTable(TextTable.DEFAULT_MAX_ROWS);
  }
}
