package org.citegraph.io.delimited;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The RFC 4180 state machine: round trips of random rows, and the edge cases named one by one. */
class DelimitedParserTest {

  /** Writes rows as RFC 4180 text, quoting only fields that need it, with the given line break. */
  static String write(List<List<String>> rows, char delimiter, String lineBreak) {
    StringBuilder sb = new StringBuilder();
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          sb.append(delimiter);
        }
        String f = row.get(i);
        boolean quote = f.isEmpty() && row.size() == 1 || f.indexOf(delimiter) >= 0 || f.indexOf('"') >= 0
            || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0;
        sb.append(quote ? '"' + f.replace("\"", "\"\"") + '"' : f);
      }
      sb.append(lineBreak);
    }
    return sb.toString();
  }

  static List<DelimitedParser.Row> parse(String text, char delimiter) throws IOException {
    DelimitedParser p = new DelimitedParser(new StringReader(text), delimiter, '"', DelimitedParser.NONE, 0);
    List<DelimitedParser.Row> rows = new ArrayList<>();
    try {
      for (DelimitedParser.Row r; (r = p.next()) != null; ) {
        rows.add(r);
      }
    } catch (DelimitedParser.SyntaxError e) {
      throw new AssertionError(e);
    }
    return rows;
  }

  @Provide
  Arbitrary<List<List<String>>> rows() {
    Arbitrary<String> field = Arbitraries.strings()
        .withChars('a', 'b', ' ', ',', '\t', ';', '"', '\n', '\r', 'é', '\u00a0')
        .ofMinLength(0).ofMaxLength(8);
    return field.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(0).ofMaxSize(6);
  }

  @Provide
  Arbitrary<Character> delimiters() {
    return Arbitraries.of(',', '\t', ';');
  }

  @Provide
  Arbitrary<String> lineBreaks() {
    return Arbitraries.of("\n", "\r\n");
  }

  @Property(seed = "42")
  void writeThenParseGivesTheRowsBack(@ForAll("rows") List<List<String>> rows, @ForAll("delimiters") char delimiter,
      @ForAll("lineBreaks") String lineBreak) throws IOException {
    String text = write(rows, delimiter, lineBreak);
    List<DelimitedParser.Row> parsed = parse(text, delimiter);
    assertEquals(rows, parsed.stream().map(DelimitedParser.Row::fields).toList(), () -> "text: " + text);
    // Each row starts on the line after the line breaks of the rows before it (breaks inside quotes count).
    long line = 1;
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(line, parsed.get(i).line());
      for (String f : rows.get(i)) {
        line += f.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
      }
      line++;
    }
  }

  @Test
  void quotedFieldsSpanLinesAndKeepDoubledQuotes() throws IOException {
    List<DelimitedParser.Row> rows = parse("id,abstract\n1,\"two\nlines, \"\"quoted\"\"\"\n2,x\n", ',');
    assertEquals(List.of("1", "two\nlines, \"quoted\""), rows.get(1).fields());
    assertEquals(2, rows.get(1).line());
    assertEquals(4, rows.get(2).line());
  }

  @Test
  void emptyFieldsAndBlankLines() throws IOException {
    List<DelimitedParser.Row> rows = parse("a,,\n\n\r\n,b,\"\"\r\n", ',');
    assertEquals(List.of(List.of("a", "", ""), List.of("", "b", "")),
        rows.stream().map(DelimitedParser.Row::fields).toList());
    assertEquals(4, rows.get(1).line());
  }

  @Test
  void quoteInsideUnquotedFieldIsText() throws IOException {
    assertEquals(List.of("a \"b\" c", "d"), parse("a \"b\" c\td", '\t').get(0).fields());
  }

  @Test
  void textAfterClosingQuoteIsKeptAndFlagged() throws IOException {
    DelimitedParser.Row row = parse("\"ab\"c,d\n", ',').get(0);
    assertEquals(List.of("abc", "d"), row.fields());
    assertTrue(row.repair().contains("after its closing quote"));
  }

  @Test
  void unterminatedQuoteNamesTheRowStart() throws IOException {
    DelimitedParser p = new DelimitedParser(new StringReader("a,b\n1,\"never\nclosed\n"), ',', '"',
        DelimitedParser.NONE, 0);
    assertDoesNotThrowRow(p);
    DelimitedParser.SyntaxError e = assertThrows(DelimitedParser.SyntaxError.class, p::next);
    assertEquals(2, e.line);
    assertTrue(e.getMessage().contains("never closed"), e::getMessage);
  }

  private static void assertDoesNotThrowRow(DelimitedParser p) throws IOException {
    try {
      assertEquals(List.of("a", "b"), p.next().fields());
    } catch (DelimitedParser.SyntaxError e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void commentsAndRestInLastColumnWithoutQuoting() throws Exception {
    DelimitedParser p = new DelimitedParser(new StringReader("# c;d\nx;y;a;b \"q\"\n# end"), ';',
        DelimitedParser.NONE, '#', 3);
    DelimitedParser.Row row = p.next();
    assertEquals(List.of("x", "y", "a;b \"q\""), row.fields());
    assertEquals(2, row.line());
    assertNull(p.next());
  }

  @Test
  void loneCarriageReturnEndsARecord() throws IOException {
    assertEquals(List.of(List.of("a"), List.of("b")),
        parse("a\rb", ',').stream().map(DelimitedParser.Row::fields).toList());
  }
}
