package org.citegraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Snapshot;
import org.citegraph.graph.CitationGraph;
import org.citegraph.export.ExportFormat;
import org.citegraph.export.ExportGraph;
import org.citegraph.export.GraphExporter;
import org.citegraph.graph.Counting;
import org.citegraph.table.TextTable;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.S2andClusters;
import org.citegraph.io.S2andSignature;
import org.citegraph.io.S2andSignaturesReader;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PubDate;
import org.citegraph.query.AuthorRanking;
import org.citegraph.query.CitationRanking;
import org.citegraph.query.Citations;
import org.citegraph.query.CitedPaper;
import org.citegraph.query.CentralityRanking;
import org.citegraph.query.Collaborator;
import org.citegraph.query.CollaboratorRanking;
import org.citegraph.query.CollaboratorSuggestions;
import org.citegraph.query.Collaborators;
import org.citegraph.query.TopicCluster;
import org.citegraph.query.TopicClustering;
import org.citegraph.query.TopicClusters;
import org.citegraph.query.CommonNeighbor;
import org.citegraph.query.RankedAuthor;
import org.citegraph.query.Suggestion;
import org.citegraph.query.SuggestionList;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.ThreadEvent;
import org.citegraph.query.Timeline;
import org.citegraph.resolve.Decisions;
import org.citegraph.resolve.eval.ResolutionEvaluation;
import org.citegraph.resolve.ResolutionReport;

/**
 * The command line: {@code java -jar citegraph-cli.jar COMMAND [OPTIONS] [FILES...]}. With no files, commands use
 * the bundled sample corpus. Run with {@code help} for the list of commands and options.
 */
public final class Main {
  private static final String USAGE = """
      usage: java -jar citegraph-cli.jar COMMAND [OPTIONS] [FILES...]

      Commands (with no FILES, the bundled sample corpus is used):
        stats                       counts of records, papers, authors, co-author edges, merged and rejected records
        authors                     resolved authors with their name variants and papers
        collaborators --author NAME ranked collaborators of an author
        resolution                  the full resolution report: merges, names kept apart, input problems
        citations                   most cited papers in the corpus's citation graph (--measure count|pagerank,
                                    --category CODE; --author NAME adds the author's citations and h-index)
        clusters [--author NAME]    topic clusters of the corpus (or of one author's papers)
                                    [--resolution R] [--neighbours K] [--seed S]
        report --author NAME        the main job: statistics, collaborators, topic clusters and the author's
                                    research-thread timeline in one page
        suggest --author NAME       suggested new collaborators (co-authors of co-authors), with who links them
        central                     authors ranked by centrality in the co-authorship graph
        timeline --author NAME      an author's research threads over time (--svg FILE also writes an SVG)
        export --format F --out FILE   write a graph for Gephi, VOSviewer, Cytoscape, Graphviz, d3 ...
                                    [--graph coauthor|citation|topic] [--counting ...] (topic: [--author NAME]
                                    [--resolution R] [--neighbours K] [--seed S]); csv writes FILE-nodes.csv
                                    and FILE-edges.csv, vosviewer FILE-map.txt and FILE-network.txt
        evaluate-resolution --signatures FILE --clusters FILE
                                    author resolution measured against S2AND ground truth (signatures.json,
                                    clusters.json): pairwise and B-cubed precision/recall/F1 beside the baselines
                                    "one cluster per block" and "every signature alone", and the worst blocks
        snapshot save --out FILE    build the corpus from FILES and save it as a binary snapshot; every command
                                    accepts a snapshot as its single FILE and loads it in seconds
        help                        this text

      Options:
        --json                      print JSON instead of tables
        --author NAME               an author's name (any variant) or id
        --top N                     at most N rows (default: all for JSON, 20 for tables)
        --counting full|fractional|paper   how shared papers count (default full)
        --half-life YEARS           recency weighting: a paper YEARS old counts half
        --as-of DATE                the date recency is measured from (yyyy, yyyy-MM or yyyy-MM-dd; default today)
        --measure degree|coauthors|pagerank|betweenness   centrality measure for central (default degree)
        --category CODE             central: only papers listed under this category (e.g. cs.LG or LG)
        --index adamic-adar|resource-allocation   link-prediction index for suggest (default adamic-adar)
        --graph coauthor|citation|topic   export: the co-authorship graph (default), the citation graph, or the
                                    paper-topic-category graph
        --format graphml|gexf|dot|csv|json|vosviewer   export: the file format
        --out FILE                  export: the output file (a trailing .csv/.txt is dropped for two-file formats)
        --hyper-authorship N        papers with more than N authors add no co-authorship links (default 100)
        --strict                    stop at the first malformed record instead of reporting it
        --decisions FILE            must-link / cannot-link name decisions (tab-separated)
        --svg FILE                  timeline: also write the timeline as an SVG document to FILE
        --signatures FILE           evaluate-resolution: an S2AND signatures.json (a papers.json beside it is used)
        --clusters FILE             evaluate-resolution: the S2AND clusters.json with the true persons
      """;

