package org.citegraph.query;

import org.citegraph.model.Paper;

/**
 * What one shared paper adds to a collaborator's score: {@code contribution = countingWeight × recencyFactor}.
 *
 * @param paper the shared paper
 * @param authors the number n of distinct authors of the paper
 * @param countingWeight the counting scheme's weight c(n)
 * @param recencyFactor 2^(−(asOf − year)/halfLife), or 1 without recency weighting or for an undated paper
 * @param contribution the product, added to the score
 */
public record Contribution(Paper paper, int authors, double countingWeight, double recencyFactor,
    double contribution) {}
