/** Writes co-authorship, topic and citation graphs as GraphML, GEXF, DOT, CSV, JSON and VOSviewer files. */
package org.citegraph.export;
