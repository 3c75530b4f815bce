package org.citegraph.cli;

import org.citegraph.Corpus;
import org.citegraph.graph.Counting;
import org.citegraph.model.Category;
import org.citegraph.query.AuthorRanking;
import org.citegraph.query.CentralAuthors;
import org.citegraph.query.Collaborators;
import org.citegraph.query.RankedAuthor;
import org.citegraph.table.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code central}: authors ranked by centrality in the co-authorship graph. */
@Command(name = "central", description = "Authors ranked by centrality in the co-authorship graph.")
final class CentralCommand extends CliCommand {
  @Option(names = "--measure", paramLabel = "MEASURE", description = "degree, coauthors, pagerank or betweenness "
      + "(default: degree).")
  CentralAuthors.Measure measure = CentralAuthors.DEFAULT_MEASURE;

  @Option(names = "--counting", paramLabel = "SCHEME", description = "How shared papers count: full, fractional or "
      + "paper (default: full).")
  Counting counting = Collaborators.DEFAULT_COUNTING;

  @Option(names = "--category", paramLabel = "CODE", description = "Only papers listed under this category (e.g. "
      + "cs.LG or LG).")
  String category;

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
    CentralAuthors c = CentralAuthors.of(corpus).measure(measure).counting(counting);
    if (category != null) {
      Category cat = Category.of(category);
      if (corpus.papersIn(cat).isEmpty()) {
        throw new UsageException("no paper of this corpus is listed under category " + cat.code()
            + "; categories present: " + corpus.papers().stream().flatMap(p -> p.categories().stream())
            .map(Category::code).distinct().sorted().toList());
      }
      c = c.inCategory(category);
    }
    CentralAuthors query = c;
    AuthorRanking r = new ProgressPrinter(ctx, input.quiet).phase("rank", query::rank);
    output.print(ctx, r, rows, g -> {
      g.writeStartArray();
      for (RankedAuthor a : r.top(rows)) {
        g.writeStartObject();
        g.writeNumberField("rank", a.rank());
        g.writeStringField("name", a.author().displayName());
        g.writeStringField("id", a.author().id());
        g.writeNumberField("score", a.score());
        g.writeNumberField("papers", a.papers());
        g.writeNumberField("coauthors", a.coauthors());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }
}
