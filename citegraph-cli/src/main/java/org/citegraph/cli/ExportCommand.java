package org.citegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.citegraph.Corpus;
import org.citegraph.export.ExportFormat;
import org.citegraph.export.ExportGraph;
import org.citegraph.export.GraphExporter;
import org.citegraph.graph.Counting;
import org.citegraph.model.Author;
import org.citegraph.query.Collaborators;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: a graph in a file format for Gephi, VOSviewer, Cytoscape, Graphviz, networkx or d3. */
@Command(name = "export", description = "Write a graph for Gephi, VOSviewer, Cytoscape, Graphviz, networkx, d3 ...; "
    + "csv writes FILE-nodes.csv and FILE-edges.csv, vosviewer FILE-map.txt and FILE-network.txt.")
final class ExportCommand extends CliCommand {
  /** The graphs that can be exported. */
  enum GraphKind {
    /** Authors linked by shared papers. */
    COAUTHOR,
    /** Papers linked by references. */
    CITATION,
    /** Papers, topic clusters and categories. */
    TOPIC
  }

  /** Reads the file format names. */
  static final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      try {
        return ExportFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** The file format names, for completion and help. */
  static final class FormatNames extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatNames() {
      super(List.of("graphml", "gexf", "dot", "csv", "json", "vosviewer"));
    }
  }

  @Option(names = "--format", paramLabel = "FORMAT", required = true, converter = FormatConverter.class,
      completionCandidates = FormatNames.class, description = "The file format: graphml, gexf, dot, csv, json "
      + "(networkx node-link, d3) or vosviewer.")
  ExportFormat format;

  @Option(names = "--out", paramLabel = "FILE", required = true, description = "The output file ('-' for standard "
      + "output, one-file formats only); missing folders are created; a trailing .csv/.txt is dropped for two-file "
      + "formats.")
  String out;

  @Option(names = "--graph", paramLabel = "GRAPH", description = "coauthor, citation or topic (default: coauthor).")
  GraphKind graph = GraphKind.COAUTHOR;

  @Option(names = "--counting", paramLabel = "SCHEME", description = "Co-author edge weights: full, fractional or "
      + "paper (default: full).")
  Counting counting = Collaborators.DEFAULT_COUNTING;

  @Option(names = "--author", paramLabel = "NAME", description = "coauthor: only this author's ego network; topic: "
      + "only this author's papers.")
  String author;

  @Option(names = "--hops", paramLabel = "1|2", description = "With --author on the co-author graph: co-authors "
      + "(1) or also their co-authors (2); default: 1.")
  Integer hops;

  @Option(names = "--json", description = "Print the summary (graph, nodes, edges, files) as JSON.")
  boolean json;

  @Mixin
  ClusterOptions clustering;

  @Mixin
  InputOptions input;

  @Override
  void execute() {
    boolean toStdout = Outputs.isStdout(out);
    if (toStdout && format.isTwoFiles()) {
      throw new UsageException(format.name().toLowerCase(Locale.ROOT) + " writes two files; give --out a file name,"
          + " not '-'");
    }
    if (hops != null && (hops < 1 || hops > 2)) {
      throw new UsageException("--hops expects 1 or 2, got " + hops);
    }
    if (hops != null && (author == null || graph != GraphKind.COAUTHOR)) {
      throw new UsageException("--hops applies to --author on the co-author graph");
    }
    if (author != null && graph == GraphKind.CITATION) {
      throw new UsageException("--author applies to the coauthor and topic graphs, not the citation graph");
    }
    if (graph != GraphKind.TOPIC && (clustering.resolution != null || clustering.neighbors != null
        || clustering.seed != null)) {
      throw new UsageException("--resolution, --neighbors and --seed apply to --graph topic");
    }
    Path file = toStdout ? null : Outputs.prepare(out);
    Corpus corpus = input.load(ctx);
    Author a = author == null ? null : AuthorOption.resolve(corpus, author);
    ProgressPrinter progress = new ProgressPrinter(ctx, input.quiet);
    ExportGraph g = progress.phase("build " + graph.name().toLowerCase(Locale.ROOT) + " graph", () -> switch (graph) {
      case TOPIC -> ExportGraph.topics(corpus, clustering.cluster(corpus, a));
      case CITATION -> ExportGraph.citations(corpus);
      case COAUTHOR -> a == null ? ExportGraph.coauthor(corpus, counting)
          : ExportGraph.coauthor(corpus, counting).ego(a.id(), hops == null ? 1 : hops);
    });
    List<Path> files = progress.phase("write " + format.name().toLowerCase(Locale.ROOT), () -> {
      try {
        if (toStdout) {
          try (Writer w = Outputs.stdoutWriter(ctx)) {
            GraphExporter.write(g, format, w);
          }
          return List.<Path>of();
        }
        return GraphExporter.export(g, format, file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
      }
    });
    var summary = toStdout ? ctx.err() : ctx.out();
    if (json) {
      summary.print(Json.of(gen -> {
        gen.writeStartObject();
        gen.writeStringField("graph", graph.name().toLowerCase(Locale.ROOT));
        gen.writeStringField("format", format.name().toLowerCase(Locale.ROOT));
        gen.writeNumberField("nodes", g.nodes().size());
        gen.writeNumberField("edges", g.edges().size());
        gen.writeArrayFieldStart("files");
        for (Path f : files) {
          gen.writeString(f.toString());
        }
        gen.writeEndArray();
        gen.writeEndObject();
      }));
      return;
    }
    String what = switch (graph) {
      case TOPIC -> "topic graph" + (a == null ? "" : " of " + a.displayName() + "'s papers");
      case CITATION -> "citation graph";
      case COAUTHOR -> "co-authorship graph (" + counting.name().toLowerCase(Locale.ROOT) + " counting"
          + (a == null ? "" : "; " + a.displayName() + " and " + (hops != null && hops == 2
              ? "co-authors of co-authors" : "co-authors")) + ")";
    };
    summary.println("Exported the " + what + ": " + g.nodes().size() + " nodes, " + g.edges().size() + " edges, as "
        + format.name().toLowerCase(Locale.ROOT) + (toStdout ? " to standard output" : ""));
    if (files.size() == 1) {
      summary.println("  " + files.get(0));
    } else if (files.size() > 1) {
      String[] roles = format == ExportFormat.CSV ? new String[] {"nodes", "edges"} : new String[] {"map", "network"};
      for (int i = 0; i < files.size(); i++) {
        summary.println("  " + files.get(i) + "  (" + roles[i] + ")");
      }
    }
  }
}
