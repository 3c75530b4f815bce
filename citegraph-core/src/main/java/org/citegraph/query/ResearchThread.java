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
    /** Validates the fields. */
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

  /** Validates the fields and copies the collections into immutable ones. */
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

  /** The number of papers. */
  public int size() {
    return papers.size();
  }

  /** The first paper (in date order). */
  public Paper first() {
    return papers.get(0);
  }

  /** The last paper (in date order). */
  public Paper last() {
    return papers.get(papers.size() - 1);
  }

  /** Whether the thread has an event of this kind. */
  public boolean has(ThreadEvent.Kind kind) {
    return events.stream().anyMatch(e -> e.kind() == kind);
  }

  /** The titles of the papers, in date order. */
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
