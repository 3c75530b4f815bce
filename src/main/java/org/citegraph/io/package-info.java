/** Readers, one per input format, streaming records with their provenance and reporting malformed input. */
package org.citegraph.io;
