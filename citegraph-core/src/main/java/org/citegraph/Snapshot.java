package org.citegraph;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import java.util.zip.CRC32;

import com.google.common.collect.ImmutableList;

import org.citegraph.graph.Incidence;
import org.citegraph.io.IngestIssue;
import org.citegraph.model.Author;
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.citegraph.resolve.AuthorMerge;
import org.citegraph.resolve.KeptApart;
import org.citegraph.resolve.PaperMerge;
import org.citegraph.resolve.ResolutionReport;

/**
 * A binary snapshot of a built {@link Corpus}: everything the resolver produced (papers with every field, authors,
 * the author–paper incidence, profile headers, the resolution report, the hyper-authorship threshold), so that an
 * application can load a corpus in a fraction of the time it takes to read and resolve the records again. Graphs are
 * not stored; they are rebuilt on first use from the stored data, exactly as for a freshly built corpus.
 *
 * <p>Layout (format {@value #FORMAT_VERSION}): the ASCII magic {@code CITEGRAPH-SNAPSHOT}, the format version (int),
 * the body length in bytes (long), then the body as a sequence of sections, each with a 12-byte header (body length,
 * item count, CRC32 of the count and body). The first section holds the tables (strings, person names, categories,
 * dates) that the others refer to by index; then come the papers in blocks of about {@value #BLOCK_BYTES} bytes, and
 * a last section with the authors, the incidence, the profiles and the report. Integers are unsigned LEB128 varints;
 * strings are UTF-8 with a varint length (no 64 KiB limit). The file is not compressed: loading speed is the point.
 *
 * <p>{@link #load(Path)} checks the header and each section's checksum before decoding that section, decodes the
 * paper blocks in parallel (each block is independent once the tables are read) and concatenates them in order. It
 * never returns a partial corpus. See {@code docs/snapshot.md}.
 */
public final class Snapshot {
  /** The format version this library writes and reads. */
  public static final int FORMAT_VERSION = 2;

  /** Target size of a paper block: big enough to amortise a task, small enough to spread over the cores. */
  static final int BLOCK_BYTES = 1 << 20;

  private static final byte[] MAGIC = "CITEGRAPH-SNAPSHOT".getBytes(StandardCharsets.US_ASCII);
  /** Magic, version int, body length long. */
  private static final int HEADER_BYTES = MAGIC.length + Integer.BYTES + Long.BYTES;
  /** Section header: body length int, item count int, CRC32 int. */
  private static final int SECTION_HEADER_BYTES = 3 * Integer.BYTES;

  private Snapshot() {}

  /**
   * Writes a snapshot of a corpus. The file is written next to its final name and moved into place when complete,
   * so a crash never leaves a half-written snapshot under that name.
   *
   * @param corpus the corpus to save
   * @param file where to write; its directory must exist; an existing file is replaced atomically
   * @throws NullPointerException if {@code corpus} or {@code file} is null
   * @throws IOException if the file cannot be written
   */
  public static void save(Corpus corpus, Path file) throws IOException {
    save(corpus, file, BLOCK_BYTES);
  }

  /** {@link #save(Corpus, Path)} with another paper block size (tests use tiny blocks to get many). */
  static void save(Corpus corpus, Path file, int blockBytes) throws IOException {
    checkNotNull(corpus, "corpus");
    checkNotNull(file, "file");
    checkArgument(blockBytes > 0, "block size must be positive, got %s", blockBytes);
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
    try {
      long body;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putInt(FORMAT_VERSION).putLong(0L);
        out.write(header.array());
        body = new Writer(out, blockBytes).corpus(corpus);
      }
      patchLength(tmp, body);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void patchLength(Path tmp, long bodyLength) throws IOException {
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.allocate(Long.BYTES).putLong(bodyLength).flip();
      ch.write(b, MAGIC.length + Integer.BYTES);
    }
  }

