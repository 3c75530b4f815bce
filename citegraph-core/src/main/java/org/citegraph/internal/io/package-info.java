/**
 * Helpers of the readers in {@code org.citegraph.io.*}: bounded line reading, numbered lines, arXiv identifiers and
 * the hardened XML parser with its record loop. Not exported; not for use outside the library.
 */
package org.citegraph.internal.io;
