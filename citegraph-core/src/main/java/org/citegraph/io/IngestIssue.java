package org.citegraph.io;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A problem found while reading input: where, what was expected, and what the reader did about it.
 *
 * @param where source and line (or record number) of the problem
 * @param action whether the record was rejected or kept with a repair
 * @param message what was wrong and what was expected, e.g. "date 'Foo 3, 2020' does not parse (expected e.g.
 *     'Mar 22, 2022')"
 * @serial exclude
 */
public record IngestIssue(org.citegraph.model.SourceRef where, Action action, String message)
    implements java.io.Serializable {

  /**
   * How every reader ends the {@link Action#REPAIRED} message of a record whose author field is missing or names
   * nobody that could be read: such a paper is still a paper (it counts in the citation and topic graphs), only its
   * author list is empty.
   */
  public static final String KEPT_WITHOUT_AUTHORS = "the paper is kept without authors";

  /** What became of the record. */
  public enum Action {
    /** The record was not ingested. */
    REJECTED,
    /** The record was ingested with the problem repaired or the value left out (e.g. an unparseable date). */
    REPAIRED
  }

  /**
   * Validates that no field is null.
   *
   * @param where source and line (or record number) of the problem
   * @param action whether the record was rejected or kept with a repair
   * @param message what was wrong and what was expected
   * @throws NullPointerException if a field is null
   */
  public IngestIssue {
    checkNotNull(where, "where");
    checkNotNull(action, "action");
    checkNotNull(message, "message");
  }

  @Override
  public String toString() {
    return where + ": " + action.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
  }
}