  /**
   * Whether a file starts with the snapshot magic bytes (a cheap test; {@link #load(Path)} checks the rest). False
   * for directories, unreadable and missing files.
   *
   * @param file any path
   * @return true if {@code file} is a regular file starting with the snapshot magic bytes
   */
  public static boolean isSnapshot(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads a snapshot written by {@link #save(Corpus, Path)}, decoding the paper blocks on all available cores.
   *
   * @param file the snapshot file
   * @return the corpus as it was saved
   * @throws IOException if the file cannot be read, is not a citegraph snapshot, has another format version, ends
   *     early, or fails a checksum; the message names the file and the problem
   */
  public static Corpus load(Path file) throws IOException {
    checkNotNull(file, "file");
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return new Loader(file, ch).load();
    }
  }

  /** Where a section lies in the file. */
  private record Section(long offset, int length, int count, int crc) {}

  /** A problem found while decoding a section that passed its checksum, or a failed checksum. */
  private static final class Corrupt extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Corrupt(String message) {
      super(message, null, false, false);
    }
  }

  /** Reads the header and the section directory, then decodes the sections. */
  private static final class Loader {
    private final Path file;
    private final FileChannel ch;

    Loader(Path file, FileChannel ch) {
      this.file = file;
      this.ch = ch;
    }

