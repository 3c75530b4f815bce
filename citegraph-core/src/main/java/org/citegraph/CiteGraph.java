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
import org.citegraph.io.InputLimits;
import org.citegraph.io.Inputs;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.RecordReader;
import org.citegraph.io.RecordSink;
import org.citegraph.model.Author;
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
    private final List<RecordReader> formats = new ArrayList<>();
    private InputLimits limits = InputLimits.defaults();
    private final List<Paper> records = new ArrayList<>();
    private final List<Path> skipped = new ArrayList<>();
    private final List<java.util.Map.Entry<String, java.io.InputStream>> streams = new ArrayList<>();
    private boolean samples;
    private boolean strict;
    private Decisions decisions = Decisions.NONE;
    private boolean splitNamesakes;
    private int hyperAuthorshipThreshold = CoauthorGraph.DEFAULT_HYPER_AUTHORSHIP_THRESHOLD;
    private BuildStats lastStats;
    private Progress.Listener progress = Progress.Listener.NONE;
    private int fromYear = Integer.MIN_VALUE;
    private int toYear = Integer.MAX_VALUE;

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
     * Adds a file, whose format is detected from its content, or a folder: its files, found recursively, each read
     * in its detected format; files of no known format are listed in {@link #skipped()} and not read (see {@link
     * Inputs#expand(Path)}).
     *
     * @param file a file or folder
     * @return this builder
     * @throws UncheckedIOException if a folder cannot be listed
     */
    public Builder add(Path file) {
      checkNotNull(file, "file");
      if (java.nio.file.Files.isDirectory(file)) {
        try {
          Inputs.Expansion found = Inputs.expand(file);
          for (Path f : found.files()) {
            files.add(f);
            formats.add(null);
          }
          skipped.addAll(found.skipped());
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot list folder " + file + ": " + e.getMessage(), e);
        }
        return this;
      }
      files.add(file);
      formats.add(null);
      return this;
    }

    /**
     * Adds a file read by a given reader: one of {@link org.citegraph.io.Inputs#readers()}, or a reader of your own
     * format (see {@code docs/formats.md}).
     *
     * @param file the file
     * @param format the reader for it
     * @return this builder
     */
    public Builder add(Path file, RecordReader format) {
      files.add(checkNotNull(file, "file"));
      formats.add(checkNotNull(format, "format"));
      return this;
    }

    /**
     * Sets the input limits (default {@link InputLimits#defaults()}; see {@code docs/limits.md}).
     *
     * @param value the limits
     * @return this builder
     */
    public Builder limits(InputLimits value) {
      this.limits = checkNotNull(value, "limits");
      return this;
    }

    /**
     * Adds a stream, such as standard input, read once by {@link #build()} in its detected format.
     *
     * @param sourceName the name in provenance and messages, e.g. {@code -}
     * @param stream the bytes; not closed
     * @return this builder
     */
    public Builder add(String sourceName, java.io.InputStream stream) {
      streams.add(java.util.Map.entry(checkNotNull(sourceName, "sourceName"), checkNotNull(stream, "stream")));
      return this;
    }

    /**
     * The files found in added folders whose format was not recognised; they are not read.
     *
     * @return the skipped files, in the order found
     */
    public List<Path> skipped() {
      return List.copyOf(skipped);
    }

    /**
     * The files to be read: those added and those found in added folders, in order.
     *
     * @return the files
     */
    public List<Path> files() {
      return List.copyOf(files);
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
     * Keeps mentions of one full name apart unless evidence joins them (shared co-authors, similar titles,
     * affiliations, citations, venues; see {@link AuthorResolver}), as disambiguation of common names ("Lei Wang")
     * needs.
     * By default one full name is one author, and evidence decides only between different forms of a name.
     *
     * @return this builder
     */
    public Builder splitNamesakes() {
      this.splitNamesakes = true;
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
     * Tells a listener what {@link #build()} is doing: each source read (every {@link Progress#RECORD_STEP} records
     * and at its end), de-duplication, author resolution and indexing. For progress bars in applications, JShell
     * and the command line.
     *
     * @param listener receives the events, on the building thread
     * @return this builder
     */
    public Builder progress(Progress.Listener listener) {
      this.progress = checkNotNull(listener, "listener");
      return this;
    }

    /**
     * Keeps only papers dated from {@code from} to {@code to} (inclusive, by year) after de-duplication and before
     * authors are resolved; undated papers are left out too. {@link BuildStats#papers()} counts the papers kept and
     * {@link BuildStats#outsideYears()} those left out.
     *
     * @param from the first year kept
     * @param to the last year kept
     * @return this builder
     * @throws IllegalArgumentException if {@code from > to}
     */
    public Builder years(int from, int to) {
      com.google.common.base.Preconditions.checkArgument(from <= to,
          "the first year (%s) must not come after the last (%s)", from, to);
      this.fromYear = from;
      this.toYear = to;
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
      InputLimits inputLimits = limits;
      ReadProgress reading = new ReadProgress(progress, files, (samples ? 1 : 0) + streams.size());
      RecordSink sink = new RecordSink() {
        @Override
        public InputLimits limits() {
          return inputLimits;
        }

        @Override
        public void paper(Paper record) {
          read.add(record);
          if (read.size() % Progress.RECORD_STEP == 0) {
            reading.step(read.size());
          }
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
          reading.start("bundled samples");
          Inputs.readSamples(sink);
          reading.done(read.size(), 0);
        }
        for (int i = 0; i < files.size(); i++) {
          Path f = files.get(i);
          reading.start(f.toString());
          if (formats.get(i) == null) {
            Inputs.read(f, sink);
          } else {
            Inputs.read(f, formats.get(i), sink);
          }
          reading.done(read.size(), ReadProgress.size(f));
        }
        for (java.util.Map.Entry<String, java.io.InputStream> st : streams) {
          reading.start(st.getKey());
          Inputs.read(st.getValue(), st.getKey(), sink);
          reading.done(read.size(), 0);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read input: " + e.getMessage(), e);
      }
      reading.finish(read.size());
      long t1 = System.nanoTime();
      started("deduplicate", read.size());
      int rejected = (int) issues.stream().filter(i -> i.action() == IngestIssue.Action.REJECTED).count();
      PaperDeduplicator.Result dedup = new PaperDeduplicator().deduplicate(read);
      long t2 = System.nanoTime();
      phase("deduplicate", dedup.papers().size(), t2 - t1);
      started("resolve", dedup.papers().size());
      List<Paper> kept = dedup.papers();
      int outside = 0;
      if (fromYear != Integer.MIN_VALUE || toYear != Integer.MAX_VALUE) {
        kept = dedup.papers().stream().filter(p -> p.year().isPresent() && p.year().getAsInt() >= fromYear
            && p.year().getAsInt() <= toYear).toList();
        outside = dedup.papers().size() - kept.size();
      }
      AuthorResolver.Result resolved = new AuthorResolver(decisions, Runtime.getRuntime().availableProcessors(),
          splitNamesakes).resolve(kept, kept == dedup.papers() ? dedup.variants() : variantsOf(kept, dedup.variants()));
      long t3 = System.nanoTime();
      issues.addAll(resolved.nameIssues());
      phase("resolve", resolved.authors().size(), t3 - t2);
      started("index", kept.size());
      Incidence incidence =
          new Incidence(resolved.authors().size(), resolved.paperAuthors(), resolved.placedCounts());
      long t4 = System.nanoTime();
      issues.sort(java.util.Comparator.comparing(IngestIssue::where));
      profiles.sort(java.util.Comparator.comparing(AuthorProfile::source));
      ResolutionReport report = new ResolutionReport(read.size() + rejected, kept.size(),
          resolved.authors().size(), dedup.merges(), resolved.merges(), resolved.keptApart(), issues);
      Corpus corpus = new Corpus(kept, resolved.authors(), incidence, report, profiles,
          hyperAuthorshipThreshold);
      long t5 = System.nanoTime();
      phase("index", kept.size(), t5 - t3);
      lastStats = new BuildStats(read.size(), rejected, kept.size(), resolved.authors().size(),
          incidence.authorshipCount(), t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, outside);
      return corpus;
    }

    private void started(String name, long items) {
      progress.progress(new Progress(name, java.util.Optional.empty(), 0, 0, items, 0, 0, 0, false));
    }

    private void phase(String name, long items, long nanos) {
      progress.progress(new Progress(name, java.util.Optional.empty(), 0, 0, items, 0, 0, nanos, true));
    }

    /** The written variants of the kept papers' author slots. */
    private static List<PaperDeduplicator.SlotVariant> variantsOf(List<Paper> kept,
        List<PaperDeduplicator.SlotVariant> all) {
      java.util.Set<org.citegraph.model.PaperId> ids = new java.util.HashSet<>();
      kept.forEach(p -> ids.add(p.id()));
      return all.stream().filter(v -> ids.contains(v.paper())).toList();
    }
  }

  /** Progress of the read phase: sources and records done, bytes of finished files, time. */
  private static final class ReadProgress {
    private final Progress.Listener listener;
    private final int sources;
    private final long bytes;
    private final long start = System.nanoTime();
    private int done;
    private long bytesDone;
    private String current = "";

    ReadProgress(Progress.Listener listener, List<Path> files, int otherSources) {
      this.listener = listener;
      this.sources = files.size() + otherSources;
      long b = 0;
      for (Path f : files) {
        b += size(f);
      }
      this.bytes = b;
    }

    static long size(Path f) {
      try {
        return java.nio.file.Files.isRegularFile(f) ? java.nio.file.Files.size(f) : 0;
      } catch (IOException e) {
        return 0;
      }
    }

    void start(String source) {
      current = source;
      emit(0, false);
    }

    void step(long records) {
      emit(records, false);
    }

    void done(long records, long size) {
      done++;
      bytesDone += size;
    }

    void finish(long records) {
      current = "";
      emit(records, true);
    }

    private void emit(long records, boolean finished) {
      listener.progress(new Progress("read", current.isEmpty() ? java.util.Optional.empty()
          : java.util.Optional.of(current), done, sources, records, bytesDone, bytes, System.nanoTime() - start,
          finished));
    }
  }
}
