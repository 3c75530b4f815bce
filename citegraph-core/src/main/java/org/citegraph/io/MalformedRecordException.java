package org.citegraph.io;

/**
 * Thrown in strict mode at the first problem in the input. The message names the source, the line or record and
 * what was expected; {@link #issue()} holds the same facts as data.
 */
public final class MalformedRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** The problem, as data (serialised with the exception). */
  private final IngestIssue issue;

  /**
   * An exception for one ingest issue.
   *
   * @param issue the problem; the message is its source and line followed by its message
   */
  public MalformedRecordException(IngestIssue issue) {
    super(issue.where() + ": " + issue.message());
    this.issue = issue;
  }

  /**
   * The problem that stopped the ingest.
   *
   * @return the issue this exception was made for (it is serialized with the exception, so it is never null)
   */
  public IngestIssue issue() {
    return issue;
  }
}
