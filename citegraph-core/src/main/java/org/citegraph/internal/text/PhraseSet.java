package org.citegraph.internal.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;

/**
 * An immutable set of multi-word phrases (bigrams and trigrams of tokens, words separated by one space, e.g.
 * {@code "learned optimizer"}), each with the corpus count and association score it was selected with. Produced by
 * {@link PhraseExtractor}; used by {@link TermVectors} to add phrase terms next to the single-word terms.
 */
public final class PhraseSet {

  private static final PhraseSet EMPTY = new PhraseSet(ImmutableSortedMap.of(), ImmutableMap.of());

  private final ImmutableSortedMap<String, Double> scores;
  private final ImmutableMap<String, Integer> counts;
  private final int maxLength;
  private final ImmutableSet<String> firstWords;

  PhraseSet(Map<String, Double> scores, Map<String, Integer> counts) {
    this.scores = ImmutableSortedMap.copyOf(scores);
    this.counts = ImmutableMap.copyOf(counts);
    int max = 0;
    ImmutableSet.Builder<String> first = ImmutableSet.builder();
    for (String p : this.scores.keySet()) {
      max = Math.max(max, wordCount(p));
      first.add(p.substring(0, p.indexOf(' ')));
    }
    this.maxLength = max;
    this.firstWords = first.build();
  }

  /** The empty phrase set (single-word terms only). O(1). */
  public static PhraseSet empty() {
    return EMPTY;
  }

  /**
   * A phrase set from explicit phrases (e.g. a curated list); each phrase is a space-separated sequence of 2 or 3
   * tokens as produced by {@link Tokenizer}. Scores are NaN and counts 0. O(number of phrases · log).
   */
  public static PhraseSet of(Set<String> phrases) {
    ImmutableSortedMap.Builder<String, Double> s = ImmutableSortedMap.naturalOrder();
    ImmutableMap.Builder<String, Integer> c = ImmutableMap.builder();
    for (String p : phrases) {
      checkNotNull(p, "phrase");
      int words = wordCount(p);
      if (words < 2 || words > 3 || !p.equals(p.strip()) || p.contains("  ")) {
        throw new IllegalArgumentException("Not a 2- or 3-word phrase: '" + p + "'");
      }
      s.put(p, Double.NaN);
      c.put(p, 0);
    }
    return new PhraseSet(s.buildOrThrow(), c.buildOrThrow());
  }

  /** The phrases in ascending string order. O(1). */
  public Set<String> phrases() {
    return scores.keySet();
  }

  /** Number of phrases. O(1). */
  public int size() {
    return scores.size();
  }

  /** Whether the given space-separated token sequence is a phrase of this set. O(length). */
  public boolean contains(String phrase) {
    return scores.containsKey(phrase);
  }

  /** The association score the phrase was selected with, or NaN when absent or not scored. O(log size). */
  public double score(String phrase) {
    Double s = scores.get(phrase);
    return s == null ? Double.NaN : s;
  }

  /** How often the phrase occurred in the corpus it was extracted from (0 when absent or given explicitly). */
  public int count(String phrase) {
    Integer c = counts.get(phrase);
    return c == null ? 0 : c;
  }

  /**
   * Reports every occurrence of a phrase of this set inside one segment (a run of consecutive tokens from {@link
   * Tokenizer#segments}): at each position, the bigram and then the trigram starting there, when they are phrases.
   * Overlapping occurrences are all reported. O(segment length · maximal phrase length).
   */
  public void forEachOccurrence(List<String> segment, Consumer<String> sink) {
    if (maxLength < 2 || segment.size() < 2) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i + 1 < segment.size(); i++) {
      if (!firstWords.contains(segment.get(i))) {
        continue;
      }
      sb.setLength(0);
      sb.append(segment.get(i));
      for (int len = 2; len <= maxLength && i + len <= segment.size(); len++) {
        sb.append(' ').append(segment.get(i + len - 1));
        String candidate = sb.toString();
        if (scores.containsKey(candidate)) {
          sink.accept(candidate);
        }
      }
    }
  }

  /** The phrase occurrences of one segment as a list, in the order of {@link #forEachOccurrence}. */
  public List<String> occurrences(List<String> segment) {
    List<String> out = new ArrayList<>();
    forEachOccurrence(segment, out::add);
    return out;
  }

  private static int wordCount(String phrase) {
    int words = 1;
    for (int i = 0; i < phrase.length(); i++) {
      if (phrase.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  @Override
  public String toString() {
    return "PhraseSet" + scores.keySet();
  }
}
