package org.citegraph.spark;

import static org.apache.spark.sql.functions.array_contains;
import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.graph.CoauthorGraph;
import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;

/**
 * Subsets of a Spark build's tables as embedded {@link Corpus} objects, with the authors exactly as the build
 * resolved them ({@link CiteGraph#resolved}): one author's papers (for collaborator rankings) or their 2-hop
 * neighborhood (for snapshots a laptop opens). Only the subset is collected to the driver.
 */
public final class Subsets {
  private final SparkSession spark;
  private final Path dir;

  /**
   * Subsets of the tables in a build folder.
   *
   * @param spark the session
   * @param dir the folder written by {@code build}
   */
  public Subsets(SparkSession spark, Path dir) {
    this.spark = spark;
    this.dir = dir;
  }

  private Dataset<Row> table(String name) {
    return spark.read().parquet(dir.resolve(name).toString());
  }

  /**
   * The id of the author with this id or name (any variant, matched by its key as the embedded library does).
   *
   * @param idOrName an author id or name
   * @return the id
   * @throws IllegalArgumentException if no author or several match, naming them
   */
  public String authorId(String idOrName) {
    Dataset<Row> authors = table(SparkPipeline.AUTHORS);
    List<Row> byId = authors.filter(col("id").equalTo(idOrName.trim())).select("id").collectAsList();
    if (!byId.isEmpty()) {
      return byId.get(0).getString(0);
    }
    String key;
    try {
      key = PersonName.parse(idOrName).key();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + idOrName + "' is not an author id or name: " + e.getMessage(), e);
    }
    List<Row> found = authors.filter(array_contains(col("keys"), key)).select("id", "name").orderBy("id")
        .collectAsList();
    if (found.size() == 1) {
      return found.get(0).getString(0);
    }
    if (found.isEmpty()) {
      throw new IllegalArgumentException("Author '" + idOrName + "' is not in the tables of " + dir
          + "; list the authors table for ids");
    }
    throw new IllegalArgumentException("Author name '" + idOrName + "' is ambiguous: "
        + found.stream().map(r -> r.getString(1) + " (" + r.getString(0) + ")").toList() + "; use an id instead");
  }

  /**
   * The papers of an author (hops = 1), or of the author and every co-author (hops = 2), with all their authors.
   *
   * @param authorId the author's id
   * @param hops 1 or 2
   * @param hyperAuthorshipThreshold the threshold of the build
   * @return the subset as a corpus
   * @throws IllegalArgumentException if hops is not 1 or 2
   */
  public Corpus neighborhood(String authorId, int hops, int hyperAuthorshipThreshold) {
    if (hops != 1 && hops != 2) {
      throw new IllegalArgumentException("hops must be 1 or 2, got " + hops);
    }
    Dataset<Row> authorships = table(SparkPipeline.AUTHORSHIPS);
    Dataset<Row> papers = authorships.filter(col("author").equalTo(authorId)).select("paper");
    if (hops == 2) {
      Dataset<Row> coauthors = authorships.join(papers, "paper").select("author").distinct();
      papers = authorships.join(coauthors, "author").select("paper").distinct();
    }
    Dataset<Row> rows = authorships.join(papers.distinct(), "paper");
    List<Row> incidence = rows.select("paper", "position", "placed", "author").collectAsList();
    List<Row> authorRows = table(SparkPipeline.AUTHORS).join(rows.select(col("author").as("id")).distinct(), "id")
        .select("nameRecord", "variantRecords", "id").collectAsList();
    List<Row> paperRows = table(SparkPipeline.PAPERS).join(papers.distinct().select(col("paper").as("id")), "id")
        .select("id", "record").collectAsList();
    List<Author> authors = new ArrayList<>();
    for (Row r : authorRows) {
      List<PersonName> variants = new ArrayList<>();
      for (Object b : r.getList(1)) {
        variants.add(PaperCodec.decodeName((byte[]) b));
      }
      authors.add(new Author(r.getString(2), PaperCodec.decodeName(r.getAs(0)), variants));
    }
    Map<String, List<Row>> byPaper = new HashMap<>();
    for (Row r : incidence) {
      byPaper.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
    }
    List<Paper> subset = new ArrayList<>();
    List<List<String>> authorIds = new ArrayList<>();
    int[] placed = new int[paperRows.size()];
    for (Row r : paperRows) {
      List<Row> its = new ArrayList<>(byPaper.getOrDefault(r.getString(0), List.of()));
      its.sort(Comparator.comparingInt((Row x) -> x.getInt(1)));
      placed[subset.size()] = (int) its.stream().filter(x -> x.getBoolean(2)).count();
      subset.add(PaperCodec.decode(r.getAs(1)));
      authorIds.add(its.stream().map(x -> x.getString(3)).toList());
    }
    return CiteGraph.resolved(subset, authors, authorIds, placed, hyperAuthorshipThreshold);
  }

  /** The default threshold of a build. */
  static int defaultThreshold() {
    return CoauthorGraph.DEFAULT_HYPER_AUTHORSHIP_THRESHOLD;
  }
}
