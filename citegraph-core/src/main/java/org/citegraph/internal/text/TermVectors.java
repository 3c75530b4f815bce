package org.citegraph.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.citegraph.internal.SortedInts;

/**
 * Sparse TF-IDF document-term vectors of a corpus of N documents with ids {@code 0..N-1}, each a title plus an
 * abstract.
 *
 * <p>Terms are the {@link Tokenizer} tokens plus the occurrences of the {@link PhraseSet} phrases (found with
 * {@link PhraseSet#forEachOccurrence}); a phrase occurrence is counted in addition to its words. Term ids are
 * assigned in ascending string order of the vocabulary, so they do not depend on the order of the documents.
 *
 * <p>Weights: with {@code tf} the term count in the document, title occurrences multiplied by the title weight,
 * {@code df} the document frequency and {@code N} the number of documents,
 *
 * <pre>w = (1 + ln tf) · (1 + ln((1 + N) / (1 + df)))</pre>
 *
 * <p>(sublinear tf and smoothed idf; Salton &amp; Buckley 1988, "Term-weighting approaches in automatic text
 * retrieval", Information Processing &amp; Management 24(5); Manning, Raghavan &amp; Schütze 2008, <i>Introduction
 * to Information Retrieval</i>, ch. 6), then each document vector is L2-normalised. Every weight is positive, so
 * cosine similarities are in [0, 1]. A document without terms has an empty (zero) vector. With a title weight below
 * 1, a weighted tf below 1 counts as 1, so weights stay positive.
 *
 * <p>Storage is compressed sparse rows: for document {@code d}, positions {@code rowStart(d) .. rowEnd(d)-1} of
 * {@link #termAt}, {@link #weightAt} and {@link #countAt} hold its terms in strictly ascending term id order. The
 * accessors do not allocate. Raw counts (title and abstract occurrences, not weighted) are kept for {@link
 * TermScores}. Instances are immutable and thread-safe.
 *
 * <p>Building costs O(L + T log T) for L characters of text and T tokens (tokenising, phrase extraction, sorting
 * each document's term ids) plus O(V log V) to sort the vocabulary of V terms.
 */
public final class TermVectors {

  /** One input document: a title and an abstract (either may be empty). */
  public record Document(String title, String abstractText) {
    /** Replaces {@code null} parts by the empty string. */
    public Document {
      title = title == null ? "" : title;
      abstractText = abstractText == null ? "" : abstractText;
    }
  }

  /** Documents tokenised at a time (in parallel) before their tokens are mapped to ids. */
  private static final int TOKENIZE_BLOCK = 8_192;

  private final String[] vocabulary;
  private final Map<String, Integer> termIndex;
  private final int[] documentFrequency;
  private final long[] collectionCount;
  private final int[] rowStart;
  private final int[] terms;
  private final double[] weights;
  private final int[] counts;
  private final PhraseSet phrases;

  private TermVectors(String[] vocabulary, Map<String, Integer> termIndex, int[] documentFrequency,
      long[] collectionCount, int[] rowStart, int[] terms, double[] weights, int[] counts, PhraseSet phrases) {
    this.vocabulary = vocabulary;
    this.termIndex = termIndex;
    this.documentFrequency = documentFrequency;
    this.collectionCount = collectionCount;
    this.rowStart = rowStart;
    this.terms = terms;
    this.weights = weights;
    this.counts = counts;
    this.phrases = phrases;
  }

  /** A builder with the defaults: English tokenizer, default phrase extraction, title weight 2. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shorthand for {@code builder().build(documents)}. */
  public static TermVectors of(List<Document> documents) {
    return builder().build(documents);
  }

  /** Configures and builds {@link TermVectors}. Not thread-safe; reusable. */
  public static final class Builder {
    private Tokenizer tokenizer = Tokenizer.english();
    private PhraseExtractor phraseExtractor = PhraseExtractor.defaults();
    private PhraseSet fixedPhrases;
    private double titleWeight = 2.0;
    private int minDocumentFrequency = 1;

