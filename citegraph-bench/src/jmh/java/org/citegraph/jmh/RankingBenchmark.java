package org.citegraph.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.model.Author;
import org.citegraph.query.CollaboratorRanking;
import org.citegraph.query.Collaborators;
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
 * Top-10 collaborators ({@code Collaborators.of(corpus).top(10).rank(author)}) on a corpus of 20,000 synthetic papers
 * (seed 7) built once per fork, over a fixed sample of 4,096 random authors (seed 42) cycled one per operation.
 * {@link Mode#SampleTime} reports the latency distribution (p50, p99, p99.9), the quantity of the "top-10 under
 * 1 ms p99" target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RankingBenchmark {
  private Collaborators top10;
  private Author[] sample;

  /** Per-thread cursor into the author sample. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** Builds the corpus through the public loader and draws the author sample. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path file = Files.createTempFile("citegraph-jmh", ".jsonl");
    try {
      Files.write(file, SyntheticSlice.lines(20_000, 7));
      Corpus corpus = CiteGraph.builder().add(file).build();
      corpus.coauthorGraph();
      top10 = Collaborators.of(corpus).top(10);
      List<Author> authors = corpus.authors();
      SplittableRandom rnd = new SplittableRandom(42);
      sample = new Author[4096];
      for (int i = 0; i < sample.length; i++) {
        sample[i] = authors.get(rnd.nextInt(authors.size()));
      }
      System.out.printf("%n[corpus: %,d papers, %,d authors, %,d co-authorship edges]%n", corpus.papers().size(),
          authors.size(), corpus.coauthorGraph().edgeCount());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Ranks the top 10 collaborators of the next sampled author. */
  @Benchmark
  public CollaboratorRanking top10Collaborators(Cursor cursor) {
    Author a = sample[cursor.next];
    cursor.next = (cursor.next + 1) & (sample.length - 1);
    return top10.rank(a);
  }
}
