package org.citegraph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;

import org.citegraph.graph.CorpusView;
import org.citegraph.internal.text.LongIntCounter;
import org.citegraph.internal.text.TermVectors;
import org.citegraph.internal.text.Tokenizer;
import org.citegraph.model.Paper;

/**
 * Per corpus, the tokens of its papers' titles and abstracts, kept between timelines so that an author's text model
 * does not tokenise the same papers again on every call. A paper's tokens ({@link Tokenizer#segments} of its title,
 * then of its abstract) do not depend on the query, and a corpus is immutable, so they are computed once, on first
 * use, and stored as primitive arrays of word ids into one dictionary per corpus.
 *
 * <p><b>Memory.</b> At most {@link #MAX_CACHED_TOKENS} tokens are kept per corpus (4 bytes each plus about 100 bytes
 * per paper; about 40 MB when full); past it the least recently used papers are dropped and tokenised again when
 * needed. The dictionary holds each distinct word of the papers ever tokenised (one string and one map entry per
 * word, bounded by the corpus's vocabulary). Corpora are held weakly: a corpus no longer used elsewhere is collected
 * with its cache.
 *
 * <p><b>Answers.</b> {@link #vectors} gives the vectors {@link TermVectors#of} gives for the papers' titles and
 * abstracts, bit for bit: the word ids handed to the builder are renumbered in first-seen order, as the builder
 * numbers words itself, whatever the dictionary's numbering (which depends on which papers were cached first).
 * Thread-safe: the per-paper cache is a concurrent cache, the dictionary is guarded by this object's lock, and two
 * calls tokenising the same paper at once store equal arrays.
 *
 * <p><b>Cost.</b> O(papers + tokens) per call when every paper is cached (one cache look-up per paper and one hash
 * look-up per token to renumber), plus the tokenising, O(text length), of the papers not cached (a first call costs
 * about what it cost without the cache, plus the renumbering).
 */
final class PaperTokens {
  /** Most tokens kept per corpus (about 40 MB); the least recently used papers are dropped past it. */
  static final long MAX_CACHED_TOKENS = 8_000_000;
  /** Weight of a cached paper beyond its tokens and segment ends, in ints (the object headers). */
  private static final int ENTRY_OVERHEAD = 24;

  private static final LoadingCache<CorpusView, PaperTokens> BY_CORPUS = CacheBuilder.newBuilder().weakKeys()
      .build(CacheLoader.from(c -> new PaperTokens()));

  /** One paper's tokens as dictionary word ids, title segments first, and the end of each segment. */
  private record Tokenized(int[] tokens, int[] segmentEnds, int titleSegments) {}

  private final Cache<Integer, Tokenized> byPaper = CacheBuilder.newBuilder().maximumWeight(MAX_CACHED_TOKENS)
      .weigher((Integer paper, Tokenized t) -> t.tokens().length + t.segmentEnds().length + ENTRY_OVERHEAD)
      .build();
  /** Word to dictionary id; guarded by {@code this}. */
  private final Map<String, Integer> ids = new HashMap<>();
  /** Dictionary id to word; guarded by {@code this}. */
  private final List<String> words = new ArrayList<>();

  private PaperTokens() {}

  /** The cache of this corpus, made on first use. */
  static PaperTokens of(CorpusView corpus) {
    return BY_CORPUS.getUnchecked(corpus);
  }

  /**
   * The TF-IDF vectors of these papers of the corpus, document {@code i} being {@code papers.get(i)}: equal to
   * {@code TermVectors.of} of their titles and abstracts. Papers not cached are tokenised (in parallel when {@code
   * parallel}) and cached.
   */
  TermVectors vectors(CorpusView corpus, List<Paper> papers, boolean parallel) {
    int n = papers.size();
    Tokenized[] rows = new Tokenized[n];
    int[] missing = new int[n];
    int missingCount = 0;
    for (int i = 0; i < n; i++) {
      rows[i] = byPaper.getIfPresent(corpus.indexOf(papers.get(i)));
      if (rows[i] == null) {
        missing[missingCount++] = i;
      }
    }
    if (missingCount > 0) {
      tokenize(corpus, papers, Arrays.copyOf(missing, missingCount), rows, parallel);
    }
    // Renumbered in first-seen order (paper order, then position), as TermVectors.Builder numbers words.
    // Dictionary id to local id + 1 (0: not yet numbered).
    LongIntCounter local = new LongIntCounter(1024);
    int[] globalOfLocal = new int[1024];
    int localCount = 0;
    int[][] tokens = new int[n][];
    int[][] ends = new int[n][];
    int[] titleSegments = new int[n];
    for (int i = 0; i < n; i++) {
      int[] global = rows[i].tokens();
      int[] row = new int[global.length];
      for (int k = 0; k < global.length; k++) {
        int g = global[k];
        int id = local.get(g) - 1;
        if (id < 0) {
          id = localCount++;
          local.add(g, id + 1);
          if (id == globalOfLocal.length) {
            globalOfLocal = Arrays.copyOf(globalOfLocal, 2 * id);
          }
          globalOfLocal[id] = g;
        }
        row[k] = id;
      }
      tokens[i] = row;
      ends[i] = rows[i].segmentEnds();
      titleSegments[i] = rows[i].titleSegments();
    }
    List<String> localWords = new ArrayList<>(localCount);
    synchronized (this) {
      for (int id = 0; id < localCount; id++) {
        localWords.add(words.get(globalOfLocal[id]));
      }
    }
    return TermVectors.builder().build(tokens, ends, titleSegments, localWords);
  }

  /** Tokenises the papers at these positions into {@code rows} and caches them. */
  private void tokenize(CorpusView corpus, List<Paper> papers, int[] positions, Tokenized[] rows,
      boolean parallel) {
    Tokenizer tokenizer = Tokenizer.english();
    List<List<String>>[] titles = newLists(positions.length);
    List<List<String>>[] abstracts = newLists(positions.length);
    IntStream each = IntStream.range(0, positions.length);
    (parallel ? each.parallel() : each).forEach(x -> {
      Paper paper = papers.get(positions[x]);
      titles[x] = tokenizer.segments(paper.title());
      abstracts[x] = tokenizer.segments(paper.abstractText());
    });
    synchronized (this) {
      for (int x = 0; x < positions.length; x++) {
        int count = 0;
        for (List<String> segment : titles[x]) {
          count += segment.size();
        }
        for (List<String> segment : abstracts[x]) {
          count += segment.size();
        }
        int[] row = new int[count];
        int[] segmentEnds = new int[titles[x].size() + abstracts[x].size()];
        int k = 0;
        int s = 0;
        for (List<List<String>> part : List.of(titles[x], abstracts[x])) {
          for (List<String> segment : part) {
            for (String w : segment) {
              Integer id = ids.get(w);
              if (id == null) {
                id = words.size();
                ids.put(w, id);
                words.add(w);
              }
              row[k++] = id;
            }
            segmentEnds[s++] = k;
          }
        }
        rows[positions[x]] = new Tokenized(row, segmentEnds, titles[x].size());
      }
    }
    for (int x = 0; x < positions.length; x++) {
      byPaper.put(corpus.indexOf(papers.get(positions[x])), rows[positions[x]]);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<List<String>>[] newLists(int n) {
    return (List<List<String>>[]) new List<?>[n];
  }
}
