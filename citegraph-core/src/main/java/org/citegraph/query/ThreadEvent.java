package org.citegraph.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

import org.citegraph.model.Paper;
import org.citegraph.model.PubDate;

/**
 * Something that happens in a {@link ResearchThread}: it starts, continues, branches off another thread, or stops.
 *
 * @param kind what happens
 * @param date when (the paper's date; empty for an undated paper)
 * @param paper the paper at which it happens
 * @param related for {@link Kind#BRANCHES_OFF}: the earlier paper, in another thread, that the branching paper is
 *     most similar to; empty otherwise
 */
public record ThreadEvent(Kind kind, Optional<PubDate> date, Paper paper, Optional<Paper> related) {

  /** The kinds of events of a thread. */
  public enum Kind {
    /** The thread's first paper. */
    STARTS,
    /** A later paper of the thread. */
    CONTINUES,
    /**
     * The thread's first paper is most similar to an earlier paper of another thread (with a similarity at least the
     * branch threshold, but below the link threshold, else the two would be in one thread).
     */
    BRANCHES_OFF,
    /** The thread's last paper, when it appeared before the author's last year with a dated paper. */
    STOPS
  }

  /**
   * Validates the fields.
   *
   * @param kind what happens; not null
   * @param date the paper's date; empty for an undated paper
   * @param paper the paper at which it happens; not null
   * @param related for {@link Kind#BRANCHES_OFF}, the earlier paper of another thread it branches from; empty
   *     otherwise
   * @throws NullPointerException if any argument is null
   */
  public ThreadEvent {
    checkNotNull(kind, "kind");
    checkNotNull(date, "date");
    checkNotNull(paper, "paper");
    checkNotNull(related, "related");
  }

  /** A one-line description, e.g. {@code 2019-06-08 CONTINUES "Using learned optimizers..."}. */
  @Override
  public String toString() {
    return date.map(Object::toString).orElse("undated") + " " + kind + " \"" + paper.title() + "\""
        + related.map(r -> " (from \"" + r.title() + "\")").orElse("");
  }
}
