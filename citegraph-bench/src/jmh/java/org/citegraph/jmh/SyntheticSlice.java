package org.citegraph.jmh;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.citegraph.bench.SyntheticCorpus;
import org.citegraph.io.arxiv.ArxivJsonLinesReader;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;
import org.citegraph.model.Paper;

/** Synthetic arXiv JSON lines held in memory, shared by the benchmarks' {@code @Setup} methods. */
final class SyntheticSlice {
  private SyntheticSlice() {}

  /** The bytes of {@code papers} synthetic records ({@link SyntheticCorpus}, fixed seed), as JSON lines. */
  static byte[] lines(int papers, long seed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(papers * 1600);
    try {
      SyntheticCorpus.of(papers, seed).writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A reader over in-memory bytes, as {@code Inputs.open} would give for a plain file. */
  static BufferedReader reader(byte[] bytes) {
    return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8),
        1 << 16);
  }

  /** Parses the lines with the public {@link ArxivJsonLinesReader}; fails on any rejected record. */
  static List<Paper> papers(byte[] bytes) {
    List<Paper> papers = new ArrayList<>();
    try (BufferedReader in = reader(bytes)) {
      new ArxivJsonLinesReader().read(in, "synthetic.jsonl", new RecordSink() {
        @Override
        public void paper(Paper record) {
          papers.add(record);
        }

        @Override
        public void issue(IngestIssue issue) {
          if (issue.action() == IngestIssue.Action.REJECTED) {
            throw new IllegalStateException("synthetic record rejected: " + issue);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return papers;
  }
}
