package org.citegraph.query;

import java.util.OptionalInt;

import org.citegraph.model.Paper;

/**
 * One row of a citation ranking.
 *
 * @param rank 1-based rank
 * @param paper the paper
 * @param citations in-corpus citations (corpus papers citing it)
 * @param pageRank its PageRank in the citation graph
 * @param reportedCitations the citation count a source reported for it, if any (counts citations from outside the
 *     corpus too)
 */
public record CitedPaper(int rank, Paper paper, int citations, double pageRank, OptionalInt reportedCitations) {}
