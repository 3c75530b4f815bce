package org.citegraph.query;

import java.util.List;
import java.util.Locale;

import com.google.common.collect.ImmutableList;

import org.citegraph.table.Tabular;
import org.citegraph.table.TextTable;
import org.citegraph.model.Author;

/**
 * Suggested collaborators of an author, best first (score descending, then id), with the settings that produced
 * them. Prints as a titled table of at most {@link TextTable#DEFAULT_MAX_ROWS} rows.
 *
 * @param author whom the suggestions are for
 * @param settings a one-line description of the index used
 * @param rows the suggestions
 */
public record SuggestionRanking(Author author, String settings, List<Suggestion> rows) implements Tabular {
  /**
   * Copies the rows.
   *
   * @param author whom the suggestions are for
   * @param settings a one-line description of the index used
   * @param rows the suggestions, best first; copied
   */
  public SuggestionRanking {
    rows = ImmutableList.copyOf(rows);
  }

  /**
   * The number of suggestions.
   *
   * @return the number of rows, at least 0
   */
  public int size() {
    return rows.size();
  }

  /**
   * The first {@code k} suggestions (fewer when there are fewer).
   *
   * @param k how many suggestions; a negative {@code k} counts as 0
   * @return the best {@code min(k, size())} suggestions, best first, immutable
   */
  public List<Suggestion> top(int k) {
    return rows.subList(0, Math.min(Math.max(k, 0), rows.size()));
  }

  /** {@inheritDoc} Every row, unrendered. */
  @Override
  public TextTable table() {
    TextTable t = new TextTable("Suggested collaborators of " + author.displayName() + " (" + settings + ")",
        List.of("#", "candidate", "score", "common", "via"), new boolean[] {true, false, true, true, false});
    for (Suggestion s : rows) {
      t.row(s.rank(), s.candidate().displayName(), String.format(Locale.ROOT, "%.3f", s.score()), s.via().size(),
          s.viaNames());
    }
    return t;
  }

  @Override
  public String toString() {
    return toTable(TextTable.DEFAULT_MAX_ROWS);
  }
}
