package org.citegraph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citegraph.Corpus;
import org.citegraph.resolve.ResolutionReport;
import org.citegraph.table.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stats}: counts of records, papers, authors, edges, merges and problems. */
@Command(name = "stats", description = "Counts of records, papers, authors, co-author edges, merged and rejected "
    + "records.")
final class StatsCommand extends CliCommand {
  @Mixin
  InputOptions input;

  @Mixin
  FormatOptions output;

  @Override
  void execute() {
    output.format();
    Map<String, Number> m = statistics(input.load(ctx));
    output.print(ctx, table(m), Integer.MAX_VALUE, g -> {
      g.writeStartObject();
      for (Map.Entry<String, Number> e : m.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue().longValue());
      }
      g.writeEndObject();
    });
  }

  /** The figures printed by {@code stats}, in order. */
  static Map<String, Number> statistics(Corpus corpus) {
    ResolutionReport r = corpus.report();
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("records", r.recordsRead());
    m.put("papers", corpus.papers().size());
    m.put("authors", corpus.authors().size());
    m.put("coauthorEdges", corpus.coauthorGraph().edgeCount());
    m.put("mergedRecords", r.mergedRecords());
    m.put("rejectedRecords", r.rejectedRecords());
    m.put("repairedValues", r.issues().size() - r.rejectedRecords());
    m.put("mergedNameVariants", r.authorMerges().size());
    m.put("namesKeptApart", r.keptApart().size());
    m.put("hyperAuthoredPapers", corpus.coauthorGraph().hyperAuthoredPapers().size());
    m.put("citationEdges", corpus.citationGraph().edgeCount());
    m.put("unresolvedReferences", corpus.citationGraph().unresolvedCount());
    return m;
  }

  /** The figures as a two-column table. */
  static TextTable table(Map<String, Number> m) {
    TextTable t = new TextTable("Corpus statistics", List.of("measure", "value"), new boolean[] {false, true});
    m.forEach(t::row);
    return t;
  }
}
