/**
 * Author resolution measured against labelled ground truth (S2AND-format signatures and clusters): pairwise and
 * B-cubed precision, recall and F1 beside trivial baselines. Depends on the entry point to build corpora, so it
 * sits above {@code org.citegraph.resolve}.
 */
package org.citegraph.resolve.eval;