    private Builder() {}

    /** The tokenizer (default {@link Tokenizer#english()}). */
    public Builder tokenizer(Tokenizer tokenizer) {
      this.tokenizer = checkNotNull(tokenizer, "tokenizer");
      return this;
    }

    /**
     * Extract phrases from the corpus being built with this extractor (default {@link PhraseExtractor#defaults()});
     * replaces any {@link #phrases(PhraseSet) fixed phrase set}.
     */
    public Builder phraseExtractor(PhraseExtractor extractor) {
      this.phraseExtractor = checkNotNull(extractor, "extractor");
      this.fixedPhrases = null;
      return this;
    }

    /** Use this fixed phrase set instead of extracting one ({@link PhraseSet#empty()} for words only). */
    public Builder phrases(PhraseSet phrases) {
      this.fixedPhrases = checkNotNull(phrases, "phrases");
      return this;
    }

    /** Multiplier of title occurrences in the term frequency (default 2, must be positive). */
    public Builder titleWeight(double titleWeight) {
      checkArgument(titleWeight > 0 && Double.isFinite(titleWeight), "title weight must be positive: %s",
          titleWeight);
      this.titleWeight = titleWeight;
      return this;
    }

    /** Drop terms that occur in fewer documents than this (default 1: keep all). */
    public Builder minDocumentFrequency(int minDocumentFrequency) {
      checkArgument(minDocumentFrequency >= 1, "min document frequency must be >= 1: %s", minDocumentFrequency);
      this.minDocumentFrequency = minDocumentFrequency;
      return this;
    }

    /**
     * Builds the vectors of the given documents; document {@code i} of the list gets id {@code i}. Tokenising and
     * encoding run in parallel over blocks of documents; words are mapped to int ids once, so the token strings of
     * only one block are alive at a time.
     */
    public TermVectors build(List<Document> documents) {
      int n = documents.size();
      for (Document d : documents) {
        checkNotNull(d, "document");
      }
      // Words to ids (first-seen order; final term ids are assigned by string order below).
      Map<String, Integer> wordIds = new HashMap<>();
      List<String> words = new ArrayList<>();
      int[] unigram = new int[256];
      long totalTokens = 0;
      // Per document: its tokens as word ids, title segments first, and the end of each segment.
      int[][] docTokens = new int[n][];
      int[][] docSegmentEnds = new int[n][];
      int[] titleSegmentCount = new int[n];
      for (int lo = 0; lo < n; lo += TOKENIZE_BLOCK) {
        int hi = Math.min(n, lo + TOKENIZE_BLOCK);
        int base = lo;
        List<List<List<String>>> titles = new ArrayList<>(Collections.nCopies(hi - lo, null));
        List<List<List<String>>> abstracts = new ArrayList<>(Collections.nCopies(hi - lo, null));
        IntStream.range(lo, hi).parallel().forEach(d -> {
          titles.set(d - base, tokenizer.segments(documents.get(d).title()));
          abstracts.set(d - base, tokenizer.segments(documents.get(d).abstractText()));
        });
        for (int d = lo; d < hi; d++) {
          List<List<String>> t = titles.get(d - lo);
          List<List<String>> a = abstracts.get(d - lo);
          int tokens = 0;
          for (List<String> seg : t) {
            tokens += seg.size();
          }
          for (List<String> seg : a) {
            tokens += seg.size();
          }
          int[] ids = new int[tokens];
          int[] ends = new int[t.size() + a.size()];
          int k = 0;
          int s = 0;
          for (int part = 0; part < 2; part++) {
            for (List<String> seg : part == 0 ? t : a) {
              for (String w : seg) {
                Integer id = wordIds.get(w);
                if (id == null) {
                  id = words.size();
                  wordIds.put(w, id);
                  words.add(w);
                  if (id == unigram.length) {
                    unigram = Arrays.copyOf(unigram, 2 * id);
                  }
                }
                unigram[id]++;
                ids[k++] = id;
              }
              ends[s++] = k;
            }
          }
          totalTokens += tokens;
          docTokens[d] = ids;
          docSegmentEnds[d] = ends;
          titleSegmentCount[d] = t.size();
          titles.set(d - lo, null);
          abstracts.set(d - lo, null);
        }
      }
      return encode(docTokens, docSegmentEnds, titleSegmentCount, wordIds, words, unigram, totalTokens);
    }

