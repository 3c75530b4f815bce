package org.citegraph.cli;

import org.citegraph.Corpus;
import org.citegraph.model.Author;
import org.citegraph.query.TopicClustering;
import org.citegraph.table.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code clusters}: topic clusters of the corpus or of one author's papers. */
@Command(name = "clusters", description = "Topic clusters of the corpus, or of one author's papers.")
final class ClustersCommand extends CliCommand {
  @Option(names = "--author", paramLabel = "NAME", description = "Cluster only this author's papers.")
  String author;

  @Mixin
  ClusterOptions clustering;

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
    Author a = author == null ? null : AuthorOption.resolve(corpus, author);
    TopicClustering result = new ProgressPrinter(ctx, input.quiet).phase("cluster",
        () -> clustering.cluster(corpus, a));
    output.print(ctx, result, rows, g -> Json.clusters(g, result, rows));
  }
}
