package org.citegraph.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.citegraph.CiteGraph;
import org.citegraph.internal.io.LineSource;
import org.citegraph.model.Paper;
import org.citegraph.resolve.ResolutionReport;

/**
 * Run in a child JVM with a small heap by {@link ReaderFuzzProperties#mutatedFilesAreReadWithinASmallHeap}: reads
 * every file of a directory of mutated samples, named {@code <n>-<sample index>} (the index into {@link
 * ReaderFuzzProperties#SAMPLES}, whose detected reader reads the file), with {@link ReaderFuzzProperties#SMALL}
 * limits, and prints one line per file:
 *
 * <pre>
 * file=3-7 format=arxiv-jsonl papers=5 rejected=1 fileRejections=0 foreign=0 lines=6 read=6 corpusPapers=4 merged=1
 * </pre>
 *
 * <p>{@code papers} and {@code rejected} count the reader's {@code paper} calls and rejections, {@code
 * fileRejections} the rejections of the whole file ("empty file"), {@code foreign} the issues naming another source;
 * {@code lines} is the number of non-blank lines for the JSON Lines formats (one record per line), else -1; {@code
 * read}, {@code corpusPapers} and {@code merged} are the {@link ResolutionReport} of a corpus built from the same
 * file. A {@link Throwable} escaping the reader prints {@code
 * escaped=<class>: <message>} for that file. The last line is {@code done files=<n>}. Papers are counted, not kept,
 * so the heap holds one file's corpus at a time.
 */
public final class FuzzReadMain {
  private FuzzReadMain() {}

  /** Counts papers and rejections without keeping them. */
  private static final class CountingSink implements RecordSink {
    final String source;
    long papers;
    long rejected;
    long rejectedFile;
    long foreign;

    CountingSink(String source) {
      this.source = source;
    }

    @Override
    public void paper(Paper record) {
      papers++;
    }

    @Override
    public void issue(IngestIssue issue) {
      if (!issue.where().source().equals(source)) {
        foreign++;
      }
      if (issue.action() == IngestIssue.Action.REJECTED) {
        rejected++;
        if (issue.message().startsWith("empty file")) {
          rejectedFile++;
        }
      }
    }

    @Override
    public InputLimits limits() {
      return ReaderFuzzProperties.SMALL;
    }
  }

  /**
   * Reads the files of one directory.
   *
   * @param args the directory
   * @throws IOException if the directory cannot be listed
   */
  public static void main(String[] args) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of(args[0]))) {
      files = list.sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      int which = Integer.parseInt(name.substring(name.indexOf('-') + 1));
      byte[] original = ReaderFuzzProperties.sample(which);
      RecordReader reader = Inputs.detect(new String(original, StandardCharsets.UTF_8),
          ReaderFuzzProperties.SAMPLES[which]);
      CountingSink sink = new CountingSink(file.toString());
      StringBuilder line = new StringBuilder("file=").append(name).append(" format=").append(reader.formatName());
      try (InputStream in = Files.newInputStream(file)) {
        reader.read(file, in, sink);
      } catch (Throwable t) {
        System.out.println(line.append(" escaped=").append(t.getClass().getName()).append(": ")
            .append(t.getMessage()));
        continue;
      }
      line.append(" papers=").append(sink.papers).append(" rejected=").append(sink.rejected)
          .append(" fileRejections=").append(sink.rejectedFile).append(" foreign=").append(sink.foreign)
          .append(" lines=").append(jsonLines(reader) ? nonBlankLines(file) : -1);
      try {
        ResolutionReport report = CiteGraph.builder().limits(ReaderFuzzProperties.SMALL).lenient()
            .add(file, reader).build().report();
        line.append(" read=").append(report.recordsRead()).append(" corpusPapers=").append(report.papers())
            .append(" merged=").append(report.mergedRecords());
      } catch (Throwable t) {
        line.append(" escaped=").append(t.getClass().getName()).append(" building the corpus: ")
            .append(t.getMessage());
      }
      System.out.println(line);
    }
    System.out.println("done files=" + files.size());
  }

  /** Whether the reader reads one record per line (the JSON Lines formats of arXiv metadata). */
  static boolean jsonLines(RecordReader reader) {
    return reader.formatName().equals("arxiv-jsonl") || reader.formatName().equals("unarxive-jsonl");
  }

  private static long nonBlankLines(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        BufferedReader text = Inputs.text(in, "count", CollectingSink.lenient())) {
      return text.lines().map(LineSource.TRIM::trimFrom).filter(l -> !l.isEmpty()).count();
    }
  }
}