  private final PrintStream out;
  private final PrintStream err;

  Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the command line and exits with 0 on success, 1 on bad input, 2 on bad usage. */
  public static void main(String[] args) {
    System.exit(new Main(System.out, System.err).run(args));
  }

  /** Runs one command and returns the exit code (0 success, 1 bad input, 2 bad usage). */
  public int run(String... args) {
    Options o;
    try {
      if (args.length > 0 && args[0].equals("snapshot")) {
        if (args.length < 2 || !args[1].equals("save")) {
          throw new IllegalArgumentException("usage: snapshot save --out FILE [FILES...]");
        }
        String[] rest = new String[args.length - 1];
        rest[0] = "snapshot";
        System.arraycopy(args, 2, rest, 1, args.length - 2);
        args = rest;
      }
      o = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("citegraph: " + e.getMessage());
      err.println("Run 'java -jar citegraph-cli.jar help' for usage.");
      return 2;
    }
    if (o.command.equals("help")) {
      out.print(USAGE);
      return 0;
    }
    try {
      if (o.command.equals("export")) {
        checkExportOptions(o);
      }
      if (o.command.equals("evaluate-resolution")) {
        evaluateResolution(o);
        out.flush();
        return 0;
      }
      if (o.command.equals("snapshot") && o.outFile == null) {
        throw new IllegalArgumentException("snapshot save needs --out FILE");
      }
      Corpus corpus = load(o);
      switch (o.command) {
        case "snapshot" -> saveSnapshot(corpus, o);
        case "stats" -> stats(corpus, o);
        case "authors" -> authors(corpus, o);
        case "collaborators" -> collaborators(corpus, o);
        case "resolution" -> out.print(corpus.report());
        case "report" -> report(corpus, o);
        case "clusters" -> clusters(corpus, o);
        case "citations" -> citations(corpus, o);
        case "suggest" -> suggest(corpus, o);
        case "central" -> central(corpus, o);
        case "timeline" -> timeline(corpus, o);
        case "export" -> export(corpus, o);
        default -> throw new IllegalArgumentException("unknown command '" + o.command + "'");
      }
      out.flush();
      return 0;
    } catch (MalformedRecordException e) {
      err.println("citegraph: malformed input: " + e.getMessage());
      return 1;
    } catch (UncheckedIOException e) {
      err.println("citegraph: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("citegraph: " + e.getMessage());
      return 2;
    }
  }

  private void saveSnapshot(Corpus corpus, Options o) {
    Path file = Path.of(o.outFile);
    long start = System.nanoTime();
    try {
      Snapshot.save(corpus, file);
      out.printf(java.util.Locale.ROOT, "Saved %s to %s (%,d bytes) in %.1f s%n", corpus, o.outFile, Files.size(file),
          (System.nanoTime() - start) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + o.outFile + ": " + e.getMessage(), e);
    }
  }

  private static Corpus load(Options o) {
    List<Path> snapshots = new ArrayList<>();
    for (String f : o.files) {
      if (Snapshot.isSnapshot(Path.of(f))) {
        snapshots.add(Path.of(f));
      }
    }
    if (!snapshots.isEmpty()) {
      if (o.files.size() > 1) {
        throw new IllegalArgumentException("a snapshot must be the only input, got " + o.files);
      }
      if (o.strict || o.decisions != null || o.hyperAuthorship != null) {
        throw new IllegalArgumentException("--strict, --decisions and --hyper-authorship apply when building a"
            + " corpus; " + snapshots.get(0) + " is a snapshot of one already built");
      }
      return CiteGraph.loadSnapshot(snapshots.get(0));
    }
    CiteGraph.Builder b = CiteGraph.builder();
    if (o.files.isEmpty()) {
      b.addSamples();
    }
    for (String f : o.files) {
      Path p = Path.of(f);
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("no such file: " + f);
      }
      b.add(p);
    }
    if (o.strict) {
      b.strict();
    }
    if (o.hyperAuthorship != null) {
      b.hyperAuthorshipThreshold(o.hyperAuthorship);
    }
    if (o.decisions != null) {
      try {
        b.decisions(Decisions.read(Path.of(o.decisions)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read decisions file " + o.decisions + ": " + e.getMessage(), e);
      }
    }
    return b.build();
  }

  private void evaluateResolution(Options o) {
    if (o.signatures == null || o.clusters == null) {
      throw new IllegalArgumentException("evaluate-resolution needs --signatures FILE and --clusters FILE");
    }
    if (!o.files.isEmpty()) {
      throw new IllegalArgumentException("evaluate-resolution reads only --signatures and --clusters, not "
          + o.files);
    }
    Path sigFile = Path.of(o.signatures);
    Path clusterFile = Path.of(o.clusters);
    for (Path p : List.of(sigFile, clusterFile)) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("no such file: " + p);
      }
    }
    Map<String, String> truth;
    Map<String, S2andSignature> signatures;
    try {
      truth = S2andClusters.read(clusterFile);
      signatures = S2andSignaturesReader.signatures(sigFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read S2AND files: " + e.getMessage(), e);
    }
    CiteGraph.Builder b = CiteGraph.builder().add(sigFile);
    if (o.strict) {
      b.strict();
    }
    if (o.decisions != null) {
      try {
        b.decisions(Decisions.read(Path.of(o.decisions)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read decisions file " + o.decisions + ": " + e.getMessage(), e);
      }
    }
    Corpus corpus = b.build();
    Map<String, String> blocks = ResolutionEvaluation.blocksOf(truth, signatures);
    ResolutionEvaluation ours = ResolutionEvaluation.against(corpus, truth, signatures);
    List<ResolutionEvaluation> all = List.of(ours, ResolutionEvaluation.oneClusterPerBlock(truth, blocks),
        ResolutionEvaluation.singletons(truth, blocks));
    int top = o.topOr(10);
    if (o.json) {
      json(g -> {
        g.writeStartObject();
        g.writeArrayFieldStart("evaluations");
        for (ResolutionEvaluation e : all) {
          g.writeStartObject();
          g.writeStringField("name", e.name());
          g.writeNumberField("signatures", e.signatures());
          g.writeNumberField("blocks", e.blocks());
          g.writeNumberField("truePersons", e.truePersons());
          g.writeNumberField("predictedClusters", e.predictedAuthors());
          g.writeNumberField("unmatched", e.unmatched());
          writeScores(g, "pairwise", e.pairwise());
          writeScores(g, "b3", e.b3());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("worstBlocks");
        for (ResolutionEvaluation.BlockScore s : ours.worstBlocks(top)) {
          g.writeStartObject();
          g.writeStringField("block", s.block());
          g.writeNumberField("signatures", s.signatures());
          g.writeNumberField("truePersons", s.truePersons());
          g.writeNumberField("predictedClusters", s.predictedAuthors());
          writeScores(g, "pairwise", s.pairwise());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      });
      return;
    }
    out.print(ResolutionEvaluation.table(all));
    if (ours.unmatched() > 0) {
      out.println(ours.unmatched() + " signatures not found in the corpus (each counted as its own cluster)");
    }
    out.println();
    out.print(ours.worstBlocksTable(top));
  }

  private static void writeScores(JsonGenerator g, String field, ResolutionEvaluation.Scores s) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeNumberField("precision", s.precision());
    g.writeNumberField("recall", s.recall());
    g.writeNumberField("f1", s.f1());
    g.writeEndObject();
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

  private void stats(Corpus corpus, Options o) {
    Map<String, Number> m = statistics(corpus);
    if (o.json) {
      json(g -> {
        g.writeStartObject();
        for (Map.Entry<String, Number> e : m.entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue().longValue());
        }
        g.writeEndObject();
      });
      return;
    }
    TextTable t = new TextTable("Corpus statistics", List.of("measure", "value"), new boolean[] {false, true});
    m.forEach(t::row);
    out.print(t.render(Integer.MAX_VALUE));
  }

  private void authors(Corpus corpus, Options o) {
    List<Author> authors = new ArrayList<>(corpus.authors());
    authors.sort((x, y) -> {
      int c = Integer.compare(corpus.paperCount(y), corpus.paperCount(x));
      return c != 0 ? c : x.id().compareTo(y.id());
    });
    if (o.json) {
      json(g -> {
        g.writeStartArray();
        for (Author a : authors.subList(0, Math.min(o.top, authors.size()))) {
          g.writeStartObject();
          g.writeStringField("id", a.id());
          g.writeStringField("name", a.displayName());
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
      return;
    }
    TextTable t = new TextTable("Authors (" + authors.size() + "), most papers first",
        List.of("author", "papers", "variants"), new boolean[] {false, true, false});
    for (Author a : authors) {
      t.row(a.displayName(), corpus.paperCount(a),
          String.join(" | ", a.variants().stream().map(v -> v.displayName()).toList()));
    }
    out.print(t.render(o.topOr(TextTable.DEFAULT_MAX_ROWS)));
  }

  private CollaboratorRanking ranking(Corpus corpus, Options o) {
    if (o.author == null) {
      throw new IllegalArgumentException("this command needs --author NAME");
    }
    Collaborators c = Collaborators.of(corpus).counting(o.counting);
    if (o.halfLife != null) {
      c = c.recency(o.halfLife, o.asOf != null ? o.asOf : PubDate.of(java.time.LocalDate.now()));
    }
    return c.rank(corpus.author(o.author));
  }

  private void collaborators(Corpus corpus, Options o) {
    CollaboratorRanking r = ranking(corpus, o);
    if (o.json) {
      json(g -> writeRanking(g, r, o.top));
      return;
    }
    out.print(r.toTable(o.topOr(TextTable.DEFAULT_MAX_ROWS)));
  }

  private static void writeRanking(JsonGenerator g, CollaboratorRanking r, int top) throws IOException {
    g.writeStartArray();
    for (Collaborator c : r.rows().subList(0, Math.min(top, r.rows().size()))) {
      g.writeStartObject();
      g.writeNumberField("rank", c.rank());
      g.writeStringField("name", c.coauthor().displayName());
      g.writeStringField("id", c.coauthor().id());
      g.writeNumberField("papers", c.sharedPapers());
      g.writeNumberField("score", c.score());
      g.writeStringField("first", c.first().map(Object::toString).orElse(null));
      g.writeStringField("last", c.last().map(Object::toString).orElse(null));
      g.writeObjectFieldStart("categories");
      for (Map.Entry<String, Double> e : c.categoryShares().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("sharedPapers");
      for (Paper p : c.papers()) {
        g.writeStartObject();
        g.writeStringField("id", p.id().toString());
        g.writeStringField("title", p.title());
        g.writeStringField("date", p.date().map(Object::toString).orElse(null));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void report(Corpus corpus, Options o) {
    if (o.author == null) {
      throw new IllegalArgumentException("report needs --author NAME");
    }
    Author a = corpus.author(o.author);
    if (o.json) {
      CollaboratorRanking ranking = ranking(corpus, o);
      TopicClustering topics = clustering(corpus, o);
      Timeline timeline = ResearchThreads.of(corpus).timeline(a);
      json(g -> {
        g.writeStartObject();
        g.writeStringField("author", a.displayName());
        g.writeStringField("id", a.id());
        g.writeArrayFieldStart("variants");
        for (var v : a.variants()) {
          g.writeString(v.displayName());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("statistics");
        for (Map.Entry<String, Number> e : statistics(corpus).entrySet()) {
          g.writeNumberField(e.getKey(), e.getValue().longValue());
        }
        g.writeEndObject();
        g.writeFieldName("collaborators");
        writeRanking(g, ranking, o.topOr(10));
        g.writeFieldName("clusters");
        writeClusters(g, topics, Integer.MAX_VALUE);
        g.writeFieldName("timeline");
        writeTimeline(g, timeline);
        g.writeEndObject();
      });
      return;
    }
    out.println("citegraph report for " + a.displayName() + " (" + a.id() + ")");
    out.println("Name variants: " + String.join(" | ", a.variants().stream().map(v -> v.displayName()).toList()));
    out.println(corpus.paperCount(a) + " papers in a corpus of " + corpus);
    out.println();
    TextTable stats = new TextTable("Corpus statistics", List.of("measure", "value"), new boolean[] {false, true});
    statistics(corpus).forEach(stats::row);
    out.print(stats.render(Integer.MAX_VALUE));
    out.println();
    out.print(ranking(corpus, o).toTable(o.topOr(10)));
    out.println();
    out.print(clustering(corpus, o).toTable(TextTable.DEFAULT_MAX_ROWS));
    out.println();
    out.print(ResearchThreads.of(corpus).timeline(a));
    out.println();
    TextTable papers = new TextTable("Papers of " + a.displayName(), List.of("date", "category", "title"),
        new boolean[] {false, false, false});
    for (Paper p : corpus.papersOf(a)) {
      papers.row(p.date().map(Object::toString).orElse("-"),
          p.primaryCategory().map(Object::toString).orElse("-"), p.title());
    }
    out.print(papers.render(50));
  }

  private TopicClustering clustering(Corpus corpus, Options o) {
    TopicClusters tc = TopicClusters.of(corpus);
    if (o.resolution != null) {
      tc = tc.resolution(o.resolution);
    }
    if (o.neighbours != null) {
      tc = tc.neighbours(o.neighbours);
    }
    if (o.seed != null) {
      tc = tc.seed(o.seed);
    }
    return o.author == null || o.command.equals("report") ? tc.cluster()
        : tc.clusterPapersOf(corpus.author(o.author));
  }

  private static void checkExportOptions(Options o) {
    if (o.format == null) {
      throw new IllegalArgumentException("export needs --format graphml|gexf|dot|csv|json|vosviewer");
    }
    if (o.outFile == null) {
      throw new IllegalArgumentException("export needs --out FILE");
    }
  }

  private void export(Corpus corpus, Options o) {
    ExportGraph graph = switch (o.graph) {
      case "topic" -> ExportGraph.topics(corpus, clustering(corpus, o));
      case "citation" -> ExportGraph.citations(corpus);
      case "coauthor" -> ExportGraph.coauthor(corpus, o.counting);
      default -> throw new IllegalArgumentException("--graph expects coauthor, citation or topic, got '" + o.graph
          + "'");
    };
    List<Path> files;
    try {
      files = GraphExporter.export(graph, o.format, Path.of(o.outFile));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + o.outFile + ": " + e.getMessage(), e);
    }
    int nodes = graph.nodes().size();
    int edges = graph.edges().size();
    if (o.json) {
      json(g -> {
        g.writeStartObject();
        g.writeStringField("graph", o.graph);
        g.writeStringField("format", o.format.name().toLowerCase(Locale.ROOT));
        g.writeNumberField("nodes", nodes);
        g.writeNumberField("edges", edges);
        g.writeArrayFieldStart("files");
        for (Path f : files) {
          g.writeString(f.toString());
        }
        g.writeEndArray();
        g.writeEndObject();
      });
      return;
    }
    String what = o.graph.equals("topic") ? "topic graph" : o.graph.equals("citation") ? "citation graph"
        : "co-authorship graph (" + o.counting.name().toLowerCase(Locale.ROOT) + " counting)";
    out.println("Exported the " + what + ": " + nodes + " nodes, " + edges + " edges, as "
        + o.format.name().toLowerCase(Locale.ROOT));
    if (files.size() == 1) {
      out.println("  " + files.get(0));
    } else {
      String[] roles = o.format == ExportFormat.CSV ? new String[] {"nodes", "edges"}
          : new String[] {"map", "network"};
      for (int i = 0; i < files.size(); i++) {
        out.println("  " + files.get(i) + "  (" + roles[i] + ")");
      }
    }
  }

  private void clusters(Corpus corpus, Options o) {
    TopicClustering result = clustering(corpus, o);
    if (!o.json) {
      out.print(result.toTable(o.topOr(TextTable.DEFAULT_MAX_ROWS)));
      return;
    }
    json(g -> writeClusters(g, result, o.top));
  }

  private static void writeClusters(JsonGenerator g, TopicClustering result, int top) throws IOException {
    g.writeStartArray();
    for (TopicCluster c : result.clusters().subList(0, Math.min(top, result.clusters().size()))) {
      g.writeStartObject();
      g.writeNumberField("id", c.id());
      g.writeStringField("label", c.label());
      g.writeNumberField("size", c.size());
      g.writeStringField("years", c.years());
      g.writeArrayFieldStart("papers");
      for (Paper p : c.papers()) {
        g.writeString(p.title());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("paperIds");
      for (Paper p : c.papers()) {
        g.writeString(p.id().toString());
      }
      g.writeEndArray();
      g.writeObjectFieldStart("categories");
      for (Map.Entry<String, Integer> e : c.categories().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("terms");
      for (Map.Entry<String, Double> e : c.terms().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeObjectFieldStart("topAuthors");
      for (Map.Entry<String, Integer> e : c.topAuthors().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeNumberField("modularity", result.modularity());
      g.writeEndObject();
    }
    g.writeEndArray();
  }


  private void suggest(Corpus corpus, Options o) {
    if (o.author == null) {
      throw new IllegalArgumentException("suggest needs --author NAME");
    }
    SuggestionList s = CollaboratorSuggestions.of(corpus).index(o.index).suggest(corpus.author(o.author));
    if (o.json) {
      json(g -> {
        g.writeStartArray();
        for (Suggestion r : s.top(o.top)) {
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
      return;
    }
    out.print(s.toTable(o.topOr(TextTable.DEFAULT_MAX_ROWS)));
  }

  private void central(Corpus corpus, Options o) {
    CentralityRanking c = CentralityRanking.of(corpus).measure(o.measureName == null ? CentralityRanking.DEFAULT_MEASURE
        : CentralityRanking.Measure.parse(o.measureName)).counting(o.counting);
    if (o.category != null) {
      Category category = Category.of(o.category);
      if (corpus.papersIn(category).isEmpty()) {
        throw new IllegalArgumentException("no paper of this corpus is listed under category " + category.code()
            + "; categories present: " + corpus.papers().stream().flatMap(p -> p.categories().stream())
            .map(Category::code).distinct().sorted().toList());
      }
      c = c.inCategory(o.category);
    }
    AuthorRanking r = c.rank();
    if (o.json) {
      json(g -> {
        g.writeStartArray();
        for (RankedAuthor a : r.top(o.top)) {
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
      return;
    }
    out.print(r.toTable(o.topOr(TextTable.DEFAULT_MAX_ROWS)));
  }

  private void timeline(Corpus corpus, Options o) {
    if (o.author == null) {
      throw new IllegalArgumentException("timeline needs --author NAME");
    }
    Timeline t = ResearchThreads.of(corpus).timeline(corpus.author(o.author));
    if (o.svg != null) {
      try {
        Files.writeString(Path.of(o.svg), org.citegraph.render.TimelineSvg.render(t), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + o.svg + ": " + e.getMessage(), e);
      }
    }
    if (o.json) {
      json(g -> writeTimeline(g, t));
      return;
    }
    out.print(t.toText());
    if (o.svg != null) {
      out.println("SVG written to " + o.svg);
    }
  }

  private static void writeTimeline(JsonGenerator g, Timeline t) throws IOException {
    g.writeStartObject();
    g.writeStringField("author", t.author().displayName());
    g.writeStringField("authorId", t.author().id());
    g.writeArrayFieldStart("threads");
    for (ResearchThread th : t.threads()) {
      g.writeStartObject();
      g.writeStringField("label", th.label());
      g.writeStringField("start", th.start().map(Object::toString).orElse(null));
      g.writeStringField("end", th.end().map(Object::toString).orElse(null));
      g.writeArrayFieldStart("papers");
      for (Paper p : th.papers()) {
        g.writeStartObject();
        g.writeStringField("id", p.id().toString());
        g.writeStringField("title", p.title());
        g.writeStringField("date", p.date().map(Object::toString).orElse(null));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("collaborators");
      for (ResearchThread.CoauthorCount c : th.collaborators()) {
        g.writeStartObject();
        g.writeStringField("name", c.coauthor().displayName());
        g.writeStringField("id", c.coauthor().id());
        g.writeNumberField("papers", c.papers());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("categories");
      for (Map.Entry<String, Integer> e : th.categories().entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("events");
      for (ThreadEvent e : th.events()) {
        g.writeStartObject();
        g.writeStringField("kind", e.kind().name());
        g.writeStringField("date", e.date().map(Object::toString).orElse(null));
        g.writeStringField("title", e.paper().title());
        if (e.related().isPresent()) {
          g.writeStringField("from", e.related().get().title());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void citations(Corpus corpus, Options o) {
    Citations c = Citations.of(corpus);
    int top = o.topOr(TextTable.DEFAULT_MAX_ROWS);
    boolean pagerank = "pagerank".equalsIgnoreCase(o.measureName);
    if (o.measureName != null && !pagerank && !"count".equalsIgnoreCase(o.measureName)) {
      throw new IllegalArgumentException("citations --measure expects count or pagerank, got '" + o.measureName + "'");
    }
    CitationRanking ranking = o.category != null ? c.mostCitedIn(o.category, top)
        : pagerank ? c.byPageRank(top) : c.mostCited(top);
    CitationGraph g = c.graph();
    Author author = o.author == null ? null : corpus.author(o.author);
    if (o.json) {
      json(gen -> {
        gen.writeStartObject();
        gen.writeNumberField("papers", g.papers().size());
        gen.writeNumberField("citationEdges", g.edgeCount());
        gen.writeNumberField("unresolvedReferences", g.unresolvedCount());
        gen.writeNumberField("selfCitations", g.selfCitationCount());
        gen.writeNumberField("forwardInTime", g.citationsForwardInTime().size());
        gen.writeNumberField("unresolvedForwardInTime", g.unresolvedForwardReferences());
        if (author != null) {
          gen.writeStringField("author", author.displayName());
          gen.writeNumberField("authorCitations", c.citationsOf(author));
          gen.writeNumberField("hIndex", c.hIndex(author));
        }
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
      return;
    }
    out.println(g + "; " + g.selfCitationCount() + " self-citations; " + g.citationsForwardInTime().size()
        + " citations of newer corpus papers; " + g.unresolvedForwardReferences()
        + " unresolved references to newer arXiv ids");
    if (author != null) {
      out.println(author.displayName() + ": " + c.citationsOf(author) + " in-corpus citations, h-index "
          + c.hIndex(author));
    }
    out.println();
    out.print(ranking.toTable(top));
  }

  private interface JsonBody {
    void write(JsonGenerator g) throws IOException;
  }

  private void json(JsonBody body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(w);
  }

  /** Parsed command-line options. */
  static final class Options {
    String command;
    boolean json;
    boolean strict;
    String author;
    String decisions;
    String svg;
    int top = Integer.MAX_VALUE;
    boolean topGiven;
    Counting counting = Collaborators.DEFAULT_COUNTING;
    Double halfLife;
    String measureName;
    String category;
    CollaboratorSuggestions.Index index = CollaboratorSuggestions.DEFAULT_INDEX;
    PubDate asOf;
    Double resolution;
    Integer hyperAuthorship;
    Integer neighbours;
    Long seed;
    String graph = "coauthor";
    ExportFormat format;
    String outFile;
    String signatures;
    String clusters;
    final List<String> files = new ArrayList<>();

    int topOr(int fallback) {
      return topGiven ? top : fallback;
    }

    static Options parse(String[] args) {
      Options o = new Options();
      if (args.length == 0) {
        o.command = "help";
        return o;
      }
      o.command = args[0];
      for (int i = 1; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--json" -> o.json = true;
          case "--strict" -> o.strict = true;
          case "--author" -> o.author = value(args, ++i, a);
          case "--decisions" -> o.decisions = value(args, ++i, a);
          case "--svg" -> o.svg = value(args, ++i, a);
          case "--top" -> {
            String v = value(args, ++i, a);
            try {
              o.top = Integer.parseInt(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--top expects a whole number, got '" + v + "'");
            }
            if (o.top < 1) {
              throw new IllegalArgumentException("--top expects a number of at least 1, got " + v);
            }
            o.topGiven = true;
          }
          case "--counting" -> {
            String v = value(args, ++i, a);
            try {
              o.counting = Counting.valueOf(v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
              throw new IllegalArgumentException("--counting expects full, fractional or paper, got '" + v + "'");
            }
          }
          case "--half-life" -> {
            String v = value(args, ++i, a);
            try {
              o.halfLife = Double.parseDouble(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--half-life expects a number of years, got '" + v + "'");
            }
          }
          case "--as-of" -> o.asOf = PubDate.parse(value(args, ++i, a));
          case "--resolution" -> o.resolution = number(value(args, ++i, a), a);
          case "--hyper-authorship" -> o.hyperAuthorship = (int) number(value(args, ++i, a), a);
          case "--neighbours" -> o.neighbours = (int) Math.round(number(value(args, ++i, a), a));
          case "--seed" -> o.seed = (long) number(value(args, ++i, a), a);
          case "--measure" -> o.measureName = value(args, ++i, a);
          case "--category" -> o.category = value(args, ++i, a);
          case "--graph" -> o.graph = value(args, ++i, a).toLowerCase(Locale.ROOT);
          case "--format" -> o.format = ExportFormat.parse(value(args, ++i, a));
          case "--out" -> o.outFile = value(args, ++i, a);
          case "--signatures" -> o.signatures = value(args, ++i, a);
          case "--clusters" -> o.clusters = value(args, ++i, a);
          case "--index" -> o.index = CollaboratorSuggestions.Index.parse(value(args, ++i, a));
          default -> {
            if (a.startsWith("--")) {
              throw new IllegalArgumentException("unknown option '" + a + "'");
            }
            o.files.add(a);
          }
        }
      }
      return o;
    }

    private static double number(String v, String option) {
      try {
        return Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " expects a number, got '" + v + "'");
      }
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
