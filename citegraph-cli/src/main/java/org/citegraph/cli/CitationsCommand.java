package org.citegraph.cli;

import java.util.Locale;

import org.citegraph.Corpus;
import org.citegraph.graph.CitationGraph;
import org.citegraph.model.Author;
import org.citegraph.query.CitationRanking;
import org.citegraph.query.Citations;
import org.citegraph.query.CitedPaper;
import org.citegraph.table.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code citations}: the most cited papers of the corpus's citation graph. */
@Command(name = "citations", description = "Most cited papers in the corpus's citation graph; with --author, also "
    + "the author's citations and h-index.")
final class CitationsCommand extends CliCommand {
  /** How papers are ranked. */
  enum Measure {
    /** By in-corpus citations. */
    COUNT,
    /** By PageRank on the citation graph. */
    PAGERANK
  }

  @Option(names = "--measure", paramLabel = "MEASURE", description = "count or pagerank (default: count).")
  Measure measure = Measure.COUNT;

  @Option(names = "--category", paramLabel = "CODE", description = "Only papers listed under this category "
      + "(e.g. cs.LG).")
  String category;

  @Option(names = "--author", paramLabel = "NAME", description = "Also print this author's citations and h-index.")
  String author;

  @Mixin
  InputOptions input;

  @Mixin
  FormatOptions output;

  @Mixin
  TopOption top;

  @Override
  void execute() {
    int rows = output.rows(top.top, TextTable.DEFAULT_MAX_ROWS);
    if (category != null && measure == Measure.PAGERANK) {
      throw new UsageException("--category ranks by citation count; leave out --measure pagerank");
    }
    Corpus corpus = input.load(ctx);
    Author a = author == null ? null : AuthorOption.resolve(corpus, author);
    Citations c = Citations.of(corpus);
    CitationRanking ranking = category != null ? c.mostCitedIn(category, rows)
        : measure == Measure.PAGERANK ? c.byPageRank(rows) : c.mostCited(rows);
    CitationGraph g = c.graph();
    if (output.format() == FormatOptions.Format.TABLE) {
      ctx.out().println(g + "; " + g.selfCitationCount() + " self-citations; " + g.citationsForwardInTime().size()
          + " citations of newer corpus papers; " + g.unresolvedForwardReferences()
          + " unresolved references to newer arXiv ids");
      if (a != null) {
        ctx.out().println(a.displayName() + ": " + c.citationsOf(a) + " in-corpus citations, h-index " + c.hIndex(a));
      }
      ctx.out().println();
    }
    output.print(ctx, ranking, rows, gen -> {
      gen.writeStartObject();
      gen.writeNumberField("papers", g.papers().size());
      gen.writeNumberField("citationEdges", g.edgeCount());
      gen.writeNumberField("unresolvedReferences", g.unresolvedCount());
      gen.writeNumberField("selfCitations", g.selfCitationCount());
      gen.writeNumberField("forwardInTime", g.citationsForwardInTime().size());
      gen.writeNumberField("unresolvedForwardInTime", g.unresolvedForwardReferences());
      if (a != null) {
        gen.writeStringField("author", a.displayName());
        gen.writeNumberField("authorCitations", c.citationsOf(a));
        gen.writeNumberField("hIndex", c.hIndex(a));
      }
      gen.writeStringField("measure", measure.name().toLowerCase(Locale.ROOT));
      gen.writeObjectFieldStart("pageRank");
      gen.writeNumberField("iterations", ranking.pageRank().iterations());
      gen.writeNumberField("l1Change", ranking.pageRank().change());
      gen.writeNumberField("tolerance", ranking.pageRank().tolerance());
      gen.writeBooleanField("converged", ranking.pageRank().converged());
      gen.writeEndObject();
      gen.writeArrayFieldStart("ranking");
      for (CitedPaper p : ranking.rows()) {
        gen.writeStartObject();
        gen.writeNumberField("rank", p.rank());
        gen.writeStringField("id", p.paper().id().toString());
        gen.writeStringField("title", p.paper().title());
        gen.writeNumberField("citations", p.citations());
        gen.writeNumberField("pageRank", p.pageRank());
        if (p.reportedCitations().isPresent()) {
          gen.writeNumberField("reportedCitations", p.reportedCitations().getAsInt());
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    });
  }
}
