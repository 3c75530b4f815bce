package org.citegraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.Convergence;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordSink;
import org.citegraph.model.Author;
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.SourceRef;
import org.citegraph.resolve.AuthorMerge;
import org.citegraph.resolve.EvidenceStatistics;
import org.citegraph.resolve.KeptApart;
import org.citegraph.resolve.PaperDeduplicator;

/**
 * The citegraph build as Spark jobs: ingest through the core's readers, de-duplicate linked groups of records and
 * resolve name groups through {@link CoreAdapter}, then build the co-authorship and citation tables with Spark SQL.
 * Writes the Parquet tables {@value #PAPERS}, {@value #AUTHORSHIPS}, {@value #AUTHORS}, {@value #COAUTHOR_EDGES},
 * {@value #TOP_COLLABORATORS}, {@value #CITATIONS}, {@value #RESOLUTION}, {@value #ISSUES} and {@code stats.json}
 * (see {@code docs/spark.md}).
 *
 * <p>Shuffles: the link keys of every record (label propagation, a few rounds), the records once (grouped by linked
 * group), each paper once per name group (names only), the evidence values once per paper and the values each
 * group looks up (joined to their counts, see {@link #groupStatistics}), the authorships twice (paper sizes, pairs),
 * the edges once.
 */
public final class SparkPipeline {
  /** Table of papers. */
  public static final String PAPERS = "papers";
  /** Table of (paper, author) pairs with the first mention. */
  public static final String AUTHORSHIPS = "authorships";
  /** Table of resolved authors. */
  public static final String AUTHORS = "authors";
  /** Table of co-authorship edges. */
  public static final String COAUTHOR_EDGES = "coauthor_edges";
  /** Table of each author's top collaborators. */
  public static final String TOP_COLLABORATORS = "top_collaborators";
  /** Table of citation edges. */
  public static final String CITATIONS = "citations";
  /** Table of the resolution report (name merges and names kept apart). */
  public static final String RESOLUTION = "resolution";
  /** Table of rejected records and repaired values. */
  public static final String ISSUES = "issues";
  /** Collaborators kept per author in {@value #TOP_COLLABORATORS}. */
  public static final int DEFAULT_TOP_K = 10;
  /** Most rounds of label propagation when linking records; a longer chain is reported as an error. */
  public static final int MAX_LINK_ROUNDS = 64;

  private static final StructType INGESTED = new StructType()
      .add("kind", DataTypes.StringType).add("rid", DataTypes.StringType).add("record", DataTypes.BinaryType)
      .add("source", DataTypes.StringType).add("line", DataTypes.LongType).add("action", DataTypes.StringType)
      .add("message", DataTypes.StringType);
  private static final StructType EDGE = new StructType()
      .add("rid", DataTypes.StringType).add("key", DataTypes.StringType);
  private static final StructType DEDUPED = new StructType()
      .add("kind", DataTypes.StringType).add("id", DataTypes.StringType).add("record", DataTypes.BinaryType)
      .add("kept", DataTypes.BinaryType).add("variant", DataTypes.BinaryType)
      .add("ordinal", DataTypes.IntegerType);
  /** A group's slice of a paper (kind null), or one looked-up statistic of the group (paper null). */
  static final StructType SLICE = new StructType()
      .add("grp", DataTypes.StringType).add("paper", DataTypes.BinaryType)
      .add("idx", DataTypes.createArrayType(DataTypes.IntegerType)).add("placed", DataTypes.IntegerType)
      .add("kind", DataTypes.StringType).add("value", DataTypes.StringType).add("n", DataTypes.IntegerType)
      .add("cited", DataTypes.StringType);
  /** A value a group looks up: an evidence kind's name, {@value #REF} or {@value #SELF}. */
  private static final StructType NEED = new StructType()
      .add("grp", DataTypes.StringType).add("kind", DataTypes.StringType).add("value", DataTypes.StringType);
  private static final StructType VALUE = new StructType()
      .add("kind", DataTypes.StringType).add("value", DataTypes.StringType);
  private static final StructType OWNER = new StructType()
      .add("value", DataTypes.StringType).add("cited", DataTypes.StringType);
  /** Look-up kind of a referenced identifier: the paper it names and that paper's citation frequency. */
  private static final String REF = "REF";
  /** Look-up kind of a slice's own paper id: its citation frequency. */
  private static final String SELF = "SELF";
  private static final StructType VARIANT = new StructType()
      .add("grp", DataTypes.StringType).add("paper", DataTypes.StringType).add("kept", DataTypes.BinaryType)
      .add("variant", DataTypes.BinaryType).add("ordinal", DataTypes.IntegerType);
  private static final StructType RESOLVED = new StructType()
      .add("kind", DataTypes.StringType).add("a", DataTypes.StringType).add("b", DataTypes.StringType)
      .add("c", DataTypes.StringType).add("d", DataTypes.StringType).add("n", DataTypes.IntegerType)
      .add("m", DataTypes.IntegerType).add("bin", DataTypes.BinaryType)
      .add("list", DataTypes.createArrayType(DataTypes.StringType))
      .add("list2", DataTypes.createArrayType(DataTypes.StringType))
      .add("bins", DataTypes.createArrayType(DataTypes.BinaryType));
  private static final StructType PAPER_ROW = new StructType()
      .add("id", DataTypes.StringType).add("title", DataTypes.StringType).add("year", DataTypes.IntegerType)
      .add("date", DataTypes.StringType).add("primaryCategory", DataTypes.StringType)
      .add("categories", DataTypes.createArrayType(DataTypes.StringType))
      .add("identifiers", DataTypes.createArrayType(DataTypes.StringType))
      .add("references", DataTypes.createArrayType(DataTypes.StringType))
      .add("record", DataTypes.BinaryType);

