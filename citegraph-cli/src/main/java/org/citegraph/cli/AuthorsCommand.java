package org.citegraph.cli;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.Corpus;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.table.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code authors}: the resolved authors, most papers first. */
@Command(name = "authors", description = "Resolved authors with their name variants and papers, most papers first.")
final class AuthorsCommand extends CliCommand {
  @Mixin
  InputOptions input;

  @Mixin
  FormatOptions output;

  @Mixin
  TopOption top;

  @Override
  void execute() {
    int rows = output.rows(top.top, TextTable.DEFAULT_MAX_ROWS);
    Corpus corpus = input.load(ctx);
    List<Author> authors = new ArrayList<>(corpus.authors());
    authors.sort((x, y) -> {
      int c = Integer.compare(corpus.paperCount(y), corpus.paperCount(x));
      return c != 0 ? c : x.id().compareTo(y.id());
    });
    TextTable t = new TextTable("Authors (" + authors.size() + "), most papers first",
        List.of("author", "id", "papers", "variants"), new boolean[] {false, false, true, false});
    for (Author a : authors) {
      t.row(a.displayName(), a.id(), corpus.paperCount(a),
          String.join(" | ", a.variants().stream().map(v -> v.displayName()).toList()));
    }
    output.print(ctx, t, rows, g -> {
      g.writeStartArray();
      for (Author a : authors.subList(0, Math.min(rows, authors.size()))) {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.displayName());
        g.writeNumberField("paperCount", corpus.paperCount(a));
        g.writeArrayFieldStart("variants");
        for (var v : a.variants()) {
          g.writeString(v.displayName());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("papers");
        for (Paper p : corpus.papersOf(a)) {
          g.writeString(p.id().toString());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }
}
