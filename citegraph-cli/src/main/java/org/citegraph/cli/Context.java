package org.citegraph.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a run of the command line reads and writes: standard output for results, standard error for messages and
 * progress, standard input for {@code -}, and whether standard error is a terminal (live progress) or a log (one
 * line per phase).
 *
 * @param out results
 * @param err messages and progress
 * @param in what {@code -} reads
 * @param terminal whether a person watches standard error as it is written
 */
record Context(PrintStream out, PrintStream err, InputStream in, boolean terminal) {}
