package org.citegraph.io;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Paper;

/**
 * A {@link RecordSink} that keeps everything it receives in memory, in arrival order.
 *
 * <p>Two modes: {@link #lenient()} collects every issue and goes on; {@link #strict()} throws {@link
 * MalformedRecordException} at the first issue of either action (rejected or repaired), after recording it. Papers
 * and profiles received before the exception stay available. Not thread-safe.
 */
public final class CollectingSink implements RecordSink {
  private final boolean strict;
  private final List<Paper> papers = new ArrayList<>();
  private final List<AuthorProfile> profiles = new ArrayList<>();
  private final List<IngestIssue> issues = new ArrayList<>();

  private CollectingSink(boolean strict) {
    this.strict = strict;
  }

  /**
   * A sink that collects papers, profiles and issues and never throws.
   *
   * @return a new, empty lenient sink with the default {@link InputLimits}
   */
  public static CollectingSink lenient() {
    return new CollectingSink(false);
  }

  /**
   * A sink that collects papers and profiles and throws {@link MalformedRecordException} at the first issue.
   *
   * @return a new, empty strict sink with the default {@link InputLimits}
   */
  public static CollectingSink strict() {
    return new CollectingSink(true);
  }

  /**
   * Whether this sink throws at the first issue.
   *
   * @return {@code true} for a sink made by {@link #strict()}, {@code false} for one made by {@link #lenient()}
   */
  public boolean isStrict() {
    return strict;
  }

  @Override
  public void paper(Paper record) {
    papers.add(checkNotNull(record, "record"));
  }

  /**
   * Records the issue; a strict sink then throws.
   *
   * @throws MalformedRecordException if this sink is strict
   */
  @Override
  public void issue(IngestIssue issue) {
    issues.add(checkNotNull(issue, "issue"));
    if (strict) {
      throw new MalformedRecordException(issue);
    }
  }

  @Override
  public void profile(AuthorProfile profile) {
    profiles.add(checkNotNull(profile, "profile"));
  }

  /**
   * The papers received, in order.
   *
   * @return an unmodifiable live view of the papers received so far; empty when none was
   */
  public List<Paper> papers() {
    return Collections.unmodifiableList(papers);
  }

  /**
   * The profile headers received, in order.
   *
   * @return an unmodifiable live view of the profile headers received so far; empty when none was
   */
  public List<AuthorProfile> profiles() {
    return Collections.unmodifiableList(profiles);
  }

  /**
   * Every issue received, in order.
   *
   * @return an unmodifiable live view of the issues received so far, rejected and repaired alike; empty when none
   *     was
   */
  public List<IngestIssue> issues() {
    return Collections.unmodifiableList(issues);
  }

  /**
   * The issues with the given action, in order.
   *
   * @param action the action to keep: rejected records or repaired values
   * @return an immutable snapshot of the matching issues received so far
   * @throws NullPointerException if {@code action} is null
   */
  public List<IngestIssue> issues(IngestIssue.Action action) {
    checkNotNull(action, "action");
    return issues.stream().filter(i -> i.action() == action).toList();
  }

  @Override
  public String toString() {
    return (strict ? "strict" : "lenient") + " sink: " + papers.size() + " papers, " + profiles.size()
        + " profiles, " + issues.size() + " issues";
  }
}
