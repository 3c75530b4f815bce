package org.citegraph.graph;

import java.util.List;

import org.citegraph.model.Paper;
import org.citegraph.model.SourceRef;

/**
 * A resolved citation: {@code citing} lists a reference that resolved to {@code cited}.
 *
 * @param citing the citing paper
 * @param cited the cited paper
 * @param key the reference key that resolved, e.g. {@code arxiv:1706.03762} or {@code doi:10.1000/x}
 */
public record CitationEdge(Paper citing, Paper cited, String key) {

  /**
   * Where the citation comes from: the source records of the citing paper (one of them listed the reference).
   *
   * @return the citing paper's provenance, never empty
   */
  public List<SourceRef> provenance() {
    return citing.provenance();
  }

  @Override
  public String toString() {
    return citing.id() + " -> " + cited.id() + " (" + key + ")";
  }
}
