package org.citegraph.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rendering, the more-rows hint, notes and CSV. */
class TextTableTest {
  private static TextTable table() {
    return new TextTable("Title", List.of("#", "name"), new boolean[] {true, false})
        .row(1, "plain").row(2, "with, comma").row(3, "a \"quote\"").row(10, "line\nbreak");
  }

  @Test
  void rendersAlignedRowsAndSaysHowToSeeTheRest() {
    assertEquals("Title\n#  name\n" + "-".repeat(14) + "\n1  plain\n2  with, comma\n... 2 more rows — use --top N\n"
        + "key\n", table().note("key").render(2, "use --top N"));
    assertEquals(TextTable.DEFAULT_MORE_ROWS_HINT, "show(n) or toTable(n) shows n rows");
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndHoldsEveryRow() {
    assertEquals("#,name\r\n1,plain\r\n2,\"with, comma\"\r\n3,\"a \"\"quote\"\"\"\r\n10,\"line\nbreak\"\r\n",
        table().toCsv());
    assertEquals("#,name\r\n1,plain\r\n", table().toCsv(1));
  }

  @Test
  void rowsMustFitTheColumns() {
    assertThrows(IllegalArgumentException.class, () -> table().row(1));
    assertThrows(IllegalArgumentException.class,
        () -> new TextTable("t", List.of("a", "b"), new boolean[] {true}));
  }
}
