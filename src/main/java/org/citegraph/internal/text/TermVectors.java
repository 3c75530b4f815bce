package org.citegraph.internal.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Builds the vectors of the given documents; document {@code i} of the list gets id {@code i}. */
    public TermVectors build(List<Document> documents) {
      int n = documents.size();
      List<List<List<String>>> titleSegments = new ArrayList<>(n);
      List<List<List<String>>> abstractSegments = new ArrayList<>(n);
      List<List<String>> allSegments = new ArrayList<>();
      for (Document d : documents) {
        checkNotNull(d, "document");
        List<List<String>> t = tokenizer.segments(d.title());
        List<List<String>> a = tokenizer.segments(d.abstractText());
        titleSegments.add(t);
        abstractSegments.add(a);
        allSegments.addAll(t);
        allSegments.addAll(a);
      }
      PhraseSet phraseSet = fixedPhrases != null ? fixedPhrases : phraseExtractor.extract(allSegments);

      // Per document: term strings, title flag per occurrence.
      List<List<String>> docTerms = new ArrayList<>(n);
      List<boolean[]> docInTitle = new ArrayList<>(n);
      Set<String> vocab = new HashSet<>();
      for (int d = 0; d < n; d++) {
        List<String> termsOfDoc = new ArrayList<>();
        for (List<String> seg : titleSegments.get(d)) {
          termsOfDoc.addAll(seg);
          phraseSet.forEachOccurrence(seg, termsOfDoc::add);
        }
        int titleTerms = termsOfDoc.size();
        for (List<String> seg : abstractSegments.get(d)) {
          termsOfDoc.addAll(seg);
          phraseSet.forEachOccurrence(seg, termsOfDoc::add);
        }
        boolean[] inTitle = new boolean[termsOfDoc.size()];
        Arrays.fill(inTitle, 0, titleTerms, true);
        docTerms.add(termsOfDoc);
        docInTitle.add(inTitle);
        vocab.addAll(termsOfDoc);
      }
      String[] fullVocab = vocab.toArray(new String[0]);
      Arrays.sort(fullVocab);
      Map<String, Integer> fullIndex = new HashMap<>(fullVocab.length * 2);
      for (int i = 0; i < fullVocab.length; i++) {
        fullIndex.put(fullVocab[i], i);
      }

      // Encode each occurrence as (termId << 1 | inTitle), sort, run-length encode.
      int[][] docIds = new int[n][];
      int[][] docRaw = new int[n][];
      double[][] docTf = new double[n][];
      int[] fullDf = new int[fullVocab.length];
      for (int d = 0; d < n; d++) {
        List<String> termsOfDoc = docTerms.get(d);
        boolean[] inTitle = docInTitle.get(d);
        int[] codes = new int[termsOfDoc.size()];
        for (int i = 0; i < codes.length; i++) {
          codes[i] = (fullIndex.get(termsOfDoc.get(i)) << 1) | (inTitle[i] ? 1 : 0);
        }
        Arrays.sort(codes);
        int distinct = 0;
        for (int i = 0; i < codes.length; i++) {
          if (i == 0 || (codes[i] >>> 1) != (codes[i - 1] >>> 1)) {
            distinct++;
          }
        }
        int[] ids = new int[distinct];
        int[] raw = new int[distinct];
        double[] tf = new double[distinct];
        int k = -1;
        for (int i = 0; i < codes.length; i++) {
          int term = codes[i] >>> 1;
          if (k < 0 || ids[k] != term) {
            k++;
            ids[k] = term;
            fullDf[term]++;
          }
          raw[k]++;
          tf[k] += (codes[i] & 1) != 0 ? titleWeight : 1.0;
        }
        docIds[d] = ids;
        docRaw[d] = raw;
        docTf[d] = tf;
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
    int i = rowStart[a];
    int ie = rowStart[a + 1];
    int j = rowStart[b];
    int je = rowStart[b + 1];
    double dot = 0;
    while (i < ie && j < je) {
      int ti = terms[i];
      int tj = terms[j];
      if (ti == tj) {
        dot += weights[i] * weights[j];
        i++;
        j++;
      } else if (ti < tj) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1.0, dot);
  }
}
