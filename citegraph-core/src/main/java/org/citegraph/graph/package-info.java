/** Immutable graphs built from a resolved corpus: co-authorship (with full and fractional weights). */
package org.citegraph.graph;
