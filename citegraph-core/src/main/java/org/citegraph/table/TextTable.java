package org.citegraph.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders rows as a titled, aligned plain-text table for terminals and JShell, showing at most a given number of
 * rows and saying how many were left out and how to see them. Numeric columns align right. The same rows render as
 * CSV ({@link #toCsv()}) for spreadsheets.
 */
public final class TextTable {
  /** The default number of rows shown. */
  public static final int DEFAULT_MAX_ROWS = 20;

  /** The hint after "n more rows" in library output: how to see every row. */
  public static final String DEFAULT_MORE_ROWS_HINT = "show(n) or toTable(n) shows n rows";

  private final String title;
  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /**
   * A table with a title, column headers and which columns align right.
   *
   * @param title the line printed above the table
   * @param headers the column headers
   * @param rightAligned for each column, whether it aligns right (numbers)
   * @throws IllegalArgumentException if {@code rightAligned} has not one flag per header
   */
  public TextTable(String title, List<String> headers, boolean[] rightAligned) {
    if (rightAligned.length != headers.size()) {
      throw new IllegalArgumentException("rightAligned has " + rightAligned.length + " flags for " + headers.size()
          + " columns; give one per column");
    }
    this.title = title;
    this.headers = List.copyOf(headers);
    this.rightAligned = rightAligned.clone();
  }

  /**
   * Adds a row; cells are converted with {@code String.valueOf}.
   *
   * @param cells one value per column
   * @return this table
   * @throws IllegalArgumentException if the number of cells is not the number of columns
   */
  public TextTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells for a table of " + headers.size()
          + " columns " + headers);
    }
    List<String> r = new ArrayList<>(cells.length);
    for (Object c : cells) {
      r.add(String.valueOf(c));
    }
    rows.add(List.copyOf(r));
    return this;
  }

  /**
   * Adds a line printed under the table, such as a legend of the symbols in its cells.
   *
   * @param note the line, without line break
   * @return this table
   */
  public TextTable note(String note) {
    notes.add(note);
    return this;
  }

  /**
   * The title line.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The column headers.
   *
   * @return the headers, immutable
   */
  public List<String> headers() {
    return headers;
  }

  /**
   * Every row, as the cells are printed.
   *
   * @return the rows, immutable
   */
  public List<List<String>> rows() {
    return List.copyOf(rows);
  }

  /**
   * Renders at most {@code maxRows} rows; when rows are left out, says how many and {@link #DEFAULT_MORE_ROWS_HINT}.
   *
   * @param maxRows the most rows shown
   * @return the table text, each line ending in a line break
   */
  public String render(int maxRows) {
    return render(maxRows, DEFAULT_MORE_ROWS_HINT);
  }

  /**
   * Renders at most {@code maxRows} rows; when rows are left out, a line says "... n more rows — " and the hint.
   *
   * @param maxRows the most rows shown
   * @param moreRowsHint how to see every row, e.g. "use --top N"
   * @return the table text, each line ending in a line break
   */
  public String render(int maxRows, String moreRowsHint) {
    int cols = headers.size();
    int[] width = new int[cols];
    for (int c = 0; c < cols; c++) {
      width[c] = headers.get(c).length();
    }
    int shown = Math.max(0, Math.min(maxRows, rows.size()));
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
      sb.append("... ").append(rows.size() - shown).append(" more rows — ").append(moreRowsHint).append('\n');
    }
    for (String n : notes) {
      sb.append(n).append('\n');
    }
    return sb.toString();
  }

  /**
   * Every row as CSV (RFC 4180): a header line, then one line per row; cells holding a comma, quote or line break
   * are quoted, quotes doubled. No title and no notes.
   *
   * @return the CSV text, lines ending in {@code \r\n} as RFC 4180 asks
   */
  public String toCsv() {
    return toCsv(Integer.MAX_VALUE);
  }

  /**
   * The header and at most {@code maxRows} rows as CSV; see {@link #toCsv()}.
   *
   * @param maxRows the most rows written
   * @return the CSV text
   */
  public String toCsv(int maxRows) {
    StringBuilder sb = new StringBuilder();
    csvLine(sb, headers);
    for (List<String> r : rows.subList(0, Math.max(0, Math.min(maxRows, rows.size())))) {
      csvLine(sb, r);
    }
    return sb.toString();
  }

  private static void csvLine(StringBuilder sb, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        sb.append(',');
      }
      String cell = cells.get(c);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
        sb.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(cell);
      }
    }
    sb.append("\r\n");
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
