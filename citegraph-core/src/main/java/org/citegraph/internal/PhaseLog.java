package org.citegraph.internal;

import java.util.Locale;

/**
 * Optional phase timing of a long computation (e.g. the topic clustering), written to standard error when the
 * system property {@value #PROPERTY} is {@code true}; otherwise every call is a no-op. Each {@link #phase(String)}
 * prints the wall time and the process CPU time (all threads) since the previous mark. A diagnostic for speed work,
 * not part of any result.
 */
public final class PhaseLog {
  /** The system property that switches the timing on. */
  public static final String PROPERTY = "citegraph.phases";

  private final String name;
  private final boolean on;
  private long wall;
  private long cpu;

  private PhaseLog(String name, boolean on) {
    this.name = name;
    this.on = on;
    if (on) {
      wall = System.nanoTime();
      cpu = processCpuNanos();
    }
  }

  /**
   * Starts timing a computation.
   *
   * @param name printed before each phase
   * @return a log, silent unless {@value #PROPERTY} is {@code true}
   */
  public static PhaseLog start(String name) {
    return new PhaseLog(name, Boolean.getBoolean(PROPERTY));
  }

  /**
   * Ends a phase: prints its wall and CPU seconds (when on) and starts the next one.
   *
   * @param phase the phase that just ended
   */
  public void phase(String phase) {
    if (!on) {
      return;
    }
    long w = System.nanoTime();
    long c = processCpuNanos();
    System.err.printf(Locale.ROOT, "[%s] %-22s %8.2f s wall %8.2f s cpu%n", name, phase, (w - wall) / 1e9,
        (c - cpu) / 1e9);
    wall = w;
    cpu = c;
  }

  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
  }
}
