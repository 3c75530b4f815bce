/**
 * Renderings of query results for people: a plain-text timeline for terminals and JShell ({@link
 * org.citegraph.render.TimelineText}) and an SVG timeline written without any graphics dependency ({@link
 * org.citegraph.render.TimelineSvg}).
 */
package org.citegraph.render;
