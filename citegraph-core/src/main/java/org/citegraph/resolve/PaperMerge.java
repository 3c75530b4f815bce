package org.citegraph.resolve;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

import com.google.common.collect.ImmutableList;

import org.citegraph.model.PaperId;
import org.citegraph.model.SourceRef;

/**
 * One line of the resolution report: several input records were merged into one paper.
 *
 * @param paper the merged paper's id
 * @param title the merged paper's title
 * @param sources every record merged, in source order
 * @param reason why the records were taken to be one paper
 */
public record PaperMerge(PaperId paper, String title, List<SourceRef> sources, String reason) {
  /**
   * Validates and copies.
   *
   * @param paper the merged paper's id
   * @param title the merged paper's title
   * @param sources every record merged, in source order; at least two, copied
   * @param reason why the records were taken to be one paper, e.g. a shared identifier
   * @throws IllegalArgumentException if fewer than two sources are given
   */
  public PaperMerge {
    sources = ImmutableList.copyOf(sources);
    checkArgument(sources.size() >= 2, "A merge needs at least two records, got %s", sources);
  }

  @Override
  public String toString() {
    return paper + " \"" + title + "\" <- " + sources + ": " + reason;
  }
}
