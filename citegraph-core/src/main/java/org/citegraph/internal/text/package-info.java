/**
 * Text side of topic clustering: {@link org.citegraph.internal.text.Tokenizer tokenizing} titles and abstracts,
 * {@link org.citegraph.internal.text.PhraseExtractor phrase extraction}, sparse TF-IDF
 * {@link org.citegraph.internal.text.TermVectors term vectors}, k-nearest-neighbor
 * {@link org.citegraph.internal.text.SimilarityGraph similarity graphs} via an inverted index, and
 * {@link org.citegraph.internal.text.TermScores distinctive terms} of a document subset by Dunning's G².
 *
 * <p>Independent of the corpus model: documents are plain title/abstract strings with int ids {@code 0..N-1}.
 * Internal: not exported, subject to change without notice.
 */
package org.citegraph.internal.text;