  /**
   * Options of a build.
   *
   * @param partitions the number of partitions of the records, at least 1
   * @param hyperAuthorshipThreshold papers with more authors add no co-authorship edges; at least 2
   * @param topK how many collaborators each author's ranking keeps, at least 1
   */
  public record Options(int partitions, int hyperAuthorshipThreshold, int topK) {
    /**
     * Validates.
     *
     * @param partitions the number of partitions of the records, at least 1
     * @param hyperAuthorshipThreshold papers with more authors add no co-authorship edges; at least 2
     * @param topK how many collaborators each author's ranking keeps, at least 1
     * @throws IllegalArgumentException if a value is below its minimum
     */
    public Options {
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
      }
      if (hyperAuthorshipThreshold < 2) {
        throw new IllegalArgumentException("hyperAuthorshipThreshold must be at least 2, got "
            + hyperAuthorshipThreshold);
      }
      if (topK < 1) {
        throw new IllegalArgumentException("topK must be at least 1, got " + topK);
      }
    }

    /**
     * The defaults with the given number of partitions.
     *
     * @param partitions the number of partitions, at least 1
     * @return options with the default hyper-authorship threshold and ranking size
     */
    public static Options withPartitions(int partitions) {
      return new Options(partitions, CoauthorGraph.DEFAULT_HYPER_AUTHORSHIP_THRESHOLD, DEFAULT_TOP_K);
    }
  }

  /**
   * What a build produced: the figures of {@code stats --json} and the wall-clock time of each phase.
   *
   * @param stats the statistics, in the embedded command's order
   * @param phaseNanos phase name to nanoseconds, in order
   * @param phaseShuffleBytes phase name to the shuffle bytes its tasks wrote (as far as reported by the phase's end)
   * @param pageRank how the citation PageRank ended; empty when there were no citation edges
   */
  public record Result(Map<String, Long> stats, Map<String, Long> phaseNanos, Map<String, Long> phaseShuffleBytes,
      Optional<Convergence> pageRank) {}

  private final SparkSession spark;
  private final Options options;

  /**
   * A pipeline on a session.
   *
   * @param spark the session
   * @param options the options
   */
  public SparkPipeline(SparkSession spark, Options options) {
    this.spark = spark;
    this.options = options;
  }

  /**
   * The regular files of the inputs: a file as given, a folder's files (recursively, sorted by path; hidden files,
   * names starting with {@code _} and README files skipped).
   *
   * @param inputs files or folders
   * @return the files
   * @throws IllegalArgumentException if an input does not exist
   */
  public static List<String> expand(List<String> inputs) {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      Path p = Path.of(in);
      if (Files.isRegularFile(p)) {
        out.add(in);
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(f -> {
            String n = f.getFileName().toString();
            return !n.startsWith(".") && !n.startsWith("_") && !n.toLowerCase(java.util.Locale.ROOT)
                .startsWith("readme");
          }).map(Path::toString).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot list " + in + ": " + e.getMessage(), e);
        }
      } else {
        throw new IllegalArgumentException("no such file or folder: " + in);
      }
    }
    return out;
  }

  /**
   * Builds from files (any format the core detects; plain, .gz or .xz), each file read whole by one task.
   *
   * @param files input files or folders
   * @param out the output folder
   * @return the statistics and timings
   */
  public Result buildFromFiles(List<String> files, Path out) {
    List<String> expanded = expand(files);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, Math.min(expanded.size(), Math.max(options.partitions(), jsc.defaultParallelism())));
    JavaRDD<Row> rows = jsc.parallelize(expanded, slices).mapPartitions(SparkPipeline::readFiles);
    return build(spark.createDataFrame(rows, INGESTED), out);
  }

  /**
   * Builds from records made in code (for tests and embedding), as if read from files.
   *
   * @param records the records, each with its provenance
   * @param out the output folder
   * @return the statistics and timings
   */
  public Result buildFromRecords(List<Paper> records, Path out) {
    List<Row> rows = new ArrayList<>();
    Map<SourceRef, Integer> seq = new HashMap<>();
    for (Paper p : records) {
      rows.add(recordRow(p, seq));
    }
    return build(spark.createDataFrame(rows, INGESTED).repartition(options.partitions()), out);
  }

  private static Row recordRow(Paper p, Map<SourceRef, Integer> seq) {
    SourceRef s = p.provenance().get(0);
    int k = seq.merge(s, 1, Integer::sum);
    return RowFactory.create("record", s.source() + '\u0000' + s.line() + '\u0000' + k, PaperCodec.encode(p),
        null, null, null, null);
  }

  private static Iterator<Row> readFiles(Iterator<String> files) throws IOException {
    List<Row> out = new ArrayList<>();
    while (files.hasNext()) {
      String file = files.next();
      Map<SourceRef, Integer> seq = new HashMap<>();
      RecordSink sink = new RecordSink() {
        @Override
        public void paper(Paper record) {
          out.add(recordRow(record, seq));
        }

        @Override
        public void issue(IngestIssue issue) {
          out.add(RowFactory.create("issue", null, null, issue.where().source(), issue.where().line(),
              issue.action().name(), issue.message()));
        }

        @Override
        public void profile(AuthorProfile profile) {}
      };
      try {
        Inputs.read(Path.of(file), sink);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
    }
    return out.iterator();
  }

  private Result build(Dataset<Row> ingestedRaw, Path out) {
    spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(options.partitions()));
    Map<String, Long> phases = new LinkedHashMap<>();
    Map<String, Long> shuffled = new LinkedHashMap<>();
    ShuffleMeter meter = new ShuffleMeter();
    spark.sparkContext().addSparkListener(meter);
    long t = System.nanoTime();
    Dataset<Row> ingested = ingestedRaw.persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> records = ingested.filter(col("kind").equalTo("record")).select("rid", "record")
        .repartition(options.partitions(), col("rid")).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> issues = ingested.filter(col("kind").equalTo("issue")).select("source", "line", "action",
        "message");
    long recordCount = records.count();
    long issueCount = issues.count();
    long rejected = issues.filter(col("action").equalTo(IngestIssue.Action.REJECTED.name())).count();
    phases.put("ingest", System.nanoTime() - t);
    shuffled.put("ingest", meter.written() - shuffled.values().stream().mapToLong(Long::longValue).sum());

    // De-duplicate: link records sharing a key (identifier or normalised title), then one group at a time.
    t = System.nanoTime();
    Dataset<Row> edges = records.flatMap((FlatMapFunction<Row, Row>) r -> {
      List<Row> keys = new ArrayList<>();
      for (String k : CoreAdapter.linkKeys(PaperCodec.decode(r.getAs("record")))) {
        keys.add(RowFactory.create(r.getString(0), k));
      }
      return keys.iterator();
    }, Encoders.row(EDGE)).distinct().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> labels = linkLabels(edges);
    Dataset<Row> deduped = records.join(labels, "rid")
        .groupByKey((MapFunction<Row, String>) r -> r.getAs("label"), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (label, rows) -> {
          List<Paper> group = new ArrayList<>();
          rows.forEachRemaining(r -> group.add(PaperCodec.decode(r.getAs("record"))));
          PaperDeduplicator.Result res = CoreAdapter.deduplicate(group);
          List<Row> o = new ArrayList<>();
          for (Paper p : res.papers()) {
            o.add(RowFactory.create("paper", p.id().toString(), PaperCodec.encode(p), null, null, null));
          }
          for (CoreAdapter.OrderedVariant ov : CoreAdapter.ordered(res.variants())) {
            PaperDeduplicator.SlotVariant v = ov.variant();
            o.add(RowFactory.create("variant", v.paper().toString(), null, PaperCodec.encodeName(v.kept()),
                PaperCodec.encodeName(v.variant()), ov.ordinal()));
          }
          return o.iterator();
        }, Encoders.row(DEDUPED)).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> paperRecords = deduped.filter(col("kind").equalTo("paper")).select("id", "record");
    Dataset<Row> variants = deduped.filter(col("kind").equalTo("variant")).select("id", "kept", "variant",
        "ordinal");
    long paperCount = paperRecords.count();
    edges.unpersist();
    phases.put("deduplicate", System.nanoTime() - t);
    shuffled.put("deduplicate", meter.written() - shuffled.values().stream().mapToLong(Long::longValue).sum());

    // Resolve: blocks joined by same-slot variants form one group; each group through the core's resolver.
    t = System.nanoTime();
    Map<String, String> joined = joinedBlocks(variants.map((MapFunction<Row, String>) r -> {
      PersonName k = PaperCodec.decodeName(r.getAs("kept"));
      PersonName v = PaperCodec.decodeName(r.getAs("variant"));
      return k.blockKey() + '\u0000' + v.blockKey();
    }, Encoders.STRING()).distinct().collectAsList());
    Broadcast<Map<String, String>> joinedB =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(joined);
    // Evidence statistics by a join: each (kind, value) counted once per paper, and each group receives just the
    // counts of the values its slices look up (no table of the whole corpus on any one machine).
    int corpusPapers = Math.toIntExact(paperCount);
    Dataset<Row> slices = paperRecords.flatMap((FlatMapFunction<Row, Row>) r -> {
      List<Row> o = new ArrayList<>();
      Map<String, CoreAdapter.Slice> s = CoreAdapter.slices(PaperCodec.decode(r.getAs("record")), joinedB.value());
      for (Map.Entry<String, CoreAdapter.Slice> e : s.entrySet()) {
        int[] idx = e.getValue().index();
        List<Integer> boxed = null;
        if (idx != null) {
          boxed = new ArrayList<>(idx.length);
          for (int i : idx) {
            boxed.add(i);
          }
        }
        o.add(RowFactory.create(e.getKey(), PaperCodec.encode(e.getValue().paper()), boxed == null ? null
            : seq(boxed), e.getValue().placedNames(), null, null, null, null));
      }
      return o.iterator();
    }, Encoders.row(SLICE));
    slices = slices.unionByName(groupStatistics(paperRecords, slices));
    Dataset<Row> variantSlices = variants.map((MapFunction<Row, Row>) r -> RowFactory.create(
        CoreAdapter.groupOf(PaperCodec.decodeName(r.getAs("kept")), joinedB.value()), r.getAs("id"),
        r.getAs("kept"), r.getAs("variant"), r.getAs("ordinal")), Encoders.row(VARIANT));
    Dataset<Row> resolved = slices.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .cogroup(variantSlices.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING()),
            (CoGroupFunction<String, Row, Row, Row>) (group, sliceRows, variantRows) ->
                resolveGroup(group, sliceRows, variantRows, joinedB.value(), corpusPapers),
            Encoders.row(RESOLVED)).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> authors = resolved.filter(col("kind").equalTo("author"))
        .select(col("a").as("id"), col("b").as("name"), col("list").as("variants"), col("list2").as("keys"),
            col("bin").as("nameRecord"), col("bins").as("variantRecords"));
    Dataset<Row> authorships = resolved.filter(col("kind").equalTo("authorship"))
        .select(col("a").as("paper"), col("n").as("position"), col("m").equalTo(1).as("placed"),
            col("c").as("name"), col("d").as("nameKey"), col("b").as("author"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> resolution = resolved.filter(col("kind").isin("merge", "keptApart"))
        .select(col("kind"), col("a").as("author"), col("b").as("name"), col("c").as("into"), col("d").as("rule"),
            col("list").as("evidence"));
    // Names that became no author (junk, listed twice): reported with the ingest issues, as embedded.
    Dataset<Row> nameIssues = resolved.filter(col("kind").equalTo("issue"))
        .select(col("a").as("source"), col("d").cast(DataTypes.LongType).as("line"), col("b").as("action"),
            col("c").as("message"));
    issueCount += nameIssues.count();
    write(issues.unionByName(nameIssues).orderBy("source", "line", "action", "message"), out, ISSUES);
    long authorCount = authors.count();
    long nameMerges = resolution.filter(col("kind").equalTo("merge")).count();
    long keptApart = resolution.filter(col("kind").equalTo("keptApart")).count();
    write(authorships.orderBy("paper", "position"), out, AUTHORSHIPS);
    phases.put("resolve", System.nanoTime() - t);
    shuffled.put("resolve", meter.written() - shuffled.values().stream().mapToLong(Long::longValue).sum());

    // Co-authorship: pairs per paper (papers with at most the threshold of authors), aggregated.
    t = System.nanoTime();
    Dataset<Row> sizes = authorships.groupBy("paper").agg(count(lit(1)).as("n"));
    Dataset<Row> byPaper = authorships.select("paper", "author").join(sizes, "paper")
        .filter(col("n").geq(2).and(col("n").leq(options.hyperAuthorshipThreshold())));
    Dataset<Row> x = byPaper.select(col("paper"), col("author").as("a"), col("n"));
    Dataset<Row> y = byPaper.select(col("paper").as("paper2"), col("author").as("b"));
    Dataset<Row> coauthorEdges = x.join(y, x.col("paper").equalTo(y.col("paper2")).and(x.col("a").lt(y.col("b"))))
        .groupBy("a", "b").agg(count(lit(1)).as("papers"), sort_array(collect_list(col("n"))).as("sizes"))
        // Summed over the sorted paper sizes, so the weights do not depend on the partitioning.
        .select(col("a"), col("b"), col("papers"),
            expr("aggregate(sizes, cast(0 as double), (w, n) -> w + 1.0D / (n - 1))").as("fractional"),
            expr("aggregate(sizes, cast(0 as double), (w, n) -> w + 2.0D / (n * (n - 1)))").as("paperNormalised"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long edgeCount = coauthorEdges.count();
    long hyper = sizes.filter(col("n").gt(options.hyperAuthorshipThreshold())).count();
    write(coauthorEdges.orderBy("a", "b"), out, COAUTHOR_EDGES);
    Dataset<Row> both = coauthorEdges.select(col("a").as("author"), col("b").as("coauthor"), col("papers"),
        col("fractional")).union(coauthorEdges.select(col("b").as("author"), col("a").as("coauthor"),
            col("papers"), col("fractional")));
    // The embedded ranking's order (Collaborators, full counting): shared papers, then co-author id.
    Dataset<Row> top = both.withColumn("rank", row_number().over(Window.partitionBy("author")
        .orderBy(desc("papers"), col("coauthor")))).filter(col("rank").leq(options.topK()));
    write(top.orderBy("author", "rank"), out, TOP_COLLABORATORS);
    coauthorEdges.unpersist();
    phases.put("coauthorship", System.nanoTime() - t);
    shuffled.put("coauthorship", meter.written() - shuffled.values().stream().mapToLong(Long::longValue).sum());

    // Citations: references resolved against every paper identifier; PageRank where there are edges.
    t = System.nanoTime();
    Dataset<Row> papers = paperRecords.map((MapFunction<Row, Row>) r -> paperRow(r.getAs("record")),
        Encoders.row(PAPER_ROW)).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> keys = papers.select(col("id").as("cited"), explode(col("identifiers")).as("key"));
    Dataset<Row> refs = papers.select(col("id").as("citing"), explode(col("references")).as("key"));
    Dataset<Row> matched = refs.join(keys, refs.col("key").equalTo(keys.col("key")), "left")
        .select(col("citing"), col("cited")).persist(StorageLevel.MEMORY_AND_DISK());
    long unresolved = matched.filter(col("cited").isNull()).count();
    Dataset<Row> citations = matched.filter(col("cited").isNotNull().and(col("cited").notEqual(col("citing"))))
        .distinct().persist(StorageLevel.MEMORY_AND_DISK());
    long citationCount = citations.count();
    write(citations.orderBy("citing", "cited"), out, CITATIONS);
    SparkPageRank.Result ranked = citationCount == 0 ? null
        : SparkPageRank.asEmbedded().run(spark, papers.select("id"), citations, options.partitions());
    Dataset<Row> ranks = ranked == null ? null : ranked.scores();
    Dataset<Row> paperSizes = sizes.select(col("paper").as("id"), col("n").as("authorCount"));
    Dataset<Row> cited = citations.groupBy(col("cited").as("id")).agg(count(lit(1)).as("citedBy"));
    Dataset<Row> paperTable = papers.drop("identifiers").join(paperSizes, "id").join(cited, using("id"), "left")
        .withColumn("citedBy", when(col("citedBy").isNull(), lit(0L)).otherwise(col("citedBy")));
    if (ranks != null) {
      paperTable = paperTable.join(ranks, using("id"), "left");
    } else {
      paperTable = paperTable.withColumn("pageRank", lit(null).cast(DataTypes.DoubleType));
    }
    write(paperTable.orderBy("id"), out, PAPERS);
    phases.put("citations", System.nanoTime() - t);
    shuffled.put("citations", meter.written() - shuffled.values().stream().mapToLong(Long::longValue).sum());

    t = System.nanoTime();
    write(authors.orderBy("id"), out, AUTHORS);
    write(resolution.orderBy("kind", "author", "name", "into", "rule"), out, RESOLUTION);
    phases.put("write", System.nanoTime() - t);
    shuffled.put("write", meter.written() - shuffled.values().stream().mapToLong(Long::longValue).sum());

    Map<String, Long> stats = new LinkedHashMap<>();
    stats.put("records", recordCount + rejected);
    stats.put("papers", paperCount);
    stats.put("authors", authorCount);
    stats.put("coauthorEdges", edgeCount);
    stats.put("mergedRecords", recordCount - paperCount);
    stats.put("rejectedRecords", rejected);
    stats.put("repairedValues", issueCount - rejected);
    stats.put("mergedNameVariants", nameMerges);
    stats.put("namesKeptApart", keptApart);
    stats.put("hyperAuthoredPapers", hyper);
    stats.put("citationEdges", citationCount);
    stats.put("unresolvedReferences", unresolved);
    StatsJson.write(out.resolve("stats.json"), stats);
    for (Dataset<Row> d : List.of(ingested, records, deduped, resolved, authorships, papers, matched, citations)) {
      d.unpersist();
    }
    spark.sparkContext().removeSparkListener(meter);
    return new Result(stats, phases, shuffled,
        ranked == null ? Optional.empty() : Optional.of(ranked.convergence()));
  }

  private static void write(Dataset<Row> d, Path out, String table) {
    d.write().mode(SaveMode.Overwrite).parquet(out.resolve(table).toString());
  }

  /**
   * The linked group of every record: min-label propagation over the bipartite graph of records and keys, each
   * round moving the smallest key two steps (record to key to record) until nothing changes. Rounds ≤ half the
   * longest shortest path in a group (typically 1 or 2).
   */
  private Dataset<Row> linkLabels(Dataset<Row> edges) {
    Dataset<Row> labels = edges.groupBy("rid").agg(min("key").as("label")).persist(StorageLevel.MEMORY_AND_DISK());
    for (int round = 0; round < MAX_LINK_ROUNDS; round++) {
      Dataset<Row> keyLabels = edges.join(labels, "rid").groupBy("key").agg(min("label").as("kl"));
      Dataset<Row> next = edges.join(keyLabels, "key").groupBy("rid").agg(min("kl").as("label"))
          .localCheckpoint();
      long changed = next.join(labels.withColumnRenamed("label", "old"), "rid")
          .filter(col("label").notEqual(col("old"))).count();
      labels.unpersist();
      labels = next;
      if (changed == 0) {
        return labels;
      }
    }
    throw new IllegalStateException("Records still linking after " + MAX_LINK_ROUNDS
        + " rounds; raise MAX_LINK_ROUNDS");
  }

  /** Block key to group key: blocks joined by a same-slot variant, each group named by its smallest block. */
  static Map<String, String> joinedBlocks(List<String> pairs) {
    Map<String, String> parent = new HashMap<>();
    for (String pair : pairs) {
      int sep = pair.indexOf('\u0000');
      String a = find(parent, pair.substring(0, sep));
      String b = find(parent, pair.substring(sep + 1));
      if (!a.equals(b)) {
        if (a.compareTo(b) < 0) {
          parent.put(b, a);
        } else {
          parent.put(a, b);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (String k : new ArrayList<>(parent.keySet())) {
      String root = find(parent, k);
      if (!root.equals(k)) {
        out.put(k, root);
      }
    }
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    for (String p; (p = parent.get(root)) != null && !p.equals(root); ) {
      root = p;
    }
    parent.putIfAbsent(x, x);
    return root;
  }

  /**
   * The evidence statistics each group looks up, as rows of {@link #SLICE} (paper null): the values its slices
   * look up ({@link EvidenceStatistics#lookups}, references, own ids) joined to their counts over all papers. Each
   * (kind, value) is counted once per paper by an aggregation; an identifier names the paper with the smallest id;
   * a paper's citation frequency is 1 plus the references naming its identifiers. Shuffles: the papers' values
   * once, the groups' distinct look-ups once, then sort-merge joins on (kind, value), identifier and paper id.
   *
   * @param paperRecords the de-duplicated papers (id, record)
   * @param slices the groups' slices (rows of {@link #SLICE})
   * @return for each group and looked-up value found in the corpus, its count (and, for a reference, its paper)
   */
  static Dataset<Row> groupStatistics(Dataset<Row> paperRecords, Dataset<Row> slices) {
    Dataset<Row> needs = slices.flatMap((FlatMapFunction<Row, Row>) r -> {
      Paper p = PaperCodec.decode((byte[]) r.get(1));
      String grp = r.getString(0);
      List<Row> o = new ArrayList<>();
      for (EvidenceStatistics.Kind k : EvidenceStatistics.Kind.values()) {
        for (String v : EvidenceStatistics.lookups(k, p)) {
          o.add(RowFactory.create(grp, k.name(), v));
        }
      }
      for (String ref : p.references()) {
        o.add(RowFactory.create(grp, REF, ref));
      }
      o.add(RowFactory.create(grp, SELF, p.id().toString()));
      return o.iterator();
    }, Encoders.row(NEED)).distinct();
    Dataset<Row> frequencies = paperRecords.flatMap((FlatMapFunction<Row, Row>) r -> {
      Paper p = PaperCodec.decode(r.getAs("record"));
      List<Row> o = new ArrayList<>();
      for (EvidenceStatistics.Kind k : EvidenceStatistics.Kind.values()) {
        for (String v : EvidenceStatistics.values(k, p)) {
          o.add(RowFactory.create(k.name(), v));
        }
      }
      return o.iterator();
    }, Encoders.row(VALUE)).groupBy("kind", "value").agg(count(lit(1)).cast(DataTypes.IntegerType).as("n"));
    Dataset<Row> owners = paperRecords.flatMap((FlatMapFunction<Row, Row>) r -> {
      Paper p = PaperCodec.decode(r.getAs("record"));
      List<Row> o = new ArrayList<>();
      for (PaperId id : p.identifiers()) {
        o.add(RowFactory.create(id.toString(), p.id().toString()));
      }
      return o.iterator();
    }, Encoders.row(OWNER)).groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .mapGroups((org.apache.spark.api.java.function.MapGroupsFunction<String, Row, Row>) (id, rows) -> {
          String best = null;
          PaperId bestId = null;
          while (rows.hasNext()) {
            String paper = rows.next().getString(1);
            PaperId pid = PaperId.parse(paper);
            if (best == null || pid.compareTo(bestId) < 0) {
              best = paper;
              bestId = pid;
            }
          }
          return RowFactory.create(id, best);
        }, Encoders.row(OWNER));
    Dataset<Row> referenced = paperRecords.flatMap((FlatMapFunction<Row, String>) r ->
        PaperCodec.decode(r.getAs("record")).references().iterator(), Encoders.STRING())
        .groupBy(col("value")).agg(count(lit(1)).as("refs"));
    Dataset<Row> citedRefs = owners.join(referenced, "value").groupBy("cited").agg(
        org.apache.spark.sql.functions.sum("refs").as("refs"));
    Dataset<Row> citation = paperRecords.select(col("id").as("cited")).join(citedRefs, using("cited"), "left")
        .select(col("cited"), expr("1 + coalesce(refs, 0)").cast(DataTypes.IntegerType).as("n"));
    Dataset<Row> kinds = needs.filter(col("kind").notEqual(REF).and(col("kind").notEqual(SELF)))
        .join(frequencies, using2("kind", "value"))
        .select(col("grp"), col("kind"), col("value"), col("n"), lit(null).cast(DataTypes.StringType).as("cited"));
    Dataset<Row> refs = needs.filter(col("kind").equalTo(REF)).join(owners, "value").join(citation, "cited")
        .select(col("grp"), col("kind"), col("value"), col("n"), col("cited"));
    Dataset<Row> self = needs.filter(col("kind").equalTo(SELF)).withColumnRenamed("value", "cited")
        .join(citation, "cited")
        .select(col("grp"), col("kind"), col("cited").as("value"), col("n"),
            lit(null).cast(DataTypes.StringType).as("cited"));
    return kinds.unionByName(refs).unionByName(self).select(col("grp"),
        lit(null).cast(DataTypes.BinaryType).as("paper"),
        lit(null).cast(DataTypes.createArrayType(DataTypes.IntegerType)).as("idx"),
        lit(null).cast(DataTypes.IntegerType).as("placed"), col("kind"), col("value"), col("n"), col("cited"));
  }

  /**
   * One group's evidence statistics from its rows of {@link #groupStatistics}.
   *
   * @param corpusPapers the number of de-duplicated papers
   * @param rows the group's statistic rows
   * @return the statistics holding just the group's looked-up values
   */
  static EvidenceStatistics statisticsOf(int corpusPapers, List<Row> rows) {
    Map<EvidenceStatistics.Kind, Map<String, Integer>> frequencies = new java.util.EnumMap<>(
        EvidenceStatistics.Kind.class);
    Map<String, String> paperOf = new HashMap<>();
    Map<String, Integer> citation = new HashMap<>();
    for (Row r : rows) {
      String kind = r.getString(4);
      String value = r.getString(5);
      int n = r.getInt(6);
      if (kind.equals(SELF)) {
        citation.put(value, n);
      } else if (kind.equals(REF)) {
        paperOf.put(value, r.getString(7));
        citation.put(r.getString(7), n);
      } else {
        frequencies.computeIfAbsent(EvidenceStatistics.Kind.valueOf(kind), k -> new HashMap<>()).put(value, n);
      }
    }
    return EvidenceStatistics.ofLookups(corpusPapers, frequencies, paperOf, citation);
  }

  private static Iterator<Row> resolveGroup(String group, Iterator<Row> sliceRows, Iterator<Row> variantRows,
      Map<String, String> joined, int corpusPapers) {
    List<CoreAdapter.Slice> slices = new ArrayList<>();
    List<Row> statisticRows = new ArrayList<>();
    while (sliceRows.hasNext()) {
      Row r = sliceRows.next();
      if (!r.isNullAt(4)) {
        statisticRows.add(r);
        continue;
      }
      List<Integer> idx = r.isNullAt(2) ? null : r.getList(2);
      int[] index = idx == null ? null : idx.stream().mapToInt(Integer::intValue).toArray();
      slices.add(new CoreAdapter.Slice(PaperCodec.decode((byte[]) r.get(1)), index, r.getInt(3)));
    }
    List<CoreAdapter.OrderedVariant> variants = new ArrayList<>();
    while (variantRows.hasNext()) {
      Row r = variantRows.next();
      variants.add(new CoreAdapter.OrderedVariant(new PaperDeduplicator.SlotVariant(PaperId.parse(r.getString(1)),
          PaperCodec.decodeName(r.getAs("kept")), PaperCodec.decodeName(r.getAs("variant"))), r.getInt(4)));
    }
    if (slices.isEmpty()) {
      return java.util.Collections.emptyIterator();
    }
    EvidenceStatistics statistics = statisticsOf(corpusPapers, statisticRows);
    CoreAdapter.GroupResult res = CoreAdapter.resolveGroup(group, slices, variants, joined, statistics);
    List<Row> o = new ArrayList<>();
    for (Author a : res.authors()) {
      List<String> names = a.variants().stream().map(PersonName::displayName).toList();
      List<String> keys = a.variants().stream().map(PersonName::key).distinct().toList();
      List<byte[]> bins = a.variants().stream().map(PaperCodec::encodeName).toList();
      o.add(RowFactory.create("author", a.id(), a.displayName(), null, null, null, null,
          PaperCodec.encodeName(a.name()), seq(names), seq(keys), seq(bins)));
    }
    for (CoreAdapter.Authorship s : res.authorships()) {
      o.add(RowFactory.create("authorship", s.paper().toString(), s.author(), s.name().displayName(),
          s.name().key(), s.position(), s.placed() ? 1 : 0, null, null, null, null));
    }
    for (AuthorMerge m : res.merges()) {
      o.add(RowFactory.create("merge", m.author(), m.variant(), m.into(), m.rule(), null, null, null, seq(m.evidence()),
          null, null));
    }
    for (IngestIssue i : res.nameIssues()) {
      o.add(RowFactory.create("issue", i.where().source(), i.action().name(), i.message(),
          String.valueOf(i.where().line()), null, null, null, null, null, null));
    }
    for (KeptApart k : res.keptApart()) {
      o.add(RowFactory.create("keptApart", null, k.name(), null, k.reason(), null, null, null, seq(k.candidates()),
          null, null));
    }
    return o.iterator();
  }

  private static Row paperRow(byte[] record) {
    Paper p = PaperCodec.decode(record);
    return RowFactory.create(p.id().toString(), p.title(), p.year().isPresent() ? p.year().getAsInt() : null,
        p.date().map(Object::toString).orElse(null), p.primaryCategory().map(Category::code).orElse(null),
        seq(p.categories().stream().map(Category::code).toList()),
        seq(p.identifiers().stream().map(PaperId::toString).toList()), seq(p.references()), record);
  }

  /** A Java list as the Scala sequence a {@link Row} holds for an array column. */
  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  private static scala.collection.immutable.Seq<String> using2(String a, String b) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(a, b)).toSeq();
  }

  private static scala.collection.immutable.Seq<String> using(String column) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(column)).toSeq();
  }
}