    /**
     * Builds the vectors of documents already tokenised, as {@link #build(List)} would from their text: document
     * {@code d} is {@code tokens[d]}, word ids into {@code words}, holding the {@link Tokenizer#segments} of its
     * title and then of its abstract, segment {@code s} ending (exclusive) at {@code segmentEnds[d][s]}, the first
     * {@code titleSegments[d]} of them the title's. With the segments of this builder's tokenizer and the words
     * numbered in first-seen order (document order, then position), the result equals {@link #build(List)}'s (the
     * term ids follow the strings, so another numbering gives the same vectors too). The tokenizer setting is not
     * used. O(T + T log T) for T tokens, as {@link #build(List)} without the tokenising.
     *
     * @param tokens per document its token word ids, title segments first; read, not kept
     * @param segmentEnds per document the ascending end of each segment, the last one {@code tokens[d].length}
     * @param titleSegments per document how many of its segments are the title's
     * @param words the distinct word strings by id
     * @return the vectors
     * @throws IllegalArgumentException if the arrays differ in length or the words are not distinct
     * @throws IndexOutOfBoundsException if a word id is outside {@code words}
     */
    public TermVectors build(int[][] tokens, int[][] segmentEnds, int[] titleSegments, List<String> words) {
      int n = tokens.length;
      checkArgument(segmentEnds.length == n && titleSegments.length == n,
          "tokens, segment ends and title segments must have one row per document: %s, %s, %s", n,
          segmentEnds.length, titleSegments.length);
      Map<String, Integer> wordIds = new HashMap<>(2 * words.size());
      for (int w = 0; w < words.size(); w++) {
        checkArgument(wordIds.put(words.get(w), w) == null, "word %s is listed twice", words.get(w));
      }
      int[] unigram = new int[Math.max(1, words.size())];
      long totalTokens = 0;
      for (int[] row : tokens) {
        for (int id : row) {
          checkElementIndex(id, words.size(), "word id");
          unigram[id]++;
        }
        totalTokens += row.length;
      }
      return encode(tokens, segmentEnds, titleSegments, wordIds, new ArrayList<>(words), unigram, totalTokens);
    }

