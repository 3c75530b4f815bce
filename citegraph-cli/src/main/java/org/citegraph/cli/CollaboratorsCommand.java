package org.citegraph.cli;

import org.citegraph.Corpus;
import org.citegraph.query.CollaboratorRanking;
import org.citegraph.table.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code collaborators}: an author's collaborators, best first. */
@Command(name = "collaborators", description = "Ranked collaborators of an author.")
final class CollaboratorsCommand extends CliCommand {
  @Option(names = "--author", paramLabel = "NAME", required = true, description = "The author: any written form of "
      + "the name, initials, the family name alone when it is unique, or the id.")
  String author;

  @Mixin
  RankingOptions ranking;

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
    CollaboratorRanking r = ranking.rank(corpus, AuthorOption.resolve(corpus, author));
    output.print(ctx, r, rows, g -> Json.ranking(g, r, rows));
  }
}
