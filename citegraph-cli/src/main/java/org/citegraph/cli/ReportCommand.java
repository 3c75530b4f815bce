package org.citegraph.cli;

import java.util.List;
import java.util.Map;

import org.citegraph.Corpus;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.query.CollaboratorRanking;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.Timeline;
import org.citegraph.query.TopicClustering;
import org.citegraph.render.HtmlReport;
import org.citegraph.table.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report}: the main job, one page on an author: who they are in the corpus, the corpus's figures, their
 * collaborators, the topic clusters of their papers, their research threads over time and their papers.
 */
@Command(name = "report", description = "The main job: an author's collaborators, the topic clusters of their "
    + "papers, their research threads over time and their papers, in one page.")
final class ReportCommand extends CliCommand {
  /** Collaborators shown without --top. */
  static final int DEFAULT_COLLABORATORS = 10;
  /** Papers listed without --top. */
  static final int DEFAULT_PAPERS = 50;
  /** Said once, under the header: how categories are named everywhere in the report. */
  static final String CATEGORY_NOTE = "Categories are arXiv codes (cs.LG, q-bio.NC); percentages are shares of "
      + "papers.";

  @Option(names = "--author", paramLabel = "NAME", required = true, description = "The author.")
  String author;

  @Option(names = "--top", paramLabel = "N", description = "Rows of every table (default: 10 collaborators, 20 "
      + "clusters, 50 papers).")
  Integer top;

  @Option(names = "--html", paramLabel = "FILE", description = "Write the report as one self-contained HTML file "
      + "(pictures inline, nothing loaded from the network) to FILE, or - for standard output, instead of printing "
      + "it.")
  String html;

  @Mixin
  RankingOptions ranking;

  @Mixin
  ClusterOptions clustering;

  @Mixin
  InputOptions input;

  @Mixin
  FormatOptions output;

  /** Everything the report shows, computed once and then written as text or JSON. */
  record Report(Corpus corpus, Author author, Map<String, Number> statistics, CollaboratorRanking collaborators,
      TopicClustering clusters, Timeline timeline, List<Paper> papers) {}

  @Override
  void execute() {
    if (output.format() == FormatOptions.Format.CSV) {
      throw new UsageException("report prints text or JSON; for CSV use the collaborators, clusters or timeline "
          + "commands with --format csv");
    }
    if (top != null && top < 1) {
      throw new UsageException("--top needs a number of rows of at least 1, got " + top);
    }
    Corpus corpus = input.load(ctx);
    Author a = AuthorOption.resolve(corpus, author);
    ProgressPrinter progress = new ProgressPrinter(ctx, input.quiet);
    Report r = new Report(corpus, a, StatsCommand.statistics(corpus),
        progress.phase("rank collaborators", () -> ranking.rank(corpus, a)),
        progress.phase("cluster", () -> clustering.cluster(corpus, a)),
        progress.phase("timeline", () -> ResearchThreads.of(corpus).timeline(a)), corpus.papersOf(a));

    if (html != null) {
      HtmlReport page = progress.phase("html", () -> HtmlReport.builder(corpus, a).statistics(r.statistics())
          .collaborators(ranking.collaborators(corpus)).authorTopics(r.clusters())
          .corpusTopics(clustering.cluster(corpus, null)).timeline(r.timeline()).build());
      Outputs.write(ctx, html, page.render());
      if (!Outputs.isStdout(html)) {
        if (output.format() == FormatOptions.Format.JSON) {
          ctx.out().print(Json.of(g -> {
            g.writeStartObject();
            g.writeStringField("html", html);
            g.writeEndObject();
          }));
        } else {
          ctx.out().println("HTML report on " + a.displayName() + " written to " + html);
        }
      }
      return;
    }

    if (output.format() == FormatOptions.Format.JSON) {
      ctx.out().print(json(r));
    } else {
      ctx.out().print(text(r));
    }
  }

  private String text(Report r) {
    Author a = r.author();
    Corpus corpus = r.corpus();
    StringBuilder sb = new StringBuilder();
    sb.append("citegraph report: ").append(a.displayName()).append(" (id ").append(a.id()).append(")\n");
    sb.append("Name variants: ").append(String.join(" | ", a.variants().stream().map(v -> v.displayName())
        .toList())).append('\n');
    sb.append(String.format(java.util.Locale.ROOT, "%d papers by %s in a corpus of %,d papers and %,d authors "
        + "(%,d records read, %,d merged, %,d rejected)%n", r.papers().size(), a.displayName(),
        corpus.papers().size(), corpus.authors().size(), corpus.report().recordsRead(),
        corpus.report().mergedRecords(), corpus.report().rejectedRecords()));
    sb.append(CATEGORY_NOTE).append("\n\n");
    sb.append(StatsCommand.table(r.statistics()).render(Integer.MAX_VALUE)).append('\n');
    sb.append(r.collaborators().table()
        .note("papers: papers shared with " + a.displayName() + "; score: their weight under the counting "
            + "above; first, last: dates of the first and last shared paper")
        .render(rows(DEFAULT_COLLABORATORS), FormatOptions.MORE_ROWS_HINT)).append('\n');
    sb.append(r.clusters().table()
        .note("papers: " + a.displayName() + "'s papers in the cluster; label: the cluster's most distinctive terms")
        .render(rows(TextTable.DEFAULT_MAX_ROWS), FormatOptions.MORE_ROWS_HINT)).append('\n');
    sb.append(r.timeline().toText()).append('\n');
    // A venue column only when some paper names one (arXiv records do not).
    boolean venues = r.papers().stream().anyMatch(p -> p.venue().isPresent());
    TextTable papers = new TextTable("Papers of " + a.displayName(), venues
        ? List.of("date", "category", "venue", "title") : List.of("date", "category", "title"),
        new boolean[venues ? 4 : 3]);
    for (Paper p : r.papers()) {
      String date = p.date().map(Object::toString).orElse("-");
      String category = p.primaryCategory().map(Category::code).orElse("-");
      if (venues) {
        papers.row(date, category, p.venue().orElse("-"), p.title());
      } else {
        papers.row(date, category, p.title());
      }
    }
    sb.append(papers.render(rows(DEFAULT_PAPERS), FormatOptions.MORE_ROWS_HINT));
    return sb.toString();
  }

  private int rows(int fallback) {
    return top != null ? top : fallback;
  }

  private String json(Report r) {
    Author a = r.author();
    return Json.of(g -> {
      g.writeStartObject();
      g.writeStringField("author", a.displayName());
      g.writeStringField("id", a.id());
      g.writeArrayFieldStart("variants");
      for (var v : a.variants()) {
        g.writeString(v.displayName());
      }
      g.writeEndArray();
      g.writeObjectFieldStart("statistics");
      for (Map.Entry<String, Number> e : r.statistics().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue().longValue());
      }
      g.writeEndObject();
      g.writeFieldName("collaborators");
      Json.ranking(g, r.collaborators(), rows(DEFAULT_COLLABORATORS));
      g.writeFieldName("clusters");
      Json.clusters(g, r.clusters(), Integer.MAX_VALUE);
      g.writeFieldName("timeline");
      Json.timeline(g, r.timeline());
      g.writeEndObject();
    });
  }
}
