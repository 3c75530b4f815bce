package org.citegraph.graph;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;

/**
 * Read access to a resolved corpus: its papers and authors, who wrote what, and the graphs built from them. This is
 * what the algorithms in {@code org.citegraph.query}, {@code org.citegraph.render} and {@code org.citegraph.export}
 * take, so that they depend on this package and not on the entry point; {@code org.citegraph.Corpus} is the
 * implementation users get from {@code CiteGraph}. Implementations are immutable and safe to share between threads.
 */
public interface CorpusView {
  /** Orders papers by date (undated last), then id. */
  Comparator<Paper> BY_DATE = Comparator
      .comparing((Paper p) -> p.date().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Paper::id);

  /**
   * The papers.
   *
   * @return the papers, sorted by id
   */
  List<Paper> papers();

  /**
   * The resolved authors.
   *
   * @return the authors, sorted by id
   */
  List<Author> authors();

  /**
   * The author with this id ("alex-h-williams") or name ("Alex H. Williams", "Williams, Alex H."; any variant the
   * author was seen under).
   *
   * @param idOrName an author id or any written form of the name
   * @return the one author that matches
   * @throws IllegalArgumentException if no author or several authors match, naming the candidates
   */
  Author author(String idOrName);

  /**
   * Every author whose id or name variant matches.
   *
   * @param idOrName an author id or any written form of the name
   * @return the matching authors, possibly none
   */
  List<Author> findAuthors(String idOrName);

  /**
   * The paper with this id.
   *
   * @param id a paper identifier
   * @return the paper
   * @throws IllegalArgumentException if the paper is not in this corpus
   */
  Paper paper(PaperId id);

  /**
   * An author's papers.
   *
   * @param author an author of this corpus
   * @return the papers in date order (undated last), ties by id
   * @throws IllegalArgumentException if the author is not in this corpus
   */
  List<Paper> papersOf(Author author);

  /**
   * Number of papers of an author.
   *
   * @param author an author of this corpus
   * @return how many papers the author wrote here
   * @throws IllegalArgumentException if the author is not in this corpus
   */
  int paperCount(Author author);

  /**
   * A paper's authors.
   *
   * @param paper a paper of this corpus
   * @return placed authors in list order, then those whose position is unknown
   * @throws IllegalArgumentException if the paper is not in this corpus
   */
  List<Author> authorsOf(Paper paper);

  /**
   * An author's position in a paper's author list.
   *
   * @param author an author of this corpus
   * @param paper a paper of this corpus
   * @return the 0-based position, or empty when it is unknown
   * @throws IllegalArgumentException if the author or paper is not in this corpus
   */
  OptionalInt positionOf(Author author, Paper paper);

  /**
   * The categories of a paper.
   *
   * @param paper a paper of this corpus
   * @return its categories, primary first
   * @throws IllegalArgumentException if the paper is not in this corpus
   */
  List<Category> categoriesOf(Paper paper);

  /**
   * The papers listed under a category.
   *
   * @param category a category
   * @return the papers listed under it (primary or cross-list), sorted by id
   */
  List<Paper> papersIn(Category category);

  /**
   * Papers with more authors than this add no co-authorship links (graph edges, collaborator scores); see {@link
   * CoauthorGraph}.
   *
   * @return the hyper-authorship threshold
   */
  int hyperAuthorshipThreshold();

  /**
   * The co-authorship graph.
   *
   * @return the graph, built on first use
   */
  CoauthorGraph coauthorGraph();

  /**
   * The citation graph (references resolved against every paper identifier).
   *
   * @return the graph, built on first use
   */
  CitationGraph citationGraph();

  /**
   * The author–paper incidence in compact form.
   *
   * @return the incidence
   */
  Incidence incidence();

  /**
   * The index of an author in {@link #authors()}.
   *
   * @param author an author of this corpus
   * @return its index
   * @throws IllegalArgumentException if the author is not in this corpus
   */
  int indexOf(Author author);

  /**
   * The index of a paper in {@link #papers()}.
   *
   * @param paper a paper of this corpus
   * @return its index
   * @throws IllegalArgumentException if the paper is not in this corpus
   */
  int indexOf(Paper paper);
}
