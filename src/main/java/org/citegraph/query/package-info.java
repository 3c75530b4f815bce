/**
 * Questions asked of a corpus: collaborator rankings and the papers behind them, global centrality rankings of
 * authors ({@link org.citegraph.query.CentralityRanking}) and suggested new collaborators by link prediction
 * ({@link org.citegraph.query.CollaboratorSuggestions}).
 */
package org.citegraph.query;
