package org.citegraph.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/** Reads "title TAB authors separated by ';' TAB year" lines (format {@code tabbed-titles}). */
public final class TabbedTitlesReader extends AbstractRecordReader {
  /** Creates the reader. */
  public TabbedTitlesReader() {
    super("tabbed-titles");
  }

  @Override
  public boolean looksLike(String head) {
    return head.startsWith("#tabbed-titles");
  }

  @Override
  protected void readRecords(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    long number = 0;
    for (String line; (line = in.readLine()) != null; ) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || f[0].isBlank()) {
        reject(sink, sourceName, number, "expected 'title<TAB>authors<TAB>year', got " + f.length + " fields");
        continue;
      }
      Paper.Builder paper = Paper.builder().title(f[0].strip()).source(new SourceRef(sourceName, number));
      for (String name : List.of(f[1].split(";"))) {
        if (!name.isBlank()) {
          paper.author(PersonName.parse(name));
        }
      }
      try {
        paper.date(PubDate.ofYear(Integer.parseInt(f[2].strip())));
      } catch (IllegalArgumentException e) {
        repair(sink, sourceName, number, "year '" + f[2] + "' left out (expected four digits)");
      }
      sink.paper(paper.build());
    }
  }
}
