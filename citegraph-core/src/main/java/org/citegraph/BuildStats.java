package org.citegraph;

/**
 * Per-phase wall-clock timings of one {@link CiteGraph.Builder#build()}, for benchmarks and profiling. Times are in
 * nanoseconds ({@link System#nanoTime()} differences).
 *
 * @param records records read (accepted)
 * @param rejected records rejected by the readers
 * @param papers papers after de-duplication
 * @param authors resolved authors
 * @param authorships author–paper pairs in the incidence
 * @param readNanos reading and parsing every input
 * @param dedupNanos de-duplicating papers ({@link org.citegraph.resolve.PaperDeduplicator})
 * @param resolveNanos resolving authors ({@link org.citegraph.resolve.AuthorResolver})
 * @param incidenceNanos building the author–paper incidence
 * @param corpusNanos building the corpus indexes (by id, name key and category)
 */
public record BuildStats(int records, int rejected, int papers, int authors, int authorships, long readNanos,
    long dedupNanos, long resolveNanos, long incidenceNanos, long corpusNanos) {

  /**
   * The sum of all phases.
   *
   * @return the wall-clock time of the whole build in nanoseconds, {@code readNanos + dedupNanos + resolveNanos +
   *     incidenceNanos + corpusNanos}
   */
  public long totalNanos() {
    return readNanos + dedupNanos + resolveNanos + incidenceNanos + corpusNanos;
  }
}
