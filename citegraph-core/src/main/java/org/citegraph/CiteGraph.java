package org.citegraph;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citegraph.graph.CoauthorGraph;
import org.citegraph.graph.Incidence;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.RecordSink;
import org.citegraph.model.Author;
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Paper;
import org.citegraph.resolve.AuthorResolver;
import org.citegraph.resolve.Decisions;
import org.citegraph.resolve.PaperDeduplicator;
import org.citegraph.resolve.ResolutionReport;

/**
 * The entry point: load records, resolve them, and get a queryable {@link Corpus}.
 *
 * <pre>{@code
 * Corpus corpus = CiteGraph.loadSamples();
 * Author niru = corpus.author("Niru Maheswaranathan");
 * System.out.println(corpus.collaborators(niru));
 *
 * Corpus mine = CiteGraph.builder()
 *     .add(Path.of("records.txt"))
 *     .decisions(Decisions.read(Path.of("names.tsv")))
 *     .strict()
 *     .build();
 * }</pre>
 */
public final class CiteGraph {
  private CiteGraph() {}

  /**
   * Loads the bundled sample corpus (an author profile page and an author-record export) in lenient mode.
   *
   * @return the resolved sample corpus; problems in the samples are in its resolution report, never thrown
   */
  public static Corpus loadSamples() {
    return builder().addSamples().build();
  }

  /**
   * Loads files of any supported format, detecting each format from its content, in lenient mode: problems are
   * reported in the corpus's resolution report and reading goes on.
   *
   * @param files the input files, in any order (the corpus does not depend on it); none may be null; with no files
   *     the corpus is empty
   * @return the de-duplicated, author-resolved corpus of all files together
   * @throws UncheckedIOException if a file cannot be read
   * @throws NullPointerException if a file is null
   */
  public static Corpus load(Path... files) {
    Builder b = builder();
    for (Path f : files) {
      b.add(f);
    }
    return b.build();
  }

