package org.citegraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * What a long piece of work is doing now, told to a {@link Listener}: the phase, the source being read, how many
 * sources and records are done, the time spent, and whether the phase has just finished. {@link
 * CiteGraph.Builder#progress(Listener)} reports reading (at the start of each source and every {@link
 * #RECORD_STEP} records), de-duplication, author resolution and indexing (each when it starts and when it ends); applications and the command line report
 * their own phases the same way.
 *
 * @param phase a short name of the phase: {@code read}, {@code deduplicate}, {@code resolve}, {@code index}, or
 *     the caller's own
 * @param source the source being read, or empty outside reading
 * @param sourcesDone sources finished so far in this phase
 * @param sources the number of sources of this phase (0 when the phase has none)
 * @param records records (or items) handled so far in this phase
 * @param bytesDone bytes of finished sources (0 when not known)
 * @param bytes bytes of all sources (0 when not known)
 * @param elapsedNanos time since the phase started
 * @param finished whether the phase has just ended (its last event)
 */
public record Progress(String phase, Optional<String> source, int sourcesDone, int sources, long records,
    long bytesDone, long bytes, long elapsedNanos, boolean finished) {
  /** While reading, a progress event follows every this many records. */
  public static final int RECORD_STEP = 10_000;

  /**
   * Checks the values.
   *
   * @param phase a short name of the phase
   * @param source the source being read; empty outside reading
   * @param sourcesDone sources finished so far in this phase, at least 0
   * @param sources the number of sources of this phase, at least 0
   * @param records records (or items) handled so far in this phase, at least 0
   * @param bytesDone bytes of finished sources, at least 0
   * @param bytes bytes of all sources, at least 0 (0 when not known)
   * @param elapsedNanos nanoseconds since the phase started, at least 0
   * @param finished whether the phase has just ended
   * @throws IllegalArgumentException if a count or the time is negative
   * @throws NullPointerException if {@code phase} or {@code source} is null
   */
  public Progress {
    checkNotNull(phase, "phase");
    checkNotNull(source, "source");
    checkArgument(sourcesDone >= 0 && sources >= 0 && records >= 0 && bytesDone >= 0 && bytes >= 0
        && elapsedNanos >= 0, "progress counts must not be negative, got %s/%s sources, %s records, %s/%s bytes, %s ns",
        sourcesDone, sources, records, bytesDone, bytes, elapsedNanos);
  }

  /**
   * Records per second so far, or 0 before any time has passed.
   *
   * @return records handled per second of elapsed time, at least 0
   */
  public double recordsPerSecond() {
    return elapsedNanos == 0 ? 0 : records * 1e9 / elapsedNanos;
  }

  /**
   * The estimated time left, from the share of bytes (or, without sizes, of sources) done; empty when nothing is
   * done yet or the phase has no sources.
   *
   * @return the estimate in nanoseconds
   */
  public Optional<Long> remainingNanos() {
    double share = bytes > 0 ? (double) bytesDone / bytes : sources > 0 ? (double) sourcesDone / sources : 0;
    if (share <= 0 || share >= 1 || elapsedNanos == 0) {
      return Optional.empty();
    }
    return Optional.of((long) (elapsedNanos * (1 - share) / share));
  }

  /** Receives progress events; called on the thread doing the work, so it must return quickly. */
  @FunctionalInterface
  public interface Listener {
    /** Ignores every event. */
    Listener NONE = p -> { };

    /**
     * Called as work goes on, and once with {@code finished} at the end of each phase.
     *
     * @param progress what is being done
     */
    void progress(Progress progress);
  }
}
