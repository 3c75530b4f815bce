package org.citegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.citegraph.io.ChildJvm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, item 4: de-duplication cost about 14 KB per duplicate record, so a 9 MB .gz of a million identical
 * records ran out of memory at 1 GiB. Here 200,000 records of one paper are built into a corpus in a child JVM with a
 * heap of {@value #HEAP}: at 14 KB each they would need 2.8 GB; the records themselves take about 30 MB.
 */
@Tag("slow")
class ManyIdenticalRecordsHeapTest {
  static final String HEAP = "-Xmx64m";
  private static final int RECORDS = 200_000;

  @Test
  void manyCopiesOfOneRecordMergeWithinASmallHeap() throws Exception {
    ChildJvm.Result r = ChildJvm.run(HEAP, List.of(), ManyIdenticalRecordsMain.class,
        List.of(Integer.toString(RECORDS)), Duration.ofMinutes(5));
    assertEquals(0, r.exitCode(), () -> "exit 3 is out of memory at " + HEAP + ":\n" + r.text());
    assertEquals(List.of("papers=1 merged=" + (RECORDS - 1)), r.lines());
  }
}
