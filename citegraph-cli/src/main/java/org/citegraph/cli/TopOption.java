package org.citegraph.cli;

import picocli.CommandLine.Option;

/** How many rows a ranking or list shows. */
final class TopOption {
  @Option(names = "--top", paramLabel = "N", description = "At most N rows (default: 20 in tables, all in JSON "
      + "and CSV).")
  Integer top;
}
