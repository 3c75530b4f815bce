package org.citegraph.cli;

import org.citegraph.Corpus;
import org.citegraph.query.CollaboratorSuggestions;
import org.citegraph.query.CommonNeighbor;
import org.citegraph.query.Suggestion;
import org.citegraph.query.SuggestionRanking;
import org.citegraph.table.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code suggest}: new collaborators for an author, with who links them. */
@Command(name = "suggest", description = "Suggested new collaborators (co-authors of co-authors), with who links "
    + "them.")
final class SuggestCommand extends CliCommand {
  /** Reads the index names users write. */
  static final class IndexConverter implements ITypeConverter<CollaboratorSuggestions.Index> {
    @Override
    public CollaboratorSuggestions.Index convert(String value) {
      try {
        return CollaboratorSuggestions.Index.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  @Option(names = "--author", paramLabel = "NAME", required = true, description = "The author.")
  String author;

  @Option(names = "--index", paramLabel = "INDEX", converter = IndexConverter.class,
      completionCandidates = IndexNames.class,
      description = "Link-prediction index: adamic-adar or resource-allocation (default: adamic-adar).")
  CollaboratorSuggestions.Index index = CollaboratorSuggestions.DEFAULT_INDEX;

  /** The index names, for completion. */
  static final class IndexNames extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    IndexNames() {
      super(java.util.List.of("adamic-adar", "resource-allocation"));
    }
  }

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
    SuggestionRanking s = CollaboratorSuggestions.of(corpus).index(index).suggest(AuthorOption.resolve(corpus, author));
    output.print(ctx, s, rows, g -> {
      g.writeStartArray();
      for (Suggestion r : s.top(rows)) {
        g.writeStartObject();
        g.writeNumberField("rank", r.rank());
        g.writeStringField("name", r.candidate().displayName());
        g.writeStringField("id", r.candidate().id());
        g.writeNumberField("score", r.score());
        g.writeArrayFieldStart("via");
        for (CommonNeighbor c : r.via()) {
          g.writeStartObject();
          g.writeStringField("name", c.author().displayName());
          g.writeStringField("id", c.author().id());
          g.writeNumberField("coauthors", c.degree());
          g.writeNumberField("papersWithAuthor", c.papersWithAuthor());
          g.writeNumberField("papersWithCandidate", c.papersWithCandidate());
          g.writeNumberField("contribution", c.contribution());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }
}
