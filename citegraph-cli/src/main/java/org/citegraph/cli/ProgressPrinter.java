package org.citegraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
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
  /** The phase under way and when its last event came, or null between phases. */
  private Progress current;
  private long currentAt;
  /** Redraws the live line between events (a phase may send none for a while); only on a terminal. */
  private ScheduledExecutorService ticker;
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
      current = null;
      stopTicker();
      clear();
      if (!terminal || p.elapsedNanos() >= LIVE_AFTER_NANOS) {
        err.println("citegraph: " + summary(p));
      }
      return;
    }
    current = p;
    currentAt = System.nanoTime();
    if (terminal) {
      startTicker();
      draw(false);
    }
  }

  /** Draws the live line for the phase under way, if it has run long enough and the last draw is old enough. */
  private synchronized void draw(boolean tick) {
    if (current == null) {
      return;
    }
    long now = System.nanoTime();
    long elapsed = current.elapsedNanos() + (now - currentAt);
    if (elapsed >= LIVE_AFTER_NANOS && (tick || now - lastDraw >= REFRESH_NANOS)) {
      Progress p = current;
      err.print("\r" + live(new Progress(p.phase(), p.source(), p.sourcesDone(), p.sources(), p.records(),
          p.bytesDone(), p.bytes(), elapsed, false)) + "\033[K");
      err.flush();
      drawn = true;
      lastDraw = now;
    }
  }

  private void startTicker() {
    if (ticker == null) {
      ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "citegraph-progress");
        t.setDaemon(true);
        return t;
      });
      ticker.scheduleAtFixedRate(() -> draw(true), REFRESH_NANOS, REFRESH_NANOS, TimeUnit.NANOSECONDS);
    }
  }

  private void stopTicker() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
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
    progress(event(phase, start, false));
    try {
      T result = work.get();
      progress(event(phase, start, true));
      return result;
    } finally {
      synchronized (this) {
        current = null;
        stopTicker();
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
    if (p.records() > 0 && p.phase().equals("read")) {
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
      case "read" -> p.sources() == 0 ? String.format(Locale.ROOT, "took %,d records in %s", p.records(), time)
          : String.format(Locale.ROOT, "read %,d records from %d %s%s in %s (%,.0f records/s)", p.records(),
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
