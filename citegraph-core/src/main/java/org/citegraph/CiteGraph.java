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
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Paper;
import org.citegraph.resolve.AuthorResolver;
import org.citegraph.resolve.Decisions;
import org.citegraph.resolve.PaperDeduplicator;
import org.citegraph.resolve.ResolutionReport;
import org.citegraph.snapshot.SnapshotContents;
import org.citegraph.snapshot.SnapshotFormat;
import org.citegraph.snapshot.SnapshotLoader;

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
   * Loads a corpus saved with {@link Corpus#save(Path)}: no parsing or resolution, so it takes a fraction of the time
   * of {@link #load(Path...)}. Reads every snapshot format from {@link SnapshotFormat#MIN_SUPPORTED_VERSION} to
   * {@link SnapshotFormat#CURRENT_VERSION} with the default {@link org.citegraph.snapshot.SnapshotLimits}. See
   * {@code docs/snapshot.md}.
   *
   * @param file a snapshot file
   * @return the corpus it holds
   * @throws UncheckedIOException if the file cannot be read, is not a snapshot, has a format version this library
   *     does not read, ends early, fails its checksum or declares a count past a limit; the message names the file
   */
  public static Corpus loadSnapshot(Path file) {
    try {
      return fromSnapshot(SnapshotLoader.load(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /**
   * The corpus held by snapshot contents (as {@link SnapshotLoader#load(Path, org.citegraph.snapshot.SnapshotLimits)}
   * returns them, e.g. with other limits).
   *
   * @param contents loaded contents
   * @return the corpus
   */
  public static Corpus fromSnapshot(SnapshotContents contents) {
    return new Corpus(checkNotNull(contents, "contents"));
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
