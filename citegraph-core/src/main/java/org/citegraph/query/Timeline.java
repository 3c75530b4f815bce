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

  /** Validates the fields and copies the threads. */
  public Timeline {
    checkNotNull(author, "author");
    checkNotNull(settings, "settings");
    threads = ImmutableList.copyOf(threads);
  }

  /** The number of threads. */
  public int size() {
    return threads.size();
  }

  /** The number of papers over all threads. */
  public int paperCount() {
    return threads.stream().mapToInt(ResearchThread::size).sum();
  }

  /** The thread holding the paper, if it is one of the author's. */
  public Optional<ResearchThread> threadOf(Paper paper) {
    checkNotNull(paper, "paper");
    return threads.stream().filter(t -> t.papers().contains(paper)).findFirst();
  }

  /** The thread holding a paper with exactly this title. */
  public ResearchThread threadOfTitle(String title) {
    Optional<ResearchThread> t = threads.stream().filter(th -> th.titles().contains(title)).findFirst();
    checkArgument(t.isPresent(), "No paper titled '%s' in the timeline of %s", title, author);
    return t.get();
  }

  /** The text timeline: one row per thread, years along the columns (see {@link TimelineText}). */
  public String toText() {
    return TimelineText.render(this);
  }

  /** The text timeline, as {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }
}
