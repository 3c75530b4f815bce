package org.citegraph.io.delimited;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The RFC 4180 state machine behind {@link DelimitedReader}: splits delimited text into rows of fields, streaming.
 *
 * <p>A field may be quoted; a quoted field may hold delimiters, line breaks (kept exactly as written) and doubled
 * quotes (read as one quote). Records end at {@code \n}, {@code \r\n} or a lone {@code \r}. Lines that are empty,
 * or that start with the comment character when one is set, are skipped. A quote inside an unquoted field is kept
 * as an ordinary character (as most TSV exports write it). A character after a closing quote other than a
 * delimiter or line break is kept too, and the row is marked as repaired. Not thread-safe.
 */
final class DelimitedParser {
  /** No quote or comment character. */
  static final int NONE = -1;

  /** One row: its fields, the line it starts on and, if the text needed a repair, what was repaired. */
  record Row(List<String> fields, long line, String repair) {}

  /** A row that cannot be read, e.g. a quoted field never closed; {@link #line} is where the row starts. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;
    /** Whether the parser is at the start of the next row, so reading can go on. */
    final boolean recoverable;

    SyntaxError(long line, String message) {
      this(line, message, false);
    }

    SyntaxError(long line, String message, boolean recoverable) {
      super(message);
      this.line = line;
      this.recoverable = recoverable;
    }
  }

  private final Reader in;
  private final char delimiter;
  private final int quote;
  private final int comment;
  private final int maxFields;
  private final int maxRowChars;
  private final char[] buf = new char[8192];
  private int pos;
  private int len;
  private boolean eof;
  private long line = 1;

  /**
   * A parser.
   *
   * @param maxFields when positive, delimiters after the {@code maxFields - 1}-th are kept inside the last field
   */
  DelimitedParser(Reader in, char delimiter, int quote, int comment, int maxFields) {
    this(in, delimiter, quote, comment, maxFields, Integer.MAX_VALUE);
  }

  /**
   * A parser whose rows hold at most {@code maxRowChars} characters; a longer row is skipped to the end of the line
   * it reaches and reported as a recoverable {@link SyntaxError}.
   */
  DelimitedParser(Reader in, char delimiter, int quote, int comment, int maxFields, int maxRowChars) {
    this.maxRowChars = maxRowChars;
    this.in = checkNotNull(in, "in");
    checkArgument(delimiter != '\n' && delimiter != '\r' && delimiter != quote,
        "the delimiter must differ from line breaks and the quote");
    this.delimiter = delimiter;
    this.quote = quote;
    this.comment = comment;
    this.maxFields = maxFields;
  }

  /** The number of the line the parser is on (1-based). */
  long line() {
    return line;
  }

  private int read() throws IOException {
    if (pos == len) {
      if (eof) {
        return -1;
      }
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        eof = true;
        return -1;
      }
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    int c = read();
    if (c >= 0) {
      pos--;
    }
    return c;
  }

  /** Consumes the rest of a line break whose first character {@code c} was just read. */
  private void endOfLine(int c) throws IOException {
    if (c == '\r' && peek() == '\n') {
      read();
    }
    line++;
  }

  /**
   * The next row, or null at the end of the input.
   *
   * @throws SyntaxError if a quoted field is never closed; the input is then at its end
   */
  Row next() throws IOException, SyntaxError {
    int c;
    // Skip empty lines and comment lines.
    while (true) {
      c = read();
      if (c < 0) {
        return null;
      }
      if (c == '\n' || c == '\r') {
        endOfLine(c);
        continue;
      }
      if (comment != NONE && c == comment) {
        while ((c = read()) >= 0 && c != '\n' && c != '\r') {
          // skip the comment
        }
        if (c < 0) {
          return null;
        }
        endOfLine(c);
        continue;
      }
      break;
    }
    long start = line;
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    String repair = null;
    boolean quoted = false;
    boolean afterClosingQuote = false;
    boolean atFieldStart = true;
    long chars = 0;
    for (; ; c = read()) {
      if (++chars > maxRowChars) {
        while (c >= 0 && c != '\n' && c != '\r') {
          c = read();
        }
        if (c >= 0) {
          endOfLine(c);
        }
        throw new SyntaxError(start, "row is longer than " + org.citegraph.io.InputLimits.describe("maxLineChars",
            maxRowChars) + "; it is skipped to the end of line " + (line - (c >= 0 ? 1 : 0)), true);
      }
      if (quoted) {
        if (c < 0) {
          throw new SyntaxError(start, "quoted field " + (fields.size() + 1) + " is never closed (expected a "
              + "closing " + (char) quote + " before the end of the input; a quote inside a quoted field must be "
              + "doubled)");
        }
        if (c == quote) {
          if (peek() == quote) {
            read();
            field.append((char) quote);
          } else {
            quoted = false;
            afterClosingQuote = true;
          }
        } else {
          field.append((char) c);
          if (c == '\n' || c == '\r') {
            if (c == '\r' && peek() == '\n') {
              field.append((char) read());
            }
            line++;
          }
        }
        continue;
      }
      if (c < 0 || c == '\n' || c == '\r') {
        fields.add(field.toString());
        if (c >= 0) {
          endOfLine(c);
        }
        return new Row(fields, start, repair);
      }
      if (c == delimiter && (maxFields <= 0 || fields.size() < maxFields - 1)) {
        fields.add(field.toString());
        field.setLength(0);
        atFieldStart = true;
        afterClosingQuote = false;
        continue;
      }
      if (atFieldStart && c == quote) {
        quoted = true;
        atFieldStart = false;
        continue;
      }
      if (afterClosingQuote && repair == null) {
        repair = "field " + (fields.size() + 1) + " has text after its closing quote (kept; expected a delimiter "
            + "or the end of the line after a closing quote)";
      }
      atFieldStart = false;
      field.append((char) c);
    }
  }
}