  /**
   * Loads a corpus saved with {@link Snapshot#save(Corpus, Path)} (or {@link Corpus#save(Path)}): no parsing or
   * resolution, so it takes a fraction of the time of {@link #load(Path...)}. See {@code docs/snapshot.md}.
   *
   * @param file the snapshot file written by {@link Snapshot#save(Corpus, Path)}
   * @return the corpus as it was saved (same papers, authors, identifiers and resolution report)
   * @throws UncheckedIOException if the file cannot be read, is not a snapshot, has another format version, ends
   *     early or fails its checksum
   */
  public static Corpus loadSnapshot(Path file) {
    try {
      return Snapshot.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /**
   * A corpus of papers whose authors were already resolved elsewhere (by the Spark pipeline of {@code
   * citegraph-spark}, or by an earlier build this one is a subset of): no de-duplication and no resolution are run,
   * so the authors stay exactly as given. The resolution report is empty (every paper counts as one record read).
   * Use it to save a subset of a larger build as a snapshot ({@link Corpus#save(Path)}). O(papers + authorships).
   *
   * @param papers the papers, each with a distinct id (sorted by id here)
   * @param authors the authors, each with a distinct id (sorted here)
   * @param authorsOfPaper for each paper (in the order of {@code papers}), the ids of its authors: those with a
   *     known position in list order, then the others; each author at most once
   * @param placedCounts for each paper, how many leading entries of {@code authorsOfPaper} have a known position
   * @param hyperAuthorshipThreshold papers with more authors add no co-authorship links (at least 2; the default is
   *     {@value CoauthorGraph#DEFAULT_HYPER_AUTHORSHIP_THRESHOLD})
   * @return the corpus
   * @throws IllegalArgumentException if the sizes disagree, an id repeats, an author id is unknown, a paper lists
   *     an author twice, a placed count is out of range or the threshold is below 2
   */
  public static Corpus resolved(List<Paper> papers, List<Author> authors, List<List<String>> authorsOfPaper,
      int[] placedCounts, int hyperAuthorshipThreshold) {
    com.google.common.base.Preconditions.checkArgument(hyperAuthorshipThreshold >= 2,
        "hyperAuthorshipThreshold must be at least 2, got %s", hyperAuthorshipThreshold);
    int n = papers.size();
    com.google.common.base.Preconditions.checkArgument(authorsOfPaper.size() == n && placedCounts.length == n,
        "papers (%s), authorsOfPaper (%s) and placedCounts (%s) must have one entry per paper", n,
        authorsOfPaper.size(), placedCounts.length);
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> papers.get(i).id()));
    List<Author> sortedAuthors = new ArrayList<>(authors);
    sortedAuthors.sort(java.util.Comparator.naturalOrder());
    java.util.Map<String, Integer> authorIndex = new java.util.HashMap<>();
    for (int a = 0; a < sortedAuthors.size(); a++) {
      String id = sortedAuthors.get(a).id();
      com.google.common.base.Preconditions.checkArgument(authorIndex.put(id, a) == null,
          "author id %s is given twice", id);
    }
    List<Paper> sortedPapers = new ArrayList<>(n);
    int[][] paperAuthors = new int[n][];
    int[] placed = new int[n];
    for (int k = 0; k < n; k++) {
      int i = order[k];
      Paper p = papers.get(i);
      com.google.common.base.Preconditions.checkArgument(k == 0 || !sortedPapers.get(k - 1).id().equals(p.id()),
          "paper id %s is given twice", p.id());
      sortedPapers.add(p);
      List<String> ids = authorsOfPaper.get(i);
      com.google.common.base.Preconditions.checkArgument(placedCounts[i] >= 0 && placedCounts[i] <= ids.size(),
          "paper %s: placed count %s is not within 0..%s", p.id(), placedCounts[i], ids.size());
      int[] row = new int[ids.size()];
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int j = 0; j < row.length; j++) {
        Integer a = authorIndex.get(ids.get(j));
        com.google.common.base.Preconditions.checkArgument(a != null,
            "paper %s names author %s, which is not among the authors given", p.id(), ids.get(j));
        com.google.common.base.Preconditions.checkArgument(seen.add(ids.get(j)),
            "paper %s lists author %s twice", p.id(), ids.get(j));
        row[j] = a;
      }
      paperAuthors[k] = row;
      placed[k] = placedCounts[i];
    }
    Incidence incidence = new Incidence(sortedAuthors.size(), paperAuthors, placed);
    ResolutionReport report = new ResolutionReport(n, n, sortedAuthors.size(), List.of(), List.of(), List.of(),
        List.of());
    return new Corpus(sortedPapers, sortedAuthors, incidence, report, List.of(), hyperAuthorshipThreshold);
  }

  /**
   * A builder to choose inputs, decisions and strictness.
   *
   * @return a new, empty builder: no inputs, no decisions, lenient, the default hyper-authorship threshold
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects inputs and options; {@link #build()} reads, resolves and returns the corpus. Not thread-safe. */
  public static final class Builder {
    private final List<Path> files = new ArrayList<>();
    private final List<Paper> records = new ArrayList<>();
    private boolean samples;
    private boolean strict;
    private Decisions decisions = Decisions.NONE;
    private int hyperAuthorshipThreshold = CoauthorGraph.DEFAULT_HYPER_AUTHORSHIP_THRESHOLD;
    private BuildStats lastStats;

    private Builder() {}

    /**
     * Adds the bundled sample corpus (read once however often this is called).
     *
     * @return this builder
     */
    public Builder addSamples() {
      this.samples = true;
      return this;
    }

    /**
     * Adds a file; its format is detected from its content when {@link #build()} reads it.
     *
     * @param file an input file of a supported format; read at {@link #build()}, not now
     * @return this builder
     * @throws NullPointerException if {@code file} is null
     */
    public Builder add(Path file) {
      files.add(checkNotNull(file, "file"));
      return this;
    }

    /**
     * Adds records made in code (each needs its own provenance). They are de-duplicated and resolved together with
     * the records read from files.
     *
     * @param papers the records to add, copied now; each needs its own {@link org.citegraph.model.SourceRef}
     * @return this builder
     * @throws NullPointerException if {@code papers} is null
     */
    public Builder addRecords(List<Paper> papers) {
      records.addAll(papers);
      return this;
    }

    /**
     * Stops at the first problem in the input with a {@link MalformedRecordException}.
     *
     * @return this builder
     */
    public Builder strict() {
      this.strict = true;
      return this;
    }

    /**
     * Reports problems in the corpus's resolution report and goes on (the default).
     *
     * @return this builder
     */
    public Builder lenient() {
      this.strict = false;
      return this;
    }

    /**
     * Papers with more than {@code authors} authors add no co-authorship links (default {@value
     * CoauthorGraph#DEFAULT_HYPER_AUTHORSHIP_THRESHOLD}); they stay in the corpus with their authors.
     *
     * @param authors the largest author count that still links co-authors; at least 2
     * @return this builder
     * @throws IllegalArgumentException if {@code authors} is less than 2
     */
    public Builder hyperAuthorshipThreshold(int authors) {
      com.google.common.base.Preconditions.checkArgument(authors >= 2,
          "hyperAuthorshipThreshold must be at least 2, got %s", authors);
      this.hyperAuthorshipThreshold = authors;
      return this;
    }

    /**
     * Applies user must-link / cannot-link decisions during author resolution, replacing any set before.
     *
     * @param value the decisions, e.g. from {@link Decisions#read(Path)}; {@link Decisions#NONE} for none
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder decisions(Decisions value) {
      this.decisions = checkNotNull(value, "decisions");
      return this;
    }

    /**
     * Per-phase timings of the last {@link #build()} of this builder (read, de-duplicate, resolve, incidence, corpus
     * indexes): the one diagnostic type of the API, used by benchmarks and progress reports.
     *
     * @return the statistics, or empty before the first build
     */
    public Optional<BuildStats> lastStats() {
      return Optional.ofNullable(lastStats);
    }

    /**
     * Reads every input, de-duplicates papers, resolves authors and returns the corpus. The builder can be built
     * again (it re-reads every input) and updates {@link #lastStats()} each time.
     *
     * @return the immutable, thread-safe corpus
     * @throws UncheckedIOException if a file cannot be read
     * @throws MalformedRecordException in strict mode, at the first problem
     */
    public Corpus build() {
      List<Paper> read = new ArrayList<>(records);
      List<IngestIssue> issues = new ArrayList<>();
      List<AuthorProfile> profiles = new ArrayList<>();
      boolean isStrict = strict;
      RecordSink sink = new RecordSink() {
        @Override
        public void paper(Paper record) {
          read.add(record);
        }

        @Override
        public void issue(IngestIssue issue) {
          if (isStrict) {
            throw new MalformedRecordException(issue);
          }
          issues.add(issue);
        }

        @Override
        public void profile(AuthorProfile profile) {
          profiles.add(profile);
        }
      };
      long t0 = System.nanoTime();
      try {
        if (samples) {
          Inputs.readSamples(sink);
        }
        for (Path f : files) {
          Inputs.read(f, sink);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read input: " + e.getMessage(), e);
      }
      long t1 = System.nanoTime();
      int rejected = (int) issues.stream().filter(i -> i.action() == IngestIssue.Action.REJECTED).count();
      PaperDeduplicator.Result dedup = new PaperDeduplicator().deduplicate(read);
      long t2 = System.nanoTime();
      AuthorResolver.Result resolved = new AuthorResolver(decisions).resolve(dedup.papers(), dedup.variants());
      long t3 = System.nanoTime();
      Incidence incidence =
          new Incidence(resolved.authors().size(), resolved.paperAuthors(), resolved.placedCounts());
      long t4 = System.nanoTime();
      issues.sort(java.util.Comparator.comparing(IngestIssue::where));
      profiles.sort(java.util.Comparator.comparing(AuthorProfile::source));
      ResolutionReport report = new ResolutionReport(read.size() + rejected, dedup.papers().size(),
          resolved.authors().size(), dedup.merges(), resolved.merges(), resolved.keptApart(), issues);
      Corpus corpus = new Corpus(dedup.papers(), resolved.authors(), incidence, report, profiles,
          hyperAuthorshipThreshold);
      long t5 = System.nanoTime();
      lastStats = new BuildStats(read.size(), rejected, dedup.papers().size(), resolved.authors().size(),
          incidence.authorshipCount(), t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4);
      return corpus;
    }
  }
}
