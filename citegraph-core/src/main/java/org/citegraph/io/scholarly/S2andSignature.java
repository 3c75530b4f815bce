package org.citegraph.io.scholarly;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

import com.google.common.collect.ImmutableList;

import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.SourceRef;

/**
 * One S2AND "signature": a name as it appears at one position of one paper's author list, the unit that S2AND
 * (Subramanian et al. 2021, "S2AND: A Benchmark and Evaluation System for Author Name Disambiguation", JCDL)
 * clusters into persons. Read by {@link S2andSignaturesReader#signatures}.
 *
 * @param id the signature id, the key in {@code signatures.json}
 * @param paperId the S2 corpus id of the paper ({@code paper_id})
 * @param position the 0-based position in the paper's author list ({@code author_info.position})
 * @param name first, middle and last name and suffix as one name
 * @param block S2AND's blocking key ({@code author_info.block}, e.g. {@code l zhang}), or the name's {@link
 *     PersonName#blockKey()} when the source has none
 * @param affiliations the signature's affiliations as written
 * @param where the source and the signature's record number (its 1-based place in the file)
 */
public record S2andSignature(String id, long paperId, int position, PersonName name, String block,
    List<String> affiliations, SourceRef where) {

  /**
   * Validates the fields and copies the affiliations.
   *
   * @param id the signature id
   * @param paperId the S2 corpus id of the paper, at least 0
   * @param position the 0-based position in the paper's author list, at least 0
   * @param name the name as one parsed name
   * @param block S2AND's blocking key
   * @param affiliations the signature's affiliations as written, copied in order; empty when none is given
   * @param where the source and the signature's record number
   * @throws IllegalArgumentException if {@code paperId} or {@code position} is negative
   * @throws NullPointerException if {@code id}, {@code name}, {@code block}, {@code where} or an affiliation is null
   */
  public S2andSignature {
    checkNotNull(id, "id");
    checkArgument(paperId >= 0, "Signature %s has a negative paper id %s", id, paperId);
    checkArgument(position >= 0, "Signature %s has a negative position %s", id, position);
    checkNotNull(name, "name");
    checkNotNull(block, "block");
    affiliations = ImmutableList.copyOf(affiliations);
    checkNotNull(where, "where");
  }

  /**
   * The id of the signature's paper: {@code s2:CorpusId:<paper_id>}.
   *
   * @return the Semantic Scholar corpus id of the paper, as the readers of this package give it to the paper
   */
  public PaperId paper() {
    return PaperId.semanticScholar("CorpusId:" + paperId);
  }
}
