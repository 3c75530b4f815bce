package org.citegraph.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders rows as a titled, aligned plain-text table for terminals and JShell, showing at most a given number of
 * rows and saying how many were left out. Numeric columns align right.
 */
public final class TextTable {
  /** The default number of rows shown. */
  public static final int DEFAULT_MAX_ROWS = 20;

  private final String title;
  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * A table with a title, column headers and which columns align right.
   *
   * @param title the line printed above the table
   * @param headers the column headers, one per column (copied)
   * @param rightAligned for each column, whether it aligns right (numbers) or left (text); as long as {@code
   *     headers} (copied)
   */
  public TextTable(String title, List<String> headers, boolean[] rightAligned) {
    this.title = title;
    this.headers = List.copyOf(headers);
    this.rightAligned = rightAligned.clone();
  }

  /**
   * Adds a row; cells are converted with {@code String.valueOf} (so null becomes "null").
   *
   * @param cells the row's cells, one per header, in column order
   * @return this table
   */
  public TextTable row(Object... cells) {
    List<String> r = new ArrayList<>(cells.length);
    for (Object c : cells) {
      r.add(String.valueOf(c));
    }
    rows.add(r);
    return this;
  }

  /**
   * Renders the title, the headers, a rule and at most {@code maxRows} rows, in the order added; column widths fit
   * the shown rows. When rows are left out, a last line says how many.
   *
   * @param maxRows how many rows to show at most, 0 or more; 0 shows only the title, headers and the count of rows
   *     left out
   * @return the table as text, one line per row, each ending with a newline and without trailing blanks
   */
  public String render(int maxRows) {
    int cols = headers.size();
    int[] width = new int[cols];
    for (int c = 0; c < cols; c++) {
      width[c] = headers.get(c).length();
    }
    int shown = Math.min(maxRows, rows.size());
    for (int r = 0; r < shown; r++) {
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], rows.get(r).get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(title).append('\n');
    line(sb, headers, width);
    int total = 0;
    for (int w : width) {
      total += w;
    }
    sb.append("-".repeat(total + 2 * (cols - 1))).append('\n');
    for (int r = 0; r < shown; r++) {
      line(sb, rows.get(r), width);
    }
    if (rows.size() > shown) {
      sb.append("... ").append(rows.size() - shown).append(" more rows\n");
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, List<String> cells, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        l.append("  ");
      }
      String cell = cells.get(c);
      String pad = " ".repeat(width[c] - cell.length());
      l.append(rightAligned[c] ? pad + cell : cell + pad);
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }

  @Override
  public String toString() {
    return render(DEFAULT_MAX_ROWS);
  }
}
