package org.citegraph;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

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
 * <p>Layout: the ASCII magic {@code CITEGRAPH-SNAPSHOT}, the format version (int, currently {@value #FORMAT_VERSION}),
 * the body length in bytes (long), the body, and the CRC32 of the body (long). Integers in the body are unsigned
 * LEB128 varints; strings are UTF-8 with a varint length (no 64 KiB limit), and short repeated strings (names,
 * category codes, source names, reference keys) go through a table built while writing, so each is stored once. The
 * file is not compressed: loading speed is the point, and the string table already removes most repetition. See
 * {@code docs/snapshot.md}.
 *
 * <p>{@link #load(Path)} verifies length and checksum before decoding anything and never returns a partial corpus.
 */
public final class Snapshot {
  /** The format version this library writes and reads. */
  public static final int FORMAT_VERSION = 1;

  private static final byte[] MAGIC = "CITEGRAPH-SNAPSHOT".getBytes(StandardCharsets.US_ASCII);
  /** Magic, version int, body length long. */
  private static final int HEADER_BYTES = MAGIC.length + Integer.BYTES + Long.BYTES;

  private Snapshot() {}

  /**
   * Writes a snapshot of a corpus. The file is written next to its final name and moved into place when complete,
   * so a crash never leaves a half-written snapshot under that name.
   *
   * @throws IOException if the file cannot be written
   */
  public static void save(Corpus corpus, Path file) throws IOException {
    checkNotNull(corpus, "corpus");
    checkNotNull(file, "file");
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        DataOutputStream raw = new DataOutputStream(out);
        raw.write(MAGIC);
        raw.writeInt(FORMAT_VERSION);
        raw.writeLong(0L); // body length, patched below
        CheckedOutputStream checked = new CheckedOutputStream(out, new CRC32());
        Writer w = new Writer(new DataOutputStream(checked));
        w.corpus(corpus);
        w.out.flush();
        raw.writeLong(checked.getChecksum().getValue());
      }
      patchLength(tmp, Files.size(tmp) - HEADER_BYTES - Long.BYTES);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void patchLength(Path tmp, long bodyLength) throws IOException {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(tmp,
        java.nio.file.StandardOpenOption.WRITE)) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(Long.BYTES).putLong(bodyLength).flip();
      ch.write(b, MAGIC.length + Integer.BYTES);
    }
  }

  /**
   * Whether a file starts with the snapshot magic bytes (a cheap test; {@link #load(Path)} checks the rest). False
   * for directories, unreadable and missing files.
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
   * Reads a snapshot written by {@link #save(Corpus, Path)}.
   *
   * @throws IOException if the file cannot be read, is not a citegraph snapshot, has another format version, ends
   *     early, or fails its checksum; the message names the file and the problem
   */
  public static Corpus load(Path file) throws IOException {
    checkNotNull(file, "file");
    long size = Files.size(file);
    long bodyLength;
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      byte[] magic = new byte[MAGIC.length];
      int n = in.readNBytes(magic, 0, magic.length);
      if (n < magic.length || !Arrays.equals(magic, MAGIC)) {
        throw new IOException("not a citegraph snapshot: " + file);
      }
      if (size < HEADER_BYTES) {
        throw new IOException("snapshot " + file + " ends early: " + size + " bytes, not even a header");
      }
      int version = in.readInt();
      if (version != FORMAT_VERSION) {
        throw new IOException(file + ": snapshot format version " + version + ", this library reads "
            + FORMAT_VERSION);
      }
      bodyLength = in.readLong();
      long expected = HEADER_BYTES + bodyLength + Long.BYTES;
      if (bodyLength < 0 || size < expected) {
        throw new IOException("snapshot " + file + " ends early: " + size + " bytes, expected " + expected);
      }
      if (size > expected) {
        throw new IOException("snapshot " + file + " is corrupt: " + (size - expected) + " bytes after the end");
      }
      // First pass: checksum the body before decoding any of it, so damage is reported as such.
      CheckedInputStream checked = new CheckedInputStream(in, new CRC32());
      byte[] buf = new byte[1 << 16];
      long left = bodyLength;
      while (left > 0) {
        int r = checked.read(buf, 0, (int) Math.min(buf.length, left));
        if (r < 0) {
          throw new IOException("snapshot " + file + " ends early");
        }
        left -= r;
      }
      long stored = in.readLong();
      if (stored != checked.getChecksum().getValue()) {
        throw new IOException("snapshot " + file + " is corrupt: checksum mismatch");
      }
    } catch (EOFException e) {
      throw new IOException("snapshot " + file + " ends early", e);
    }
    // Second pass: decode.
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      in.skipNBytes(HEADER_BYTES);
      Reader r = new Reader(new DataInputStream(in));
      return r.corpus();
    } catch (EOFException e) {
      throw new IOException("snapshot " + file + " ends early", e);
    } catch (RuntimeException e) {
      throw new IOException("snapshot " + file + " is corrupt: " + e.getMessage(), e);
    }
  }

  /** Encodes the body. */
  private static final class Writer {
    final DataOutputStream out;
    private final Map<String, Integer> table = new HashMap<>();

    Writer(DataOutputStream out) {
      this.out = out;
    }

    void corpus(Corpus c) throws IOException {
      varint(c.hyperAuthorshipThreshold());
      List<Paper> papers = c.papers();
      varint(papers.size());
      for (Paper p : papers) {
        paper(p);
      }
      List<Author> authors = c.authors();
      varint(authors.size());
      for (Author a : authors) {
        str(a.id());
        varint(a.variants().size());
        for (PersonName v : a.variants()) {
          name(v);
        }
        varint(a.variants().indexOf(a.name()));
      }
      Incidence inc = c.incidence();
      if (inc.paperCount() != papers.size() || inc.authorCount() != authors.size()) {
        throw new IllegalStateException("incidence does not match the corpus: " + inc.paperCount() + " papers, "
            + inc.authorCount() + " authors");
      }
      for (int p = 0; p < papers.size(); p++) {
        varint(inc.placedCount(p));
        varint(inc.authorCountOf(p));
        for (int a : inc.authorsOf(p).toArray()) {
          varint(a);
        }
      }
      varint(c.profiles().size());
      for (AuthorProfile pr : c.profiles()) {
        name(pr.owner());
        optCategory(pr.mainCategory());
        optInt(pr.papers());
        optInt(pr.citations());
        optInt(pr.noveltyPercent());
        optInt(pr.aiScore());
        source(pr.source());
      }
      report(c.report());
    }

    void paper(Paper p) throws IOException {
      id(p.id());
      varint(p.alternateIds().size());
      for (PaperId id : p.alternateIds()) {
        id(id);
      }
      text(p.title());
      names(p.authors());
      out.writeBoolean(p.authorListComplete());
      names(p.unplacedAuthors());
      optDate(p.date());
      optDate(p.updated());
      optCategory(p.primaryCategory());
      varint(p.categories().size());
      for (Category cat : p.categories()) {
        category(cat);
      }
      text(p.abstractText());
      strs(p.affiliations());
      out.writeBoolean(p.hasCode());
      optInt(p.citationCount());
      strs(p.references());
      varint(p.provenance().size());
      for (SourceRef s : p.provenance()) {
        source(s);
      }
    }

    void report(ResolutionReport r) throws IOException {
      varint(r.recordsRead());
      varint(r.papers());
      varint(r.authors());
      varint(r.paperMerges().size());
      for (PaperMerge m : r.paperMerges()) {
        id(m.paper());
        text(m.title());
        varint(m.sources().size());
        for (SourceRef s : m.sources()) {
          source(s);
        }
        str(m.reason());
      }
      varint(r.authorMerges().size());
      for (AuthorMerge m : r.authorMerges()) {
        str(m.author());
        str(m.variant());
        str(m.into());
        str(m.rule());
        strs(m.evidence());
      }
      varint(r.keptApart().size());
      for (KeptApart k : r.keptApart()) {
        str(k.name());
        strs(k.candidates());
        str(k.reason());
      }
      varint(r.issues().size());
      for (IngestIssue i : r.issues()) {
        source(i.where());
        out.writeByte(i.action().ordinal());
        text(i.message());
      }
    }

    void id(PaperId id) throws IOException {
      out.writeByte(id.scheme().ordinal());
      str(id.value());
    }

    void name(PersonName n) throws IOException {
      str(n.given());
      str(n.particle());
      str(n.family());
      str(n.suffix());
    }

    void names(List<PersonName> names) throws IOException {
      varint(names.size());
      for (PersonName n : names) {
        name(n);
      }
    }

    void category(Category c) throws IOException {
      str(c.code());
      str(c.archive());
      str(c.name());
    }

    void optCategory(Optional<Category> c) throws IOException {
      out.writeBoolean(c.isPresent());
      if (c.isPresent()) {
        category(c.get());
      }
    }

    void optDate(Optional<PubDate> d) throws IOException {
      out.writeBoolean(d.isPresent());
      if (d.isPresent()) {
        varint(d.get().year());
        out.writeByte(d.get().month());
        out.writeByte(d.get().day());
        out.writeByte(d.get().precision().ordinal());
      }
    }

    void optInt(OptionalInt v) throws IOException {
      out.writeBoolean(v.isPresent());
      if (v.isPresent()) {
        out.writeInt(v.getAsInt());
      }
    }

    void source(SourceRef s) throws IOException {
      str(s.source());
      varlong(s.line());
    }

    void strs(List<String> list) throws IOException {
      varint(list.size());
      for (String s : list) {
        str(s);
      }
    }

    /** An interned string: 0 then the text for a first occurrence, else 1 + its table index. */
    void str(String s) throws IOException {
      Integer index = table.get(s);
      if (index != null) {
        varint(index + 1);
        return;
      }
      table.put(s, table.size());
      varint(0);
      text(s);
    }

    /** A string stored inline: varint byte length, then UTF-8. */
    void text(String s) throws IOException {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length);
      out.write(b);
    }

    void varint(int v) throws IOException {
      if (v < 0) {
        throw new IllegalArgumentException("negative value " + v + " where a count or index was expected");
      }
      varlong(v);
    }

    void varlong(long v) throws IOException {
      while ((v & ~0x7FL) != 0) {
        out.writeByte((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.writeByte((int) v);
    }
  }

  /** Decodes the body; the record constructors validate every value. */
  private static final class Reader {
    private final DataInputStream in;
    private final List<String> table = new ArrayList<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    Corpus corpus() throws IOException {
      int threshold = varint();
      int paperCount = varint();
      List<Paper> papers = new ArrayList<>(Math.min(paperCount, 1 << 20));
      for (int i = 0; i < paperCount; i++) {
        papers.add(paper());
      }
      int authorCount = varint();
      List<Author> authors = new ArrayList<>(Math.min(authorCount, 1 << 20));
      for (int i = 0; i < authorCount; i++) {
        String id = str();
        int nv = varint();
        List<PersonName> variants = new ArrayList<>(nv);
        for (int k = 0; k < nv; k++) {
          variants.add(name());
        }
        authors.add(new Author(id, variants.get(varint()), variants));
      }
      int[][] rows = new int[paperCount][];
      int[] placed = new int[paperCount];
      for (int p = 0; p < paperCount; p++) {
        placed[p] = varint();
        int n = varint();
        rows[p] = new int[n];
        for (int k = 0; k < n; k++) {
          rows[p][k] = varint();
        }
      }
      Incidence incidence = new Incidence(authorCount, rows, placed);
      int profileCount = varint();
      List<AuthorProfile> profiles = new ArrayList<>(profileCount);
      for (int i = 0; i < profileCount; i++) {
        profiles.add(new AuthorProfile(name(), optCategory(), optInt(), optInt(), optInt(), optInt(), source()));
      }
      ResolutionReport report = report();
      return new Corpus(papers, authors, incidence, report, profiles, threshold);
    }

    Paper paper() throws IOException {
      PaperId id = id();
      int na = varint();
      List<PaperId> alternates = new ArrayList<>(na);
      for (int i = 0; i < na; i++) {
        alternates.add(id());
      }
      String title = text();
      List<PersonName> authors = names();
      boolean complete = in.readBoolean();
      List<PersonName> unplaced = names();
      Optional<PubDate> date = optDate();
      Optional<PubDate> updated = optDate();
      Optional<Category> primary = optCategory();
      int nc = varint();
      List<Category> categories = new ArrayList<>(nc);
      for (int i = 0; i < nc; i++) {
        categories.add(category());
      }
      String abstractText = text();
      List<String> affiliations = strs();
      boolean hasCode = in.readBoolean();
      OptionalInt citations = optInt();
      List<String> references = strs();
      int np = varint();
      List<SourceRef> provenance = new ArrayList<>(np);
      for (int i = 0; i < np; i++) {
        provenance.add(source());
      }
      return new Paper(id, alternates, title, authors, complete, unplaced, date, updated, primary, categories,
          abstractText, affiliations, hasCode, citations, references, provenance);
    }

    ResolutionReport report() throws IOException {
      int recordsRead = varint();
      int papers = varint();
      int authors = varint();
      int n = varint();
      List<PaperMerge> paperMerges = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        PaperId id = id();
        String title = text();
        int ns = varint();
        List<SourceRef> sources = new ArrayList<>(ns);
        for (int k = 0; k < ns; k++) {
          sources.add(source());
        }
        paperMerges.add(new PaperMerge(id, title, sources, str()));
      }
      n = varint();
      List<AuthorMerge> authorMerges = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        authorMerges.add(new AuthorMerge(str(), str(), str(), str(), strs()));
      }
      n = varint();
      List<KeptApart> keptApart = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        keptApart.add(new KeptApart(str(), strs(), str()));
      }
      n = varint();
      List<IngestIssue> issues = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        issues.add(new IngestIssue(source(), enumOf(IngestIssue.Action.values(), in.readUnsignedByte()), text()));
      }
      return new ResolutionReport(recordsRead, papers, authors, paperMerges, authorMerges, keptApart, issues);
    }

    PaperId id() throws IOException {
      return new PaperId(enumOf(PaperId.Scheme.values(), in.readUnsignedByte()), str());
    }

    PersonName name() throws IOException {
      return new PersonName(str(), str(), str(), str());
    }

    List<PersonName> names() throws IOException {
      int n = varint();
      List<PersonName> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(name());
      }
      return out;
    }

    Category category() throws IOException {
      return new Category(str(), str(), str());
    }

    Optional<Category> optCategory() throws IOException {
      return in.readBoolean() ? Optional.of(category()) : Optional.empty();
    }

    Optional<PubDate> optDate() throws IOException {
      if (!in.readBoolean()) {
        return Optional.empty();
      }
      int year = varint();
      int month = in.readUnsignedByte();
      int day = in.readUnsignedByte();
      return Optional.of(new PubDate(year, month, day, enumOf(PubDate.Precision.values(), in.readUnsignedByte())));
    }

    OptionalInt optInt() throws IOException {
      return in.readBoolean() ? OptionalInt.of(in.readInt()) : OptionalInt.empty();
    }

    SourceRef source() throws IOException {
      return new SourceRef(str(), varlong());
    }

    List<String> strs() throws IOException {
      int n = varint();
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(str());
      }
      return out;
    }

    String str() throws IOException {
      int ref = varint();
      if (ref == 0) {
        String s = text();
        table.add(s);
        return s;
      }
      if (ref > table.size()) {
        throw new IOException("string reference " + ref + " past the table of " + table.size());
      }
      return table.get(ref - 1);
    }

    String text() throws IOException {
      int n = varint();
      byte[] b = in.readNBytes(n);
      if (b.length < n) {
        throw new EOFException();
      }
      return new String(b, StandardCharsets.UTF_8);
    }

    int varint() throws IOException {
      long v = varlong();
      if (v > Integer.MAX_VALUE) {
        throw new IOException("value " + v + " out of range");
      }
      return (int) v;
    }

    long varlong() throws IOException {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = in.readUnsignedByte();
        v |= (long) (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new IOException("malformed varint");
    }

    private static <E extends Enum<E>> E enumOf(E[] values, int ordinal) throws IOException {
      if (ordinal >= values.length) {
        throw new IOException("no " + values[0].getDeclaringClass().getSimpleName() + " with ordinal " + ordinal);
      }
      return values[ordinal];
    }
  }
}
