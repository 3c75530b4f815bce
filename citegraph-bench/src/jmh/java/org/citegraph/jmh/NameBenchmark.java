package org.citegraph.jmh;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Name normalisation: {@link PersonName#parse}, {@link PersonName#key()} and {@link PersonName#blockKey()} over the
 * distinct author names of 2,000 synthetic papers (seed 6; the first 4,096 of them, 5% written with an initial, 20%
 * with a middle initial), cycled one name per operation so that no single name's branch dominates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class NameBenchmark {
  private String[] texts;
  private PersonName[] names;
  private int next;

  /** Collects the distinct names, as "First Last" text and parsed. */
  @Setup(Level.Trial)
  public void setUp() {
    Set<String> distinct = new LinkedHashSet<>();
    for (Paper p : SyntheticSlice.papers(SyntheticSlice.lines(2_000, 6))) {
      for (PersonName n : p.authors()) {
        distinct.add(n.displayName());
      }
    }
    // A power-of-two length so the cycling index is a mask, not a modulo.
    int size = Integer.highestOneBit(distinct.size());
    List<String> list = List.copyOf(distinct).subList(0, size);
    texts = list.toArray(String[]::new);
    names = list.stream().map(PersonName::parse).toArray(PersonName[]::new);
    System.out.printf("%n[names: %,d distinct, %,d used]%n", distinct.size(), size);
  }

  private int nextIndex() {
    int i = next;
    next = (i + 1) & (texts.length - 1);
    return i;
  }

  /** Parses one "First Last" name. */
  @Benchmark
  public PersonName parse() {
    return PersonName.parse(texts[nextIndex()]);
  }

  /** The matching key of one parsed name. */
  @Benchmark
  public String key() {
    return names[nextIndex()].key();
  }

  /** The blocking key of one parsed name. */
  @Benchmark
  public String blockKey() {
    return names[nextIndex()].blockKey();
  }
}