    /** The part of {@link #build(List)} after the tokenising: phrases, term ids, TF-IDF weights. */
    private TermVectors encode(int[][] docTokens, int[][] docSegmentEnds, int[] titleSegmentCount,
        Map<String, Integer> wordIds, List<String> words, int[] unigram, long totalTokens) {
      int n = docTokens.length;
      int wordCount = words.size();
      PhraseSet phraseSet;
      if (fixedPhrases != null) {
        phraseSet = fixedPhrases;
      } else {
        // The documents' token rows are read in place, cut at their segment ends (no copy of the tokens).
        phraseSet = phraseExtractor.extract(docTokens, docSegmentEnds, words,
            Arrays.copyOf(unigram, Math.max(1, wordCount)), totalTokens);
      }
      PhraseMatcher matcher = new PhraseMatcher(phraseSet, wordIds);
      int phraseCount = matcher.phraseCount();

      // Raw term ids: words 0..W-1, phrases W..W+P-1. Each occurrence encoded as (raw id << 1 | inTitle).
      long[][] docCodes = new long[n][];
      IntStream.range(0, n).parallel().forEach(d -> docCodes[d] = matcher.codes(docTokens[d], docSegmentEnds[d],
          titleSegmentCount[d], wordCount));
      // Which raw ids occur, and their final ids in ascending string order.
      boolean[] occurs = new boolean[wordCount + phraseCount];
      for (long[] codes : docCodes) {
        for (long c : codes) {
          occurs[(int) (c >>> 1)] = true;
        }
      }
      int present = 0;
      for (boolean o : occurs) {
        if (o) {
          present++;
        }
      }
      String[] fullVocab = new String[present];
      int[] presentRaw = new int[present];
      for (int r = 0, i = 0; r < occurs.length; r++) {
        if (occurs[r]) {
          presentRaw[i] = r;
          fullVocab[i++] = r < wordCount ? words.get(r) : matcher.phrase(r - wordCount);
        }
      }
      Integer[] byString = new Integer[present];
      for (int i = 0; i < present; i++) {
        byString[i] = i;
      }
      Arrays.sort(byString, (x, y) -> fullVocab[x].compareTo(fullVocab[y]));
      int[] finalOfRaw = new int[occurs.length];
      String[] sortedVocab = new String[present];
      for (int rank = 0; rank < present; rank++) {
        finalOfRaw[presentRaw[byString[rank]]] = rank;
        sortedVocab[rank] = fullVocab[byString[rank]];
      }
      System.arraycopy(sortedVocab, 0, fullVocab, 0, present);

      // Sort each document's (final id, inTitle) codes and run-length encode them.
      int[][] docIds = new int[n][];
      int[][] docRaw = new int[n][];
      double[][] docTf = new double[n][];
      IntStream.range(0, n).parallel().forEach(d -> {
        long[] raw = docCodes[d];
        int[] codes = new int[raw.length];
        for (int i = 0; i < codes.length; i++) {
          codes[i] = (finalOfRaw[(int) (raw[i] >>> 1)] << 1) | (int) (raw[i] & 1);
        }
        docCodes[d] = null;
        Arrays.sort(codes);
        int distinct = 0;
        for (int i = 0; i < codes.length; i++) {
          if (i == 0 || (codes[i] >>> 1) != (codes[i - 1] >>> 1)) {
            distinct++;
          }
        }
        int[] ids = new int[distinct];
        int[] counts = new int[distinct];
        double[] tf = new double[distinct];
        int k = -1;
        for (int i = 0; i < codes.length; i++) {
          int term = codes[i] >>> 1;
          if (k < 0 || ids[k] != term) {
            k++;
            ids[k] = term;
          }
          counts[k]++;
          tf[k] += (codes[i] & 1) != 0 ? titleWeight : 1.0;
        }
        docIds[d] = ids;
        docRaw[d] = counts;
        docTf[d] = tf;
      });
      int[] fullDf = new int[present];
      for (int[] ids : docIds) {
        for (int id : ids) {
          fullDf[id]++;
        }
      }

      // Apply the document-frequency floor and renumber densely (order preserved, so ids stay sorted).
      int[] remap = new int[fullVocab.length];
      int v = 0;
      for (int t = 0; t < fullVocab.length; t++) {
        remap[t] = fullDf[t] >= minDocumentFrequency ? v++ : -1;
      }
      String[] vocabulary = new String[v];
      int[] df = new int[v];
      Map<String, Integer> index = new HashMap<>(v * 2);
      for (int t = 0; t < fullVocab.length; t++) {
        if (remap[t] >= 0) {
          vocabulary[remap[t]] = fullVocab[t];
          df[remap[t]] = fullDf[t];
          index.put(fullVocab[t], remap[t]);
        }
      }
      double[] idf = new double[v];
      for (int t = 0; t < v; t++) {
        idf[t] = 1.0 + Math.log((1.0 + n) / (1.0 + df[t]));
      }
      int[] rowStart = new int[n + 1];
      for (int d = 0; d < n; d++) {
        int kept = 0;
        for (int id : docIds[d]) {
          if (remap[id] >= 0) {
            kept++;
          }
        }
        rowStart[d + 1] = rowStart[d] + kept;
      }
      int nnz = rowStart[n];
      int[] terms = new int[nnz];
      double[] weights = new double[nnz];
      int[] counts = new int[nnz];
      long[] collection = new long[v];
      for (int d = 0; d < n; d++) {
        int p = rowStart[d];
        int[] ids = docIds[d];
        for (int i = 0; i < ids.length; i++) {
          int t = remap[ids[i]];
          if (t < 0) {
            continue;
          }
          terms[p] = t;
          counts[p] = docRaw[d][i];
          collection[t] += docRaw[d][i];
          weights[p] = (1.0 + Math.log(Math.max(1.0, docTf[d][i]))) * idf[t];
          p++;
        }
        double norm = 0;
        for (int q = rowStart[d]; q < rowStart[d + 1]; q++) {
          norm += weights[q] * weights[q];
        }
        if (norm > 0) {
          double inv = 1.0 / Math.sqrt(norm);
          for (int q = rowStart[d]; q < rowStart[d + 1]; q++) {
            weights[q] *= inv;
          }
        }
      }
      return new TermVectors(vocabulary, index, df, collection, rowStart, terms, weights, counts, phraseSet);
    }
  }

