package org.citegraph;

import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Run in a child JVM with a small heap by {@link ManyIdenticalRecordsHeapTest}: builds a corpus of {@code n} records
 * of one paper (the same fields, one line each of one file, as in a file of a record repeated a million times) and
 * prints {@code papers=<p> merged=<m>}.
 */
public final class ManyIdenticalRecordsMain {
  private ManyIdenticalRecordsMain() {}

  /**
   * Builds the corpus.
   *
   * @param args the number of records
   */
  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    Paper one = Paper.builder().identifier(PaperId.arxiv("0704.0001"))
        .title("Calculation of prompt diphoton production cross sections")
        .author(PersonName.of("Csaba", "Balazs")).author(PersonName.of("Edmond", "Berger"))
        .abstractText("A calculation.").date(PubDate.ofYear(2007)).source(new SourceRef("copies.jsonl", 1)).build();
    List<Paper> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // The same paper on line i + 1: only the provenance differs, as when a reader reads a repeated record.
      records.add(new Paper(one.id(), one.alternateIds(), one.title(), one.authors(), one.authorListComplete(),
          one.unplacedAuthors(), one.date(), one.updated(), one.primaryCategory(), one.categories(),
          one.abstractText(), one.affiliations(), one.hasCode(), one.citationCount(), one.references(),
          List.of(new SourceRef("copies.jsonl", i + 1))));
    }
    Corpus corpus = CiteGraph.builder().addRecords(records).build();
    System.out.println("papers=" + corpus.papers().size() + " merged=" + corpus.report().mergedRecords());
  }
}
