/**
 * Questions asked of a corpus: collaborator rankings and the papers behind them, global centrality rankings of
 * authors, suggested new collaborators by link prediction, topic clusters, and research threads over time.
 *
 * <p>One naming convention, like JGraphT's {@code ClusteringAlgorithm} and its {@code Clustering}: an
 * <b>algorithm</b> is a plural noun naming what it finds, configured by methods that return a new immutable instance
 * and run by one verb ({@link org.citegraph.query.Collaborators}, {@link org.citegraph.query.CentralAuthors},
 * {@link org.citegraph.query.CollaboratorSuggestions}, {@link org.citegraph.query.Citations}, {@link
 * org.citegraph.query.TopicClusters}, {@link org.citegraph.query.ResearchThreads}; {@code Citations} holds several
 * measures and has one method per ranking); its <b>result</b> is a singular
 * noun for the whole answer, immutable and printable as a table ({@link org.citegraph.query.CollaboratorRanking},
 * {@link org.citegraph.query.AuthorRanking}, {@link org.citegraph.query.SuggestionRanking}, {@link
 * org.citegraph.query.CitationRanking}, {@link org.citegraph.query.TopicClustering}, {@link
 * org.citegraph.query.Timeline}); a result's <b>rows</b> are singular nouns for one entry ({@link
 * org.citegraph.query.Collaborator}, {@link org.citegraph.query.RankedAuthor}, {@link
 * org.citegraph.query.Suggestion}, {@link org.citegraph.query.CitedPaper}, {@link org.citegraph.query.TopicCluster},
 * {@link org.citegraph.query.ResearchThread}). Spelling is American throughout ("neighbor").
 */
package org.citegraph.query;
