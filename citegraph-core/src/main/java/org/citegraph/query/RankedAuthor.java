package org.citegraph.query;

import org.citegraph.model.Author;

/**
 * One row of an {@link AuthorRanking}.
 *
 * @param rank 1-based rank
 * @param author the author
 * @param score the centrality score under the ranking's measure
 * @param papers the author's number of papers in scope (the whole corpus, or the papers of the category)
 * @param coauthors the author's number of distinct co-authors in scope
 */
public record RankedAuthor(int rank, Author author, double score, int papers, int coauthors) {}