  /** Number of documents N. O(1). */
  public int documentCount() {
    return rowStart.length - 1;
  }

  /** Number of distinct terms V (term ids are {@code 0..V-1}). O(1). */
  public int vocabularySize() {
    return vocabulary.length;
  }

  /** The term string of a term id (a token, or a space-separated phrase). O(1). */
  public String term(int termId) {
    checkElementIndex(termId, vocabulary.length, "term id");
    return vocabulary[termId];
  }

  /** The id of a term string, or -1 if it is not in the vocabulary. O(length) expected. */
  public int termId(String term) {
    Integer id = termIndex.get(term);
    return id == null ? -1 : id;
  }

  /** The number of documents containing the term. O(1). */
  public int documentFrequency(int termId) {
    checkElementIndex(termId, vocabulary.length, "term id");
    return documentFrequency[termId];
  }

  /** Total raw count of the term over all documents. O(1). */
  public long collectionCount(int termId) {
    checkElementIndex(termId, vocabulary.length, "term id");
    return collectionCount[termId];
  }

  /** The phrase set used for this corpus. O(1). */
  public PhraseSet phrases() {
    return phrases;
  }

  /** First position of the document's row (see the class comment). O(1). */
  public int rowStart(int doc) {
    return rowStart[doc];
  }

  /** One past the last position of the document's row. O(1). */
  public int rowEnd(int doc) {
    return rowStart[doc + 1];
  }

  /** Term id at a row position. O(1), no allocation. */
  public int termAt(int position) {
    return terms[position];
  }

  /** L2-normalised TF-IDF weight at a row position. O(1), no allocation. */
  public double weightAt(int position) {
    return weights[position];
  }

  /** Raw (unweighted) occurrence count of the term at a row position. O(1), no allocation. */
  public int countAt(int position) {
    return counts[position];
  }

  /** Number of distinct terms of a document. O(1). */
  public int termCount(int doc) {
    checkElementIndex(doc, documentCount(), "document");
    return rowStart[doc + 1] - rowStart[doc];
  }

  /** A copy of the document's term ids, strictly ascending. O(terms of the document). */
  public int[] termIds(int doc) {
    checkElementIndex(doc, documentCount(), "document");
    return Arrays.copyOfRange(terms, rowStart[doc], rowStart[doc + 1]);
  }

  /** A copy of the document's weights, aligned with {@link #termIds}. O(terms of the document). */
  public double[] weights(int doc) {
    checkElementIndex(doc, documentCount(), "document");
    return Arrays.copyOfRange(weights, rowStart[doc], rowStart[doc + 1]);
  }

  /** A copy of the document's raw counts, aligned with {@link #termIds}. O(terms of the document). */
  public int[] counts(int doc) {
    checkElementIndex(doc, documentCount(), "document");
    return Arrays.copyOfRange(counts, rowStart[doc], rowStart[doc + 1]);
  }

