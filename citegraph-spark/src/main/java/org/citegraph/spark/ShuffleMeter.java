package org.citegraph.spark;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Sums what the tasks of a session shuffle and the largest execution memory one task used, for the benchmark
 * figures of {@code docs/benchmarks.md}. Listener events arrive asynchronously, so a reading taken right after an
 * action may miss its last tasks; the totals at the end of a build are complete.
 */
public final class ShuffleMeter extends SparkListener {
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong read = new AtomicLong();
  private final AtomicLong spilled = new AtomicLong();
  private final AtomicLong peakExecutionMemory = new AtomicLong();

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    TaskMetrics m = end.taskMetrics();
    if (m == null) {
      return;
    }
    written.addAndGet(m.shuffleWriteMetrics().bytesWritten());
    read.addAndGet(m.shuffleReadMetrics().localBytesRead() + m.shuffleReadMetrics().remoteBytesRead());
    spilled.addAndGet(m.diskBytesSpilled());
    peakExecutionMemory.accumulateAndGet(m.peakExecutionMemory(), Math::max);
  }

  /** @return shuffle bytes written so far */
  public long written() {
    return written.get();
  }

  /** @return shuffle bytes read so far */
  public long read() {
    return read.get();
  }

  /** @return bytes spilled to disk so far */
  public long spilled() {
    return spilled.get();
  }

  /** @return the largest peak execution memory of one task so far */
  public long peakExecutionMemory() {
    return peakExecutionMemory.get();
  }
}
