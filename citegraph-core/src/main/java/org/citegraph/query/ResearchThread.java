package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import org.citegraph.model.Author;
import org.citegraph.model.Paper;
import org.citegraph.model.PubDate;

/**
 * One line of an author's work that continues over time: a group of the author's papers linked by similarity. Made
 * by {@link ResearchThreads}; part of a {@link Timeline}.
 *
 * @param label the thread's most distinctive terms against the author's other papers (Dunning G²), joined by
 *     {@code " · "}; the first paper's title when no term is distinctive (e.g. a single thread)
 * @param start the date of the earliest dated paper, if any
 * @param end the date of the latest dated paper, if any
 * @param papers the papers, in date order (undated last), at least one
 * @param collaborators the co-authors on the thread's papers (the author excluded), most shared papers first, ties
 *     by name
 * @param categories the number of papers per primary category ("unknown" when missing), most first, ties by code
 * @param events the events, in date order: STARTS, possibly BRANCHES_OFF, CONTINUES per later paper, possibly STOPS
 */
public record ResearchThread(String label, Optional<PubDate> start, Optional<PubDate> end, List<Paper> papers,
    List<CoauthorCount> collaborators, Map<String, Integer> categories, List<ThreadEvent> events) {

  /**
   * A co-author of a thread with the number of the thread's papers they are on.
   *
   * @param coauthor the co-author
   * @param papers how many of the thread's papers they are on
   */
  public record CoauthorCount(Author coauthor, int papers) {
    /**
     * Validates the fields.
     *
     * @param coauthor the co-author; not null
     * @param papers how many of the thread's papers they are on, at least 1
     * @throws NullPointerException if {@code coauthor} is null
     * @throws IllegalArgumentException if {@code papers} is less than 1
     */
    public CoauthorCount {
      checkNotNull(coauthor, "coauthor");
      checkArgument(papers >= 1, "papers must be positive: %s", papers);
    }

    /** The co-author's name and count, e.g. {@code Luke Metz ×7}. */
    @Override
    public String toString() {
      return coauthor.displayName() + " ×" + papers;
    }
  }

  /**
   * Validates the fields and copies the collections into immutable ones, keeping their order.
   *
   * @param label the thread's most distinctive terms joined by {@code " · "}, or the first paper's title; not null
   * @param start the date of the earliest dated paper; empty when no paper is dated
   * @param end the date of the latest dated paper; empty when no paper is dated
   * @param papers the papers, in date order (undated last); at least one
   * @param collaborators the co-authors other than the author, most shared papers first; empty for solo work
   * @param categories the number of papers per primary category code, most first
   * @param events the thread's events, in date order
   * @throws NullPointerException if any argument or collection element is null
   * @throws IllegalArgumentException if {@code papers} is empty
   */
  public ResearchThread {
    checkNotNull(label, "label");
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    papers = ImmutableList.copyOf(papers);
    checkArgument(!papers.isEmpty(), "A thread has at least one paper");
    collaborators = ImmutableList.copyOf(collaborators);
    categories = ImmutableMap.copyOf(categories);
    events = ImmutableList.copyOf(events);
  }

  /**
   * The number of papers.
   *
   * @return the size of {@link #papers()}, at least 1
   */
  public int size() {
    return papers.size();
  }

  /**
   * The first paper (in date order).
   *
   * @return the earliest paper; an undated one only when no paper of the thread is dated
   */
  public Paper first() {
    return papers.get(0);
  }

  /**
   * The last paper (in date order).
   *
   * @return the latest paper, or the last undated one when the thread has undated papers; the same as {@link
   *     #first()} for a single-paper thread
   */
  public Paper last() {
    return papers.get(papers.size() - 1);
  }

  /**
   * Whether the thread has an event of this kind, e.g. whether it branches off another thread.
   *
   * @param kind the kind of event to look for
   * @return true when at least one of {@link #events()} is of that kind
   */
  public boolean has(ThreadEvent.Kind kind) {
    return events.stream().anyMatch(e -> e.kind() == kind);
  }

  /**
   * The titles of the papers, in date order.
   *
   * @return an immutable list of the titles, one per paper of {@link #papers()}, in the same order
   */
  public List<String> titles() {
    return papers.stream().map(Paper::title).toList();
  }

  /**
   * The label, the years and the number of papers, e.g. {@code learned optimizer (2017–2022, 8 papers)}; one year
   * when the start and end years agree.
   */
  @Override
  public String toString() {
    String from = start.map(d -> Integer.toString(d.year())).orElse("?");
    String to = end.map(d -> Integer.toString(d.year())).orElse("?");
    return label + " (" + (from.equals(to) ? from : from + "–" + to) + ", " + papers.size()
        + (papers.size() == 1 ? " paper)" : " papers)");
  }
}
