package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

import org.citegraph.model.Author;
import org.citegraph.model.Paper;

/**
 * An author's research threads over time, made by {@link ResearchThreads}. Every paper of the author is in exactly
 * one thread. Threads are ordered by start date (undated last), then label. Prints as a text timeline ({@link
 * TimelineText}).
 *
 * @param author whose work this is
 * @param settings a one-line description of the settings that produced the threads
 * @param threads the threads
 */
public record Timeline(Author author, String settings, List<ResearchThread> threads) {

  /**
   * Validates the fields and copies the threads, keeping their order.
   *
   * @param author whose work this is; not null
   * @param settings a one-line description of the settings that produced the threads; not null
   * @param threads the threads, by start date (undated last), then label; empty for an author without papers
   * @throws NullPointerException if any argument or thread is null
   */
  public Timeline {
    checkNotNull(author, "author");
    checkNotNull(settings, "settings");
    threads = ImmutableList.copyOf(threads);
  }

  /**
   * The number of threads, single-paper threads included.
   *
   * @return the size of {@link #threads()}; 0 for an author without papers
   */
  public int size() {
    return threads.size();
  }

  /**
   * The threads of two or more papers: the story.
   *
   * @return those threads, in timeline order
   */
  public List<ResearchThread> stories() {
    return threads.stream().filter(t -> t.size() >= 2).toList();
  }

  /**
   * The single-papers lane: the papers alone in their thread (no other paper of the author is similar enough).
   *
   * @return those papers, in timeline order
   */
  public List<Paper> singlePapers() {
    return threads.stream().filter(t -> t.size() == 1).map(ResearchThread::first).toList();
  }

  /**
   * The number of papers over all threads.
   *
   * @return the number of the author's papers, each counted once since every paper is in exactly one thread
   */
  public int paperCount() {
    return threads.stream().mapToInt(ResearchThread::size).sum();
  }

  /**
   * The thread holding the paper, if it is one of the author's. O(papers).
   *
   * @param paper a paper
   * @return the one thread holding it; empty when the paper is not one of the author's
   * @throws NullPointerException if {@code paper} is null
   */
  public Optional<ResearchThread> threadOf(Paper paper) {
    checkNotNull(paper, "paper");
    return threads.stream().filter(t -> t.papers().contains(paper)).findFirst();
  }

  /**
   * The thread holding a paper with exactly this title (case and spacing included), the first in timeline order
   * when several papers share it. O(papers).
   *
   * @param title the paper's title, exactly as in {@link Paper#title()}
   * @return the thread holding that paper
   * @throws IllegalArgumentException if no paper of the timeline has this title, naming the title and the author
   */
  public ResearchThread threadOfTitle(String title) {
    Optional<ResearchThread> t = threads.stream().filter(th -> th.titles().contains(title)).findFirst();
    checkArgument(t.isPresent(), "No paper titled '%s' in the timeline of %s", title, author);
    return t.get();
  }

  /**
   * The text timeline: one row per thread, years along the columns (see {@link TimelineText}).
   *
   * @return the timeline as rendered by {@link TimelineText#render(Timeline)}, lines ending in {@code \n}
   */
  public String toText() {
    return TimelineText.render(this);
  }

  /**
   * Prints the whole text timeline to standard output: for JShell, which shortens long values in the middle.
   */
  public void show() {
    System.out.print(toText());
    System.out.flush();
  }

  /** The text timeline, as {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }
}
