package org.citegraph.table;

/**
 * A result that prints as a table. JShell shortens long values in the middle, so {@link #show()} prints the whole
 * table (every row) to standard output instead: {@code corpus.collaborators(niru).show()}.
 */
public interface Tabular {
  /**
   * The result's rows as a table.
   *
   * @return a new table holding every row
   */
  TextTable table();

  /**
   * The table with at most {@code maxRows} rows, saying how many were left out.
   *
   * @param maxRows the most rows shown
   * @return the table text
   */
  default String toTable(int maxRows) {
    return table().render(maxRows);
  }

  /**
   * Every row as CSV; see {@link TextTable#toCsv()}.
   *
   * @return the CSV text
   */
  default String toCsv() {
    return table().toCsv();
  }

  /** Prints every row to standard output, nothing left out; for JShell, where a value's text is shortened. */
  default void show() {
    show(Integer.MAX_VALUE);
  }

  /**
   * Prints at most {@code maxRows} rows to standard output.
   *
   * @param maxRows the most rows shown
   */
  default void show(int maxRows) {
    System.out.print(toTable(maxRows));
    System.out.flush();
  }
}
