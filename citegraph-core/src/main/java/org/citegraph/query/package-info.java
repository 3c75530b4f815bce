/**
 * Questions asked of a corpus: collaborator rankings and the papers behind them, global centrality rankings of
 * authors, suggested new collaborators by link prediction, topic clusters, and research threads over time.
 */
package org.citegraph.query;
