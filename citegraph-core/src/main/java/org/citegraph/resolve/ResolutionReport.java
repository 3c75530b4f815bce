package org.citegraph.resolve;

import org.citegraph.io.IngestIssue;



import java.util.List;

import com.google.common.collect.ImmutableList;


/**
 * What became of every input record and every name: which records were merged into which paper and why, which name
 * variants were merged into which author and why, which names were kept apart and why, and which records were
 * rejected or repaired and why. Nothing read disappears without a line here.
 *
 * @param recordsRead records seen by the readers (ingested plus rejected)
 * @param papers papers after de-duplication
 * @param authors authors after resolution
 * @param paperMerges every group of records merged into one paper
 * @param authorMerges every name variant joined to another
 * @param keptApart names that fit a fuller name but were kept separate
 * @param issues every problem the readers reported, rejected records and repaired values
 */
public record ResolutionReport(int recordsRead, int papers, int authors, List<PaperMerge> paperMerges,
    List<AuthorMerge> authorMerges, List<KeptApart> keptApart, List<IngestIssue> issues) {

  /**
   * Copies the lists.
   *
   * @param recordsRead records seen by the readers, at least 0
   * @param papers papers after de-duplication
   * @param authors authors after resolution
   * @param paperMerges every group of records merged into one paper, copied in order
   * @param authorMerges every name variant joined to another, copied in order
   * @param keptApart names kept separate, copied in order
   * @param issues every problem the readers reported, copied in order
   * @throws NullPointerException if a list or an element is null
   */
  public ResolutionReport {
    paperMerges = ImmutableList.copyOf(paperMerges);
    authorMerges = ImmutableList.copyOf(authorMerges);
    keptApart = ImmutableList.copyOf(keptApart);
    issues = ImmutableList.copyOf(issues);
  }

  /**
   * The rejected records.
   *
   * @return the issues whose action is {@link IngestIssue.Action#REJECTED}, in order, immutable; empty when every
   *     record was ingested
   */
  public List<IngestIssue> rejected() {
    return issues.stream().filter(i -> i.action() == IngestIssue.Action.REJECTED).toList();
  }

  /**
   * Number of records rejected.
   *
   * @return the size of {@link #rejected()}, at least 0
   */
  public int rejectedRecords() {
    return rejected().size();
  }

  /**
   * Number of records ingested.
   *
   * @return records read minus records rejected
   */
  public int ingestedRecords() {
    return recordsRead - rejectedRecords();
  }

  /**
   * Number of ingested records that merged into another record's paper: ingested records minus papers. Records read
   * twice from the same source and line count here too.
   *
   * @return ingested records minus papers
   */
  public int mergedRecords() {
    return ingestedRecords() - papers;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("Resolution report: ").append(recordsRead).append(" records read, ").append(rejectedRecords())
        .append(" rejected, ").append(mergedRecords()).append(" merged, ").append(papers).append(" papers, ")
        .append(authors).append(" authors\n");
    section(sb, "Records merged into one paper", paperMerges);
    section(sb, "Name variants merged into one author", authorMerges);
    section(sb, "Names kept apart", keptApart);
    section(sb, "Input problems", issues);
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title, List<?> lines) {
    sb.append('\n').append(title).append(" (").append(lines.size()).append(")\n");
    for (Object line : lines) {
      sb.append("  ").append(line).append('\n');
    }
  }
}
