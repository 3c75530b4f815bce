package org.citegraph.query;

import org.citegraph.model.Author;

/**
 * A co-author of both an author and a suggested collaborator: the evidence behind a {@link Suggestion}.
 *
 * @param author the common co-author
 * @param degree the common co-author's number of co-authors k(z)
 * @param papersWithAuthor papers they share with the author the suggestion is for
 * @param papersWithCandidate papers they share with the suggested collaborator
 * @param contribution what they add to the score: 1/ln k(z) (Adamic–Adar) or 1/k(z) (resource allocation)
 */
public record CommonNeighbor(Author author, int degree, int papersWithAuthor, int papersWithCandidate,
    double contribution) {}
