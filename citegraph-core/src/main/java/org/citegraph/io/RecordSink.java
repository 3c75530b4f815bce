package org.citegraph.io;

import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Paper;

/**
 * Receives what a {@link RecordReader} reads. Readers call {@link #paper} once per record they ingest, {@link
 * #issue} for every problem (a rejected record or a repaired value), and {@link #profile} for a profile header.
 * Every record a reader sees ends in exactly one {@code paper} call or one {@code issue} call with action {@link
 * IngestIssue.Action#REJECTED}.
 *
 * <p>A strict sink throws {@link MalformedRecordException} from {@link #issue}; readers let it propagate.
 */
public interface RecordSink {
  /**
   * One record read.
   *
   * @param record the paper as the reader built it, never null
   */
  void paper(Paper record);

  /**
   * A problem found; in strict mode this throws {@link MalformedRecordException}.
   *
   * @param issue where the problem is, whether the record was rejected or repaired, and what was expected
   * @throws MalformedRecordException if the sink is strict
   */
  void issue(IngestIssue issue);

  /**
   * The header of an author profile page. The default ignores it.
   *
   * @param profile the profile's owner and what the page says about them
   */
  default void profile(AuthorProfile profile) {}

  /**
   * The limits readers enforce while feeding this sink.
   *
   * @return {@link InputLimits#defaults()} unless overridden
   */
  default InputLimits limits() {
    return InputLimits.defaults();
  }
}
