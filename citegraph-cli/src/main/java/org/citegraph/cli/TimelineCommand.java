package org.citegraph.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.citegraph.Corpus;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.Timeline;
import org.citegraph.table.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code timeline}: an author's research threads over time. */
@Command(name = "timeline", description = "An author's research threads over time.")
final class TimelineCommand extends CliCommand {
  @Option(names = "--author", paramLabel = "NAME", required = true, description = "The author.")
  String author;

  @Option(names = "--svg", paramLabel = "FILE", description = "Also write the timeline as an SVG picture to FILE "
      + "('-' for standard output, instead of the text).")
  String svg;

  @Mixin
  InputOptions input;

  @Mixin
  FormatOptions output;

  @Override
  void execute() {
    output.format();
    Corpus corpus = input.load(ctx);
    Timeline t = new ProgressPrinter(ctx, input.quiet).phase("timeline",
        () -> ResearchThreads.of(corpus).timeline(AuthorOption.resolve(corpus, author)));
    if (svg != null) {
      Outputs.write(ctx, svg, org.citegraph.render.TimelineSvg.render(t));
      if (Outputs.isStdout(svg)) {
        return;
      }
    }
    if (output.format() == FormatOptions.Format.TABLE) {
      ctx.out().print(t.toText());
      if (svg != null) {
        ctx.out().println("SVG written to " + svg);
      }
      return;
    }
    output.print(ctx, threads(t), Integer.MAX_VALUE, g -> Json.timeline(g, t));
  }

  /** One row per thread, for CSV. */
  static TextTable threads(Timeline t) {
    TextTable table = new TextTable("Research threads of " + t.author().displayName(),
        List.of("thread", "label", "start", "end", "papers", "collaborators"),
        new boolean[] {true, false, false, false, true, false});
    int i = 1;
    for (ResearchThread th : t.threads()) {
      table.row(i++, th.label(), th.start().map(Object::toString).orElse(""), th.end().map(Object::toString)
          .orElse(""), th.papers().size(), th.collaborators().stream().map(c -> c.coauthor().displayName())
          .collect(Collectors.joining("; ")));
    }
    return table;
  }
}
