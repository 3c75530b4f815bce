/**
 * Pictures of query results for people, written without any graphics dependency: the SVG timeline of an author's
 * research threads ({@link org.citegraph.render.TimelineSvg}). This package reads results from
 * {@code org.citegraph.query}; results never render themselves through it (the text form of a result is its own
 * {@code toString()}).
 */
package org.citegraph.render;
