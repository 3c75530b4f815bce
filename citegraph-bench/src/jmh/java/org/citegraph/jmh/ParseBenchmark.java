package org.citegraph.jmh;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.io.arxiv.ArxivJsonLinesReader;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;
import org.citegraph.model.Paper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ingest of arXiv Kaggle JSON lines: the reader alone on in-memory bytes ({@link #readLines}), and the whole
 * public load ({@code CiteGraph.builder().add(file).build()}: read, paper de-duplication, author resolution,
 * incidence, indexes) on the same lines written to a temporary file ({@link #buildCorpus}). One operation is the
 * whole slice of {@code papers} synthetic records; the bytes per operation are printed at setup, so MB/s =
 * bytes per op / seconds per op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {
  /** Synthetic papers per operation. */
  @Param({"2000"})
  public int papers;

  private byte[] bytes;
  private Path file;

  /** Generates the slice (seed 5) and writes it to a temporary file. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    bytes = SyntheticSlice.lines(papers, 5);
    file = Files.createTempFile("citegraph-jmh", ".jsonl");
    Files.write(file, bytes);
    System.out.printf("%n[slice: %,d papers, %,d bytes per operation]%n", papers, bytes.length);
  }

  /** Removes the temporary file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Parses every line with {@link ArxivJsonLinesReader} into {@link Paper} records (no resolution). */
  @Benchmark
  public int readLines(Blackhole bh) throws IOException {
    int[] count = new int[1];
    try (BufferedReader in = SyntheticSlice.reader(bytes)) {
      new ArxivJsonLinesReader().read(in, "synthetic.jsonl", new RecordSink() {
        @Override
        public void paper(Paper record) {
          bh.consume(record);
          count[0]++;
        }

        @Override
        public void issue(IngestIssue issue) {
          bh.consume(issue);
        }
      });
    }
    return count[0];
  }

  /** The full public load of the file: parse, de-duplicate, resolve authors, build the corpus indexes. */
  @Benchmark
  public Corpus buildCorpus() {
    return CiteGraph.builder().add(file).build();
  }
}