    Corpus load() throws IOException {
      long size = ch.size();
      byte[] magic = new byte[MAGIC.length];
      int n = readAt(magic, 0, (int) Math.min(magic.length, size));
      if (n < magic.length || !Arrays.equals(magic, MAGIC)) {
        throw new IOException("not a citegraph snapshot: " + file);
      }
      if (size < HEADER_BYTES) {
        throw new IOException("snapshot " + file + " ends early: " + size + " bytes, not even a header");
      }
      ByteBuffer header = ByteBuffer.wrap(read(MAGIC.length, Integer.BYTES + Long.BYTES));
      int version = header.getInt();
      if (version != FORMAT_VERSION) {
        throw new IOException(file + ": snapshot format version " + version + ", this library reads "
            + FORMAT_VERSION + "; rebuild the snapshot from the records with this library (snapshot save)");
      }
      long bodyLength = header.getLong();
      long end = HEADER_BYTES + bodyLength;
      if (bodyLength < 0 || size < end) {
        throw new IOException("snapshot " + file + " ends early: " + size + " bytes, expected " + end);
      }
      if (size > end) {
        throw new IOException("snapshot " + file + " is corrupt: " + (size - end) + " bytes after the end");
      }
      try {
        return decode(sections(end));
      } catch (Corrupt e) {
        throw new IOException("snapshot " + file + " is corrupt: " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (RuntimeException e) {
        // A value the model refuses (only possible in a file written by a faulty writer: checksums passed).
        throw new IOException("snapshot " + file + " is corrupt: " + e.getMessage(), e);
      }
    }

    /** Walks the section headers. */
    private List<Section> sections(long end) throws IOException {
      List<Section> sections = new ArrayList<>();
      long pos = HEADER_BYTES;
      while (pos < end) {
        if (end - pos < SECTION_HEADER_BYTES) {
          throw new Corrupt("section " + sections.size() + " header cut at byte " + pos);
        }
        ByteBuffer h = ByteBuffer.wrap(read(pos, SECTION_HEADER_BYTES));
        int length = h.getInt();
        int count = h.getInt();
        int crc = h.getInt();
        if (length < 0 || length > end - pos - SECTION_HEADER_BYTES) {
          throw new Corrupt("section " + sections.size() + " at byte " + pos + " claims " + length
              + " bytes, past the end of the body");
        }
        sections.add(new Section(pos + SECTION_HEADER_BYTES, length, count, crc));
        pos += SECTION_HEADER_BYTES + (long) length;
      }
      if (sections.size() < 2) {
        throw new Corrupt(sections.size() + " sections, expected at least 2");
      }
      return sections;
    }

    private Corpus decode(List<Section> sections) throws IOException {
      Tables t = new Tables(in(sections, 0));
      int blocks = sections.size() - 2;
      int[] firstPaper = new int[blocks + 1];
      for (int b = 0; b < blocks; b++) {
        int count = sections.get(b + 1).count();
        if (count < 0 || count > t.paperCount - firstPaper[b]) {
          throw new Corrupt("paper block " + b + " holds " + count + " papers, more than announced");
        }
        firstPaper[b + 1] = firstPaper[b] + count;
      }
      if (firstPaper[blocks] != t.paperCount) {
        throw new Corrupt("paper blocks hold " + firstPaper[blocks] + " papers, expected " + t.paperCount);
      }
      Paper[] papers = new Paper[t.paperCount];
      Tail[] tail = new Tail[1];
      // Task `blocks` is the last section (authors, incidence, profiles, report); it runs alongside the papers.
      IntStream.rangeClosed(0, blocks).parallel().forEach(task -> {
        try {
          if (task == blocks) {
            tail[0] = new Tail(in(sections, blocks + 1), t);
          } else {
            In in = in(sections, task + 1);
            int from = firstPaper[task];
            int to = firstPaper[task + 1];
            int count = in.varint();
            if (count != to - from) {
              throw new Corrupt("paper block " + task + " holds " + count + " papers, its header says "
                  + (to - from));
            }
            for (int p = from; p < to; p++) {
              papers[p] = t.paper(in);
            }
            in.finish("paper block " + task);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      Tail r = tail[0];
      r.finish();
      return new Corpus(Arrays.asList(papers), r.authors, r.incidence, r.report, r.profiles, t.threshold,
          r.nameKeyIndex);
    }

    /** Reads a section and checks its checksum. */
    private In in(List<Section> sections, int index) throws IOException {
      Section s = sections.get(index);
      byte[] body = read(s.offset(), s.length());
      CRC32 crc = new CRC32();
      crc.update(ByteBuffer.allocate(Integer.BYTES).putInt(s.count()).array());
      crc.update(body);
      if ((int) crc.getValue() != s.crc()) {
        throw new Corrupt("checksum mismatch in section " + index + " of " + sections.size());
      }
      return new In(body);
    }

    private byte[] read(long offset, int length) throws IOException {
      byte[] b = new byte[length];
      if (readAt(b, offset, length) < length) {
        throw new EOFException("snapshot " + file + " ends early");
      }
      return b;
    }

    /** Positional read (thread-safe on a FileChannel); returns the bytes read, fewer only at the end. */
    private int readAt(byte[] b, long offset, int length) throws IOException {
      ByteBuffer buf = ByteBuffer.wrap(b, 0, length);
      while (buf.hasRemaining()) {
        int r = ch.read(buf, offset + buf.position());
        if (r < 0) {
          break;
        }
      }
      return buf.position();
    }
  }

  /** Decodes varints and strings from a section held in a byte array. */
  private static final class In {
    private final byte[] b;
    private int pos;

    In(byte[] b) {
      this.b = b;
    }

    int u8() {
      if (pos >= b.length) {
        throw new Corrupt("section ends inside a value");
      }
      return b[pos++] & 0xFF;
    }

    boolean bool() {
      int v = u8();
      if (v > 1) {
        throw new Corrupt("flag " + v + " is neither 0 nor 1");
      }
      return v == 1;
    }

    long varlong() {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int x = u8();
        v |= (long) (x & 0x7F) << shift;
        if ((x & 0x80) == 0) {
          return v;
        }
      }
      throw new Corrupt("malformed varint");
    }

    int varint() {
      // Fast path: one byte (most counts and table indices below 128 are).
      if (pos < b.length && b[pos] >= 0) {
        return b[pos++];
      }
      long v = varlong();
      if (v < 0 || v > Integer.MAX_VALUE) {
        throw new Corrupt("value " + v + " out of range");
      }
      return (int) v;
    }

    /** An index below {@code size}. */
    int index(int size, String what) {
      int i = varint();
      if (i >= size) {
        throw new Corrupt(what + " " + i + " past the table of " + size);
      }
      return i;
    }

    String text() {
      int n = varint();
      if (n > b.length - pos) {
        throw new Corrupt("string of " + n + " bytes runs past the section");
      }
      // The JDK decodes pure-ASCII UTF-8 with a plain copy (Latin-1 strings), so there is no faster path to write.
      String s = new String(b, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }

    void finish(String what) {
      if (pos != b.length) {
        throw new Corrupt(what + " has " + (b.length - pos) + " bytes left over");
      }
    }
  }

  /** The first section: counts and the tables the other sections refer to. */
  private static final class Tables {
    final int threshold;
    final int paperCount;
    final String[] strings;
    final PersonName[] names;
    final Category[] categories;
    final Optional<Category>[] optCategories;
    final Optional<PubDate>[] optDates;

    @SuppressWarnings("unchecked")
    Tables(In in) {
      threshold = in.varint();
      paperCount = in.varint();
      strings = new String[in.varint()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = in.text();
      }
      int[] parts = new int[4 * in.varint()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = in.index(strings.length, "string");
      }
      // Building a name validates and folds it (the costly part of the tables): do it on all cores.
      names = new PersonName[parts.length / 4];
      IntStream.range(0, names.length).parallel().forEach(i -> names[i] = new PersonName(strings[parts[4 * i]],
          strings[parts[4 * i + 1]], strings[parts[4 * i + 2]], strings[parts[4 * i + 3]]));
      categories = new Category[in.varint()];
      optCategories = new Optional[categories.length + 1];
      optCategories[0] = Optional.empty();
      for (int i = 0; i < categories.length; i++) {
        categories[i] = new Category(str(in), str(in), str(in));
        optCategories[i + 1] = Optional.of(categories[i]);
      }
      optDates = new Optional[in.varint() + 1];
      optDates[0] = Optional.empty();
      for (int i = 1; i < optDates.length; i++) {
        int year = in.varint();
        int month = in.u8();
        int day = in.u8();
        optDates[i] = Optional.of(new PubDate(year, month, day, enumOf(PubDate.Precision.values(), in.u8())));
      }
      in.finish("table section");
    }

    String str(In in) {
      return strings[in.index(strings.length, "string")];
    }

    PersonName name(In in) {
      return names[in.index(names.length, "name")];
    }

    ImmutableList<PersonName> names(In in) {
      int n = in.varint();
      if (n == 0) {
        return ImmutableList.of();
      }
      if (n == 1) {
        return ImmutableList.of(name(in));
      }
      PersonName[] a = new PersonName[n];
      for (int i = 0; i < n; i++) {
        a[i] = name(in);
      }
      return ImmutableList.copyOf(a);
    }

    ImmutableList<String> strs(In in) {
      int n = in.varint();
      if (n == 0) {
        return ImmutableList.of();
      }
      String[] a = new String[n];
      for (int i = 0; i < n; i++) {
        a[i] = str(in);
      }
      return ImmutableList.copyOf(a);
    }

    Optional<Category> optCategory(In in) {
      return optCategories[in.index(optCategories.length, "category")];
    }

    Optional<PubDate> optDate(In in) {
      return optDates[in.index(optDates.length, "date")];
    }

    static OptionalInt optInt(In in) {
      return in.bool() ? OptionalInt.of((int) zigzag(in.varlong())) : OptionalInt.empty();
    }

    static PaperId id(In in) {
      return new PaperId(enumOf(PaperId.Scheme.values(), in.u8()), in.text());
    }

    SourceRef source(In in) {
      return new SourceRef(str(in), in.varlong());
    }

    Paper paper(In in) {
      PaperId id = id(in);
      int na = in.varint();
      List<PaperId> alternates;
      if (na == 0) {
        alternates = ImmutableList.of();
      } else {
        PaperId[] a = new PaperId[na];
        for (int i = 0; i < na; i++) {
          a[i] = id(in);
        }
        alternates = ImmutableList.copyOf(a);
      }
      String title = in.text();
      ImmutableList<PersonName> authors = names(in);
      boolean complete = in.bool();
      ImmutableList<PersonName> unplaced = names(in);
      Optional<PubDate> date = optDate(in);
      Optional<PubDate> updated = optDate(in);
      Optional<Category> primary = optCategory(in);
      int nc = in.varint();
      ImmutableList<Category> categories;
      if (nc == 1) {
        categories = ImmutableList.of(categories(in));
      } else {
        Category[] a = new Category[nc];
        for (int i = 0; i < nc; i++) {
          a[i] = categories(in);
        }
        categories = ImmutableList.copyOf(a);
      }
      String abstractText = in.text();
      ImmutableList<String> affiliations = strs(in);
      boolean hasCode = in.bool();
      long c = in.varlong();
      if (c > (long) Integer.MAX_VALUE + 1) {
        throw new Corrupt("citation count " + (c - 1) + " out of range");
      }
      OptionalInt citations = c == 0 ? OptionalInt.empty() : OptionalInt.of((int) (c - 1));
      ImmutableList<String> references = strs(in);
      int np = in.varint();
      SourceRef[] provenance = new SourceRef[np];
      for (int i = 0; i < np; i++) {
        provenance[i] = source(in);
      }
      return new Paper(id, alternates, title, authors, complete, unplaced, date, updated, primary, categories,
          abstractText, affiliations, hasCode, citations, references, ImmutableList.copyOf(provenance));
    }

    private Category categories(In in) {
      return categories[in.index(categories.length, "category")];
    }
  }

  /** The last section: authors, incidence, profiles and report. */
  private static final class Tail {
    final List<Author> authors;
    /** Built by {@link #finish()}. */
    Incidence incidence;
    final List<AuthorProfile> profiles;
    final ResolutionReport report;
    /** The name-key index built from the stored keys, or null when they disagree with this library's keys. */
    Map<String, int[]> nameKeyIndex;
    private final Author[] authorArray;
    private String[][] keys;
    private int[][] rows;
    private int[] placed;

    Tail(In in, Tables t) {
      int authorCount = in.varint();
      Author[] a = new Author[authorCount];
      for (int i = 0; i < authorCount; i++) {
        String id = t.str(in);
        ImmutableList<PersonName> variants = t.names(in);
        a[i] = new Author(id, variants.get(in.index(variants.size(), "canonical variant")), variants);
      }
      authors = Arrays.asList(a);
      String[][] keys = new String[authorCount][];
      for (int i = 0; i < authorCount; i++) {
        int n = in.varint();
        if (n > a[i].variants().size()) {
          throw new Corrupt("author " + i + " has " + n + " name keys for " + a[i].variants().size() + " variants");
        }
        keys[i] = new String[n];
        for (int k = 0; k < n; k++) {
          keys[i][k] = t.str(in);
        }
      }
      authorArray = a;
      this.keys = keys;
      rows = new int[t.paperCount][];
      placed = new int[t.paperCount];
      for (int p = 0; p < t.paperCount; p++) {
        placed[p] = in.varint();
        int n = in.varint();
        if (n > authorCount) {
          throw new Corrupt("paper " + p + " lists " + n + " authors, more than the corpus has");
        }
        int[] row = new int[n];
        for (int k = 0; k < n; k++) {
          row[k] = in.index(authorCount, "author");
        }
        rows[p] = row;
      }
      int profileCount = in.varint();
      List<AuthorProfile> pr = new ArrayList<>(Math.min(profileCount, 1 << 16));
      for (int i = 0; i < profileCount; i++) {
        pr.add(new AuthorProfile(t.name(in), t.optCategory(in), Tables.optInt(in), Tables.optInt(in),
            Tables.optInt(in), Tables.optInt(in), t.source(in)));
      }
      profiles = pr;
      report = report(in, t);
      in.finish("author section");
    }

    /**
     * Builds the incidence, checks the stored name keys and builds their index: independent steps, run on all
     * cores once the paper blocks are decoded (doing them inside the author-section task made it the slowest task).
     */
    void finish() {
      boolean[] trusted = new boolean[1];
      IntStream.range(0, 3).parallel().forEach(step -> {
        switch (step) {
          case 0 -> incidence = new Incidence(authorArray.length, rows, placed);
          case 1 -> nameKeyIndex = Corpus.nameKeyIndex(keys);
          default -> trusted[0] = trusted(authorArray, keys);
        }
      });
      if (!trusted[0]) {
        nameKeyIndex = null;
      }
      rows = null;
      keys = null;
    }

    /**
     * Whether stored name keys match what {@link PersonName#key()} computes today, checked on every 16th author: a
     * snapshot written by a library that folds names differently gets its keys recomputed instead of trusted.
     */
    private static boolean trusted(Author[] authors, String[][] keys) {
      for (int i = 0; i < authors.length; i += 16) {
        if (!Arrays.equals(keys[i], Corpus.nameKeys(authors[i]))) {
          return false;
        }
      }
      return true;
    }

    private static ResolutionReport report(In in, Tables t) {
      int recordsRead = in.varint();
      int papers = in.varint();
      int authors = in.varint();
      int n = in.varint();
      List<PaperMerge> paperMerges = new ArrayList<>(Math.min(n, 1 << 16));
      for (int i = 0; i < n; i++) {
        PaperId id = Tables.id(in);
        String title = in.text();
        int ns = in.varint();
        List<SourceRef> sources = new ArrayList<>(Math.min(ns, 1 << 10));
        for (int k = 0; k < ns; k++) {
          sources.add(t.source(in));
        }
        paperMerges.add(new PaperMerge(id, title, sources, t.str(in)));
      }
      n = in.varint();
      List<AuthorMerge> authorMerges = new ArrayList<>(Math.min(n, 1 << 16));
      for (int i = 0; i < n; i++) {
        authorMerges.add(new AuthorMerge(t.str(in), t.str(in), t.str(in), t.str(in), t.strs(in)));
      }
      n = in.varint();
      List<KeptApart> keptApart = new ArrayList<>(Math.min(n, 1 << 16));
      for (int i = 0; i < n; i++) {
        keptApart.add(new KeptApart(t.str(in), t.strs(in), t.str(in)));
      }
      n = in.varint();
      List<IngestIssue> issues = new ArrayList<>(Math.min(n, 1 << 16));
      for (int i = 0; i < n; i++) {
        issues.add(new IngestIssue(t.source(in), enumOf(IngestIssue.Action.values(), in.u8()), in.text()));
      }
      return new ResolutionReport(recordsRead, papers, authors, paperMerges, authorMerges, keptApart, issues);
    }
  }

  private static <E extends Enum<E>> E enumOf(E[] values, int ordinal) {
    if (ordinal >= values.length) {
      throw new Corrupt("no " + values[0].getDeclaringClass().getSimpleName() + " with ordinal " + ordinal);
    }
    return values[ordinal];
  }

  private static long zigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** A growable byte array with the encoders. */
  private static final class Buf {
    byte[] b = new byte[1 << 12];
    int n;

    private void ensure(int more) {
      if (b.length - n < more) {
        long want = Math.max((long) b.length * 2, (long) n + more);
        if (want > Integer.MAX_VALUE - 16) {
          throw new IllegalStateException("snapshot section over 2 GB");
        }
        b = Arrays.copyOf(b, (int) want);
      }
    }

    void u8(int v) {
      ensure(1);
      b[n++] = (byte) v;
    }

    void bool(boolean v) {
      u8(v ? 1 : 0);
    }

    void varint(int v) {
      if (v < 0) {
        throw new IllegalArgumentException("negative value " + v + " where a count or index was expected");
      }
      varlong(v);
    }

    void varlong(long v) {
      ensure(10);
      while ((v & ~0x7FL) != 0) {
        b[n++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      b[n++] = (byte) v;
    }

    @SuppressWarnings("deprecation")
    void text(String s) {
      int len = s.length();
      boolean ascii = true;
      for (int i = 0; i < len; i++) {
        if (s.charAt(i) >= 0x80) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        varint(len);
        ensure(len);
        s.getBytes(0, len, b, n); // deprecated but exact for ASCII, and copies without an intermediate array
        n += len;
      } else {
        byte[] u = s.getBytes(StandardCharsets.UTF_8);
        varint(u.length);
        ensure(u.length);
        System.arraycopy(u, 0, b, n, u.length);
        n += u.length;
      }
    }
  }

  /** Encodes the body: table section, paper blocks, author section. */
  private static final class Writer {
    private final OutputStream out;
    private final int blockBytes;
    private long written;
    private final Map<String, Integer> strings = new HashMap<>();
    private final List<String> stringList = new ArrayList<>();
    private final Map<PersonName, Integer> names = new HashMap<>();
    private final List<PersonName> nameList = new ArrayList<>();
    private final Map<Category, Integer> categories = new HashMap<>();
    private final List<Category> categoryList = new ArrayList<>();
    private final Map<PubDate, Integer> dates = new HashMap<>();
    private final List<PubDate> dateList = new ArrayList<>();
    /** Once the table section is written, every lookup must hit. */
    private boolean frozen;

    Writer(OutputStream out, int blockBytes) {
      this.out = out;
      this.blockBytes = blockBytes;
    }

    /** Writes the body, returns its length. */
    long corpus(Corpus c) throws IOException {
      List<Paper> papers = c.papers();
      // Tables first, in order of first use, so that the output depends on the corpus only.
      for (Paper p : papers) {
        collect(p);
      }
      Buf tail = tail(c);
      frozen = true;
      section(tables(c.hyperAuthorshipThreshold(), papers.size()), 0);
      // Papers in blocks; a block ends after the paper that brings it past blockBytes.
      Buf block = new Buf();
      int start = 0;
      for (int i = 0; i < papers.size(); i++) {
        paper(block, papers.get(i));
        if (block.n >= blockBytes || i == papers.size() - 1) {
          section(withCount(block, i + 1 - start), i + 1 - start);
          block.n = 0;
          start = i + 1;
        }
      }
      section(tail, 0);
      out.flush();
      return written;
    }

    /** Prefixes a paper block with its paper count (repeated inside the checksummed body). */
    private static Buf withCount(Buf block, int count) {
      Buf b = new Buf();
      b.varint(count);
      b.ensure(block.n);
      System.arraycopy(block.b, 0, b.b, b.n, block.n);
      b.n += block.n;
      return b;
    }

    private void section(Buf body, int count) throws IOException {
      byte[] countBytes = ByteBuffer.allocate(Integer.BYTES).putInt(count).array();
      CRC32 crc = new CRC32();
      crc.update(countBytes);
      crc.update(body.b, 0, body.n);
      out.write(ByteBuffer.allocate(SECTION_HEADER_BYTES).putInt(body.n).putInt(count).putInt((int) crc.getValue())
          .array());
      out.write(body.b, 0, body.n);
      written += SECTION_HEADER_BYTES + body.n;
    }

    private Buf tables(int threshold, int paperCount) {
      Buf b = new Buf();
      b.varint(threshold);
      b.varint(paperCount);
      b.varint(stringList.size());
      for (String s : stringList) {
        b.text(s);
      }
      b.varint(nameList.size());
      for (PersonName n : nameList) {
        b.varint(strings.get(n.given()));
        b.varint(strings.get(n.particle()));
        b.varint(strings.get(n.family()));
        b.varint(strings.get(n.suffix()));
      }
      b.varint(categoryList.size());
      for (Category c : categoryList) {
        b.varint(strings.get(c.code()));
        b.varint(strings.get(c.archive()));
        b.varint(strings.get(c.name()));
      }
      b.varint(dateList.size());
      for (PubDate d : dateList) {
        b.varint(d.year());
        b.u8(d.month());
        b.u8(d.day());
        b.u8(d.precision().ordinal());
      }
      return b;
    }

    /** Puts every table entry a paper uses into the tables, in the order {@link #paper} uses them. */
    private void collect(Paper p) {
      p.authors().forEach(this::name);
      p.unplacedAuthors().forEach(this::name);
      p.date().ifPresent(this::date);
      p.updated().ifPresent(this::date);
      p.primaryCategory().ifPresent(this::category);
      p.categories().forEach(this::category);
      p.affiliations().forEach(this::str);
      p.references().forEach(this::str);
      p.provenance().forEach(s -> str(s.source()));
    }

    private Buf tail(Corpus c) {
      Buf b = new Buf();
      List<Author> authors = c.authors();
      b.varint(authors.size());
      for (Author a : authors) {
        b.varint(str(a.id()));
        names(b, a.variants());
        b.varint(a.variants().indexOf(a.name()));
      }
      // The matching keys of the name variants: folding names is the costliest index to rebuild, so it is stored.
      for (String[] keys : Corpus.nameKeys(authors)) {
        b.varint(keys.length);
        for (String k : keys) {
          b.varint(str(k));
        }
      }
      Incidence inc = c.incidence();
      int paperCount = c.papers().size();
      if (inc.paperCount() != paperCount || inc.authorCount() != authors.size()) {
        throw new IllegalStateException("incidence does not match the corpus: " + inc.paperCount() + " papers, "
            + inc.authorCount() + " authors");
      }
      for (int p = 0; p < paperCount; p++) {
        b.varint(inc.placedCount(p));
        b.varint(inc.authorCountOf(p));
        inc.authorsOf(p).forEach(b::varint);
      }
      b.varint(c.profiles().size());
      for (AuthorProfile pr : c.profiles()) {
        b.varint(name(pr.owner()));
        optCategory(b, pr.mainCategory());
        optInt(b, pr.papers());
        optInt(b, pr.citations());
        optInt(b, pr.noveltyPercent());
        optInt(b, pr.aiScore());
        source(b, pr.source());
      }
      report(b, c.report());
      return b;
    }

    private void report(Buf b, ResolutionReport r) {
      b.varint(r.recordsRead());
      b.varint(r.papers());
      b.varint(r.authors());
      b.varint(r.paperMerges().size());
      for (PaperMerge m : r.paperMerges()) {
        id(b, m.paper());
        b.text(m.title());
        b.varint(m.sources().size());
        for (SourceRef s : m.sources()) {
          source(b, s);
        }
        b.varint(str(m.reason()));
      }
      b.varint(r.authorMerges().size());
      for (AuthorMerge m : r.authorMerges()) {
        b.varint(str(m.author()));
        b.varint(str(m.variant()));
        b.varint(str(m.into()));
        b.varint(str(m.rule()));
        strs(b, m.evidence());
      }
      b.varint(r.keptApart().size());
      for (KeptApart k : r.keptApart()) {
        b.varint(str(k.name()));
        strs(b, k.candidates());
        b.varint(str(k.reason()));
      }
      b.varint(r.issues().size());
      for (IngestIssue i : r.issues()) {
        source(b, i.where());
        b.u8(i.action().ordinal());
        b.text(i.message());
      }
    }

    private void paper(Buf b, Paper p) {
      id(b, p.id());
      b.varint(p.alternateIds().size());
      for (PaperId id : p.alternateIds()) {
        id(b, id);
      }
      b.text(p.title());
      names(b, p.authors());
      b.bool(p.authorListComplete());
      names(b, p.unplacedAuthors());
      b.varint(p.date().map(d -> 1 + date(d)).orElse(0));
      b.varint(p.updated().map(d -> 1 + date(d)).orElse(0));
      optCategory(b, p.primaryCategory());
      b.varint(p.categories().size());
      for (Category cat : p.categories()) {
        b.varint(category(cat));
      }
      b.text(p.abstractText());
      strs(b, p.affiliations());
      b.bool(p.hasCode());
      b.varlong(p.citationCount().isPresent() ? 1L + p.citationCount().getAsInt() : 0L);
      strs(b, p.references());
      b.varint(p.provenance().size());
      for (SourceRef s : p.provenance()) {
        source(b, s);
      }
    }

    private static void id(Buf b, PaperId id) {
      b.u8(id.scheme().ordinal());
      b.text(id.value());
    }

    private void names(Buf b, List<PersonName> list) {
      b.varint(list.size());
      for (PersonName n : list) {
        b.varint(name(n));
      }
    }

    private void strs(Buf b, List<String> list) {
      b.varint(list.size());
      for (String s : list) {
        b.varint(str(s));
      }
    }

    private void optCategory(Buf b, Optional<Category> c) {
      b.varint(c.isPresent() ? 1 + category(c.get()) : 0);
    }

    private static void optInt(Buf b, OptionalInt v) {
      b.bool(v.isPresent());
      if (v.isPresent()) {
        long x = v.getAsInt();
        b.varlong((x << 1) ^ (x >> 63));
      }
    }

    private void source(Buf b, SourceRef s) {
      b.varint(str(s.source()));
      b.varlong(s.line());
    }

    private int str(String s) {
      Integer i = strings.get(s);
      if (i == null) {
        i = add(strings, stringList, s);
      }
      return i;
    }

    private int name(PersonName n) {
      Integer i = names.get(n);
      if (i == null) {
        str(n.given());
        str(n.particle());
        str(n.family());
        str(n.suffix());
        i = add(names, nameList, n);
      }
      return i;
    }

    private int category(Category c) {
      Integer i = categories.get(c);
      if (i == null) {
        str(c.code());
        str(c.archive());
        str(c.name());
        i = add(categories, categoryList, c);
      }
      return i;
    }

    private int date(PubDate d) {
      Integer i = dates.get(d);
      return i != null ? i : add(dates, dateList, d);
    }

    private <T> int add(Map<T, Integer> map, List<T> list, T value) {
      if (frozen) {
        throw new IllegalStateException("table entry " + value + " was not collected before the tables were written");
      }
      map.put(value, list.size());
      list.add(value);
      return list.size() - 1;
    }
  }
}
