package org.citegraph.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The bipartite author–paper incidence of a corpus in compressed sparse row form, both ways: for each paper the
 * indices of its authors (placed authors first, in list order, then those with unknown position), and for each
 * author the sorted indices of their papers. Immutable; building it is O(authorships).
 */
public final class Incidence {
  private final int authorCount;
  private final int[] paperOffsets;
  private final int[] paperAuthors;
  private final int[] placedCounts;
  private final int[] authorOffsets;
  private final int[] authorPapers;

  /**
   * Builds the incidence.
   *
   * @param authorCount number of authors; author indices run from 0 to {@code authorCount - 1}
   * @param authorsOfPaper for each paper, its distinct author indices (placed first)
   * @param placedCounts for each paper, how many leading authors have a known position
   * @throws IllegalArgumentException if the arrays differ in length, a placed count is negative or larger than its
   *     paper's author count, or a paper lists an author twice
   * @throws IndexOutOfBoundsException if an author index is negative or not below {@code authorCount}
   */
  public Incidence(int authorCount, int[][] authorsOfPaper, int[] placedCounts) {
    checkArgument(authorsOfPaper.length == placedCounts.length, "one placed count per paper expected");
    this.authorCount = authorCount;
    int papers = authorsOfPaper.length;
    this.paperOffsets = new int[papers + 1];
    for (int p = 0; p < papers; p++) {
      paperOffsets[p + 1] = paperOffsets[p] + authorsOfPaper[p].length;
    }
    this.paperAuthors = new int[paperOffsets[papers]];
    this.placedCounts = placedCounts.clone();
    int[] degree = new int[authorCount];
    for (int p = 0; p < papers; p++) {
      int[] row = authorsOfPaper[p];
      checkArgument(placedCounts[p] >= 0 && placedCounts[p] <= row.length, "bad placed count for paper %s", p);
      for (int i = 0; i < row.length; i++) {
        checkElementIndex(row[i], authorCount, "author index");
        paperAuthors[paperOffsets[p] + i] = row[i];
        degree[row[i]]++;
      }
      int[] sorted = row.clone();
      Arrays.sort(sorted);
      for (int i = 1; i < sorted.length; i++) {
        checkArgument(sorted[i] != sorted[i - 1], "paper %s lists author %s twice", p, sorted[i]);
      }
    }
    this.authorOffsets = new int[authorCount + 1];
    for (int a = 0; a < authorCount; a++) {
      authorOffsets[a + 1] = authorOffsets[a] + degree[a];
    }
    this.authorPapers = new int[authorOffsets[authorCount]];
    int[] fill = Arrays.copyOf(authorOffsets, authorCount);
    for (int p = 0; p < papers; p++) { // papers in increasing order, so each author's row comes out sorted
      for (int i = paperOffsets[p]; i < paperOffsets[p + 1]; i++) {
        authorPapers[fill[paperAuthors[i]]++] = p;
      }
    }
  }

  /**
   * Number of authors.
   *
   * @return the author count given at construction, 0 or more
   */
  public int authorCount() {
    return authorCount;
  }

  /**
   * Number of papers.
   *
   * @return the number of rows given at construction, 0 or more
   */
  public int paperCount() {
    return paperOffsets.length - 1;
  }

  /**
   * Number of distinct authors of a paper. O(1).
   *
   * @param paper a paper index, from 0 to {@code paperCount() - 1}
   * @return the paper's author count, 0 for a paper with no resolved author
   * @throws IndexOutOfBoundsException if {@code paper} is out of range
   */
  public int authorCountOf(int paper) {
    return paperOffsets[paper + 1] - paperOffsets[paper];
  }

  /**
   * The author indices of a paper, placed authors first (in list order), then those with unknown position.
   *
   * @param paper a paper index, from 0 to {@code paperCount() - 1}
   * @return a stream of {@link #authorCountOf(int)} distinct author indices; empty for a paper with no author
   * @throws IndexOutOfBoundsException if {@code paper} is out of range
   */
  public IntStream authorsOf(int paper) {
    return Arrays.stream(paperAuthors, paperOffsets[paper], paperOffsets[paper + 1]);
  }

  /**
   * The i-th author index of a paper (placed authors first), for loops that should not open a stream per paper.
   *
   * @param paper the paper index
   * @param i from 0 to {@code authorCountOf(paper) - 1}
   * @return the author index at position {@code i} of the paper's row
   * @throws IndexOutOfBoundsException if {@code paper} or {@code i} is out of range
   */
  public int authorAt(int paper, int i) {
    checkElementIndex(i, authorCountOf(paper), "author position");
    return paperAuthors[paperOffsets[paper] + i];
  }

  /**
   * How many leading authors of a paper have a known position.
   *
   * @param paper a paper index, from 0 to {@code paperCount() - 1}
   * @return from 0 to {@link #authorCountOf(int)}
   * @throws IndexOutOfBoundsException if {@code paper} is out of range
   */
  public int placedCount(int paper) {
    return placedCounts[paper];
  }

  /**
   * The 0-based position of an author in a paper's list. O(placed authors of the paper).
   *
   * @param paper a paper index, from 0 to {@code paperCount() - 1}
   * @param author an author index
   * @return the position, from 0 to {@code placedCount(paper) - 1}, or -1 when the author's position is unknown or
   *     they are not an author of the paper
   * @throws IndexOutOfBoundsException if {@code paper} is out of range
   */
  public int positionOf(int paper, int author) {
    for (int i = 0; i < placedCounts[paper]; i++) {
      if (paperAuthors[paperOffsets[paper] + i] == author) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Number of papers of an author. O(1).
   *
   * @param author an author index, from 0 to {@code authorCount() - 1}
   * @return the author's paper count, 0 or more
   * @throws IndexOutOfBoundsException if {@code author} is out of range
   */
  public int paperCountOf(int author) {
    return authorOffsets[author + 1] - authorOffsets[author];
  }

  /**
   * The paper indices of an author, in increasing order.
   *
   * @param author an author index, from 0 to {@code authorCount() - 1}
   * @return a stream of {@link #paperCountOf(int)} increasing paper indices; empty for an author with no paper
   * @throws IndexOutOfBoundsException if {@code author} is out of range
   */
  public IntStream papersOf(int author) {
    return Arrays.stream(authorPapers, authorOffsets[author], authorOffsets[author + 1]);
  }

  /**
   * The i-th paper index of an author, in increasing order, for loops that should not open a stream per author.
   *
   * @param author the author index
   * @param i from 0 to {@code paperCountOf(author) - 1}
   * @return the {@code i}-th smallest paper index of the author
   * @throws IndexOutOfBoundsException if {@code author} or {@code i} is out of range
   */
  public int paperAt(int author, int i) {
    checkElementIndex(i, paperCountOf(author), "paper position");
    return authorPapers[authorOffsets[author] + i];
  }

  /**
   * Number of authorships (author–paper pairs).
   *
   * @return the total length of all papers' author rows, 0 or more
   */
  public int authorshipCount() {
    return paperAuthors.length;
  }

  // Raw access for the graph builders of this package; callers must not modify the arrays.
  int[] paperOffsets() {
    return paperOffsets;
  }

  int[] paperAuthorsArray() {
    return paperAuthors;
  }

  int[] authorOffsets() {
    return authorOffsets;
  }

  int[] authorPapersArray() {
    return authorPapers;
  }
}
