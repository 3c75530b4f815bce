package org.citegraph.cli;

import java.util.Locale;

import org.citegraph.table.Tabular;
import org.citegraph.table.TextTable;

import picocli.CommandLine.Option;

/** How a ranking or list is printed: an aligned table, JSON or CSV. */
final class FormatOptions {
  /** The output formats of rankings and lists. */
  enum Format {
    /** An aligned, titled text table. */
    TABLE,
    /** JSON. */
    JSON,
    /** CSV with a header line (RFC 4180). */
    CSV
  }

  /** Shown after "n more rows" in tables. */
  static final String MORE_ROWS_HINT = "use --top N to see more";

  @Option(names = "--format", paramLabel = "FORMAT", description = "table, json or csv (default: table).")
  Format format = Format.TABLE;

  @Option(names = "--json", description = "Short for --format json.")
  boolean json;

  /** The format chosen, {@code --json} included. */
  Format format() {
    if (json && format == Format.CSV) {
      throw new UsageException("--json and --format csv disagree; give one of them");
    }
    return json ? Format.JSON : format;
  }

  /**
   * The number of rows to show.
   *
   * @param top the --top value or null
   * @param fallback the rows shown in tables without --top
   * @return --top, or the fallback for tables and every row for JSON and CSV
   */
  int rows(Integer top, int fallback) {
    if (top != null && top < 1) {
      throw new UsageException("--top needs a number of rows of at least 1, got " + top);
    }
    return top != null ? top : format() == Format.TABLE ? fallback : Integer.MAX_VALUE;
  }

  /**
   * Prints a result in the chosen format.
   *
   * @param ctx the run's streams
   * @param result the rows as a table
   * @param rows the most rows shown
   * @param json the JSON form
   */
  void print(Context ctx, Tabular result, int rows, Json.Body json) {
    print(ctx, result.table(), rows, json);
  }

  /**
   * Prints a table in the chosen format.
   *
   * @param ctx the run's streams
   * @param table the rows
   * @param rows the most rows shown
   * @param json the JSON form
   */
  void print(Context ctx, TextTable table, int rows, Json.Body json) {
    switch (format()) {
      case TABLE -> ctx.out().print(table.render(rows, MORE_ROWS_HINT));
      case CSV -> ctx.out().print(table.toCsv(rows));
      case JSON -> ctx.out().print(Json.of(json));
      default -> throw new IllegalStateException(format.name().toLowerCase(Locale.ROOT));
    }
  }
}
