/**
 * Pictures and reports of query results for people, written as text with no graphics dependency: the timeline of an
 * author's research threads ({@link org.citegraph.render.TimelineSvg}), the co-author network around an author
 * ({@link org.citegraph.render.CoauthorNetwork}, {@link org.citegraph.render.CoauthorNetworkSvg}), the map of a
 * corpus's topics ({@link org.citegraph.render.TopicMap}, {@link org.citegraph.render.TopicMapSvg}), and the whole
 * report on an author as one self-contained HTML file ({@link org.citegraph.render.HtmlReport}). Layouts use
 * JGraphT's force-directed drawing with a fixed seed, so equal inputs give equal bytes. This package reads results
 * from {@code org.citegraph.query} and the corpus through {@code org.citegraph.graph.CorpusView}; results never
 * render themselves through it (the text form of a result is its own {@code toString()}).
 */
package org.citegraph.render;
