package org.citegraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.citegraph.Progress;

/**
 * Shows progress on standard error. When standard error is a terminal, a phase that runs longer than {@link
 * #LIVE_AFTER_NANOS} gets a live line (source, records per second, ETA) redrawn at most every {@link
 * #REFRESH_NANOS}, then a summary line; otherwise (a log or a pipe) each phase writes one summary line when it ends.
 * {@code --quiet} silences both.
 */
final class ProgressPrinter implements Progress.Listener {
  /** Live progress starts after this much time in a phase. */
  static final long LIVE_AFTER_NANOS = 2_000_000_000L;
  /** The live line is redrawn at most this often. */
  static final long REFRESH_NANOS = 250_000_000L;

  private final PrintStream err;
  private final boolean terminal;
  private final boolean quiet;
  private long lastDraw;
  private boolean drawn;

  ProgressPrinter(Context ctx, boolean quiet) {
    this.err = ctx.err();
    this.terminal = ctx.terminal();
    this.quiet = quiet;
  }

  @Override
  public synchronized void progress(Progress p) {
    if (quiet) {
      return;
    }
    if (p.finished()) {
      clear();
      if (!terminal || p.elapsedNanos() >= LIVE_AFTER_NANOS) {
        err.println("citegraph: " + summary(p));
      }
      return;
    }
    long now = System.nanoTime();
    if (terminal && p.elapsedNanos() >= LIVE_AFTER_NANOS && now - lastDraw >= REFRESH_NANOS) {
      err.print("\r" + live(p) + "\033[K");
      err.flush();
      drawn = true;
      lastDraw = now;
    }
  }

  /**
   * Runs one phase of the command's own work (a query, an export), showing its elapsed time live on a terminal.
   *
   * @param phase the phase name, e.g. "cluster"
   * @param work the work
   * @return what the work returns
   */
  <T> T phase(String phase, Supplier<T> work) {
    long start = System.nanoTime();
    ScheduledExecutorService ticker = null;
    ScheduledFuture<?> tick = null;
    if (terminal && !quiet) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "citegraph-progress");
        t.setDaemon(true);
        return t;
      });
      tick = ticker.scheduleAtFixedRate(() -> progress(event(phase, start, false)), REFRESH_NANOS, REFRESH_NANOS,
          TimeUnit.NANOSECONDS);
    }
    try {
      T result = work.get();
      if (tick != null) {
        tick.cancel(false);
      }
      progress(event(phase, start, true));
      return result;
    } finally {
      if (ticker != null) {
        ticker.shutdownNow();
      }
    }
  }

  private static Progress event(String phase, long start, boolean finished) {
    return new Progress(phase, Optional.empty(), 0, 0, 0, 0, 0, System.nanoTime() - start, finished);
  }

  private void clear() {
    if (drawn) {
      err.print("\r\033[K");
      drawn = false;
    }
  }

  /** The live line: phase, source, records and rate, ETA. */
  static String live(Progress p) {
    StringBuilder sb = new StringBuilder(p.phase());
    p.source().ifPresent(s -> sb.append(' ').append(s));
    if (p.sources() > 1) {
      sb.append(String.format(Locale.ROOT, " (%d of %d)", Math.min(p.sourcesDone() + 1, p.sources()), p.sources()));
    }
    if (p.records() > 0) {
      sb.append(String.format(Locale.ROOT, ": %,d records, %,.0f/s", p.records(), p.recordsPerSecond()));
    }
    sb.append(String.format(Locale.ROOT, ", %s", seconds(p.elapsedNanos())));
    p.remainingNanos().ifPresent(r -> sb.append(", about ").append(seconds(r)).append(" left"));
    return sb.toString();
  }

  /** The line written when a phase ends. */
  static String summary(Progress p) {
    String time = seconds(p.elapsedNanos());
    return switch (p.phase()) {
      case "read" -> String.format(Locale.ROOT, "read %,d records from %d %s%s in %s (%,.0f records/s)", p.records(),
          p.sources(), p.sources() == 1 ? "source" : "sources",
          p.bytes() > 0 ? String.format(Locale.ROOT, ", %,d bytes", p.bytes()) : "", time, p.recordsPerSecond());
      case "deduplicate" -> String.format(Locale.ROOT, "de-duplicated into %,d papers in %s", p.records(), time);
      case "resolve" -> String.format(Locale.ROOT, "resolved %,d authors in %s", p.records(), time);
      case "index" -> String.format(Locale.ROOT, "indexed %,d papers in %s", p.records(), time);
      default -> p.phase() + " in " + time;
    };
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
