package org.citegraph.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Run in a child JVM with a small heap by {@link MemoryBombTest}: writes one hostile file (a compressed file whose one
 * line or value expands to hundreds of megabytes, or a BibTeX macro bomb), reads it leniently through {@link
 * Inputs#read(Path, RecordSink)}, and prints the papers and rejections.
 */
public final class MemoryBombMain {
  private MemoryBombMain() {}

  static final String KAGGLE = "{\"id\":\"0704.0001\",\"authors\":\"C. Balazs, E. L. Berger\",\"title\":"
      + "\"Calculation of prompt diphoton production\",\"categories\":\"hep-ph\",\"abstract\":\"A calculation.\","
      + "\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 2 Apr 2007 19:18:42 GMT\"}],"
      + "\"update_date\":\"2008-11-13\"}";

  /** Writes {@code count} copies of {@code c}, a megabyte at a time. */
  private static void repeat(OutputStream out, char c, long count) throws IOException {
    byte[] block = new byte[1 << 20];
    Arrays.fill(block, (byte) c);
    for (long left = count; left > 0; left -= block.length) {
      out.write(block, 0, (int) Math.min(left, block.length));
    }
  }

  private static void text(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Arguments: the case ({@code jsonl}, {@code tsv}, {@code xml}, {@code bibtex}), a directory, the characters of
   * the huge part.
   *
   * @param args the arguments
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    String kind = args[0];
    Path dir = Path.of(args[1]);
    long huge = Long.parseLong(args[2]);
    Path file;
    switch (kind) {
      case "jsonl" -> {
        file = dir.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
          text(out, KAGGLE + "\n{\"id\":\"0704.0002\",\"title\":\"");
          repeat(out, 'x', huge);
          text(out, "\"}\n" + KAGGLE.replace("0704.0001", "0704.0003") + "\n");
        }
      }
      case "tsv" -> {
        file = dir.resolve("bomb.tsv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
          String header = "\tabstract\tacm_class\tarxiv_id\tauthor_text\tcategories\tcomments\tcreated\tdoi"
              + "\tnum_authors\tnum_categories\tprimary_cat\ttitle\tupdated\tcategories_list\n";
          String row = "%d\tAn abstract.\t\t1501.0000%d\tJane Doe\tcs.NE\t\t2015-01-0%d\t\t1\t1\tcs.NE\t%s"
              + "\t2015-01-0%d\t['cs.NE']\n";
          text(out, header + String.format(row, 0, 1, 1, "A title", 1));
          text(out, "1\tAn abstract.\t\t1501.00002\tJohn Roe\tcs.NE\t\t2015-01-02\t\t1\t1\tcs.NE\t");
          repeat(out, 'y', huge);
          text(out, "\t2015-01-02\t['cs.NE']\n" + String.format(row, 2, 3, 3, "Another title", 3));
        }
      }
      case "xml" -> {
        file = dir.resolve("bomb.xml.gz");
        String entry = "<entry><id>http://arxiv.org/abs/0704.000%dv1</id><published>2007-04-02T19:18:42Z</published>"
            + "<title>%s</title><author><name>Jane Doe</name></author></entry>\n";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
          text(out, "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
          text(out, String.format(entry, 1, "Kept"));
          text(out, "<entry><id>http://arxiv.org/abs/0704.0002v1</id><title>");
          repeat(out, 'z', huge);
          text(out, "</title><author><name>Jane Doe</name></author></entry>\n");
          text(out, String.format(entry, 3, "Also kept"));
          text(out, "</feed>\n");
        }
      }
      case "bibtex" -> {
        file = dir.resolve("bomb.bib");
        StringBuilder bib = new StringBuilder("@string{m0 = \"lol\"}\n");
        for (int i = 1; i <= huge; i++) {
          bib.append("@string{m").append(i).append(" = m").append(i - 1).append(" # m").append(i - 1).append("}\n");
        }
        bib.append("@article{a, title = {Kept}, author = {Doe, Jane}, year = 2001}\n");
        Files.writeString(file, bib);
      }
      default -> throw new IllegalArgumentException("unknown case " + kind);
    }
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, sink);
    System.out.println("papers=" + sink.papers().size());
    System.out.println("rejected=" + sink.issues(IngestIssue.Action.REJECTED).size());
    sink.issues().forEach(i -> System.out.println("issue " + i.where().line() + " " + i.message()));
  }
}