  /**
   * Cosine similarity of two documents: the dot product of their normalised vectors by a merge over the sorted
   * rows, clamped to [0, 1]; 0 if either is empty. Summation runs in ascending term id order, the same order as
   * {@link SimilarityGraph}, so both give bit-identical values. O(terms of a + terms of b).
   */
  public double cosine(int a, int b) {
    checkElementIndex(a, documentCount(), "document");
    checkElementIndex(b, documentCount(), "document");
    double[] dot = new double[1];
    SortedInts.forEachCommon(terms, rowStart[a], rowStart[a + 1], terms, rowStart[b], rowStart[b + 1],
        (i, j) -> dot[0] += weights[i] * weights[j]);
    return Math.min(1.0, dot[0]);
  }

  /**
   * Finds the occurrences of a {@link PhraseSet}'s phrases in token segments given as word ids, as {@link
   * PhraseSet#forEachOccurrence} does on strings: at each position the bigram and the trigram starting there, when
   * they are phrases. Phrases with a word outside the vocabulary cannot occur and are dropped. Immutable.
   */
  private static final class PhraseMatcher {
    private final List<String> phrases = new ArrayList<>();
    /** (a, b) → 1 + index of the phrase "a b", or 0. */
    private final LongIntCounter bigramPhrase = new LongIntCounter(64);
    /** (a, b) → 1 + a dense id of a bigram that starts a trigram phrase, or 0. */
    private final LongIntCounter trigramPrefix = new LongIntCounter(64);
    /** (prefix id, c) → 1 + index of the phrase "a b c", or 0. */
    private final LongIntCounter trigramPhrase = new LongIntCounter(64);

    PhraseMatcher(PhraseSet set, Map<String, Integer> wordIds) {
      for (String phrase : set.phrases()) {
        String[] parts = phrase.split(" ");
        int[] ids = new int[parts.length];
        boolean known = parts.length == 2 || parts.length == 3;
        for (int i = 0; i < parts.length && known; i++) {
          Integer id = wordIds.get(parts[i]);
          known = id != null;
          ids[i] = known ? id : -1;
        }
        if (!known) {
          continue;
        }
        phrases.add(phrase);
        int index = phrases.size();
        if (ids.length == 2) {
          bigramPhrase.add(pair(ids[0], ids[1]), index);
        } else {
          long prefix = pair(ids[0], ids[1]);
          int prefixId = trigramPrefix.get(prefix);
          if (prefixId == 0) {
            prefixId = trigramPrefix.size() + 1;
            trigramPrefix.add(prefix, prefixId);
          }
          trigramPhrase.add(pair(prefixId, ids[2]), index);
        }
      }
    }

    int phraseCount() {
      return phrases.size();
    }

    String phrase(int index) {
      return phrases.get(index);
    }

    /** The occurrence codes (raw term id &lt;&lt; 1 | in title) of a document's words and phrases. */
    long[] codes(int[] tokens, int[] segmentEnds, int titleSegments, int wordCount) {
      long[] out = new long[tokens.length + 8];
      int k = 0;
      int from = 0;
      for (int s = 0; s < segmentEnds.length; s++) {
        int end = segmentEnds[s];
        long title = s < titleSegments ? 1 : 0;
        for (int i = from; i < end; i++) {
          if (k + 3 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[k++] = ((long) tokens[i] << 1) | title;
          if (i + 1 < end) {
            long ab = pair(tokens[i], tokens[i + 1]);
            int bigram = bigramPhrase.get(ab);
            if (bigram != 0) {
              out[k++] = ((long) (wordCount + bigram - 1) << 1) | title;
            }
            if (i + 2 < end) {
              int prefix = trigramPrefix.get(ab);
              if (prefix != 0) {
                int trigram = trigramPhrase.get(pair(prefix, tokens[i + 2]));
                if (trigram != 0) {
                  out[k++] = ((long) (wordCount + trigram - 1) << 1) | title;
                }
              }
            }
          }
        }
        from = end;
      }
      return Arrays.copyOf(out, k);
    }

    private static long pair(int a, int b) {
      return ((long) a << 32) | (b & 0xffffffffL);
    }
  }
}
