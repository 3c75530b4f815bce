package org.citegraph.snapshot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;

import org.citegraph.graph.Incidence;
import org.citegraph.internal.KeyIndex;
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
 * Writes snapshots in format {@value SnapshotFormat#CURRENT_VERSION}: a table section, the papers in blocks of about
 * {@value SnapshotFormat#DEFAULT_BLOCK_BYTES} bytes, and an author section (see {@link SnapshotFormat} and {@code
 * docs/snapshot.md}). The same contents always give the same bytes. O(size of the corpus) time; the largest section
 * is held in memory while it is written.
 */
public final class SnapshotWriter {
  private SnapshotWriter() {}

  /**
   * Writes a snapshot. The file is written beside its final name and moved into place when complete, so a crash never
   * leaves a half-written snapshot under that name; it gets the permissions of any new file (the process umask).
   *
   * @param contents what to store
   * @param file where to store it; replaced if it exists
   * @throws IOException if the file cannot be written
   */
  public static void write(SnapshotContents contents, Path file) throws IOException {
    write(contents, file, SnapshotFormat.DEFAULT_BLOCK_BYTES);
  }

  /** {@link #write(SnapshotContents, Path)} with another paper block size (tests use tiny blocks to get many). */
  static void write(SnapshotContents contents, Path file, int blockBytes) throws IOException {
    checkNotNull(contents, "contents");
    checkNotNull(file, "file");
    checkArgument(blockBytes > 0, "block size must be positive, got %s", blockBytes);
    Path target = file.toAbsolutePath();
    Path tmp = createSibling(target);
    try {
      long body;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        out.write(ByteBuffer.allocate(SnapshotFormat.HEADER_BYTES).put(SnapshotFormat.MAGIC)
            .putInt(SnapshotFormat.CURRENT_VERSION).putLong(0L).array());
        body = new Encoder(out, blockBytes).contents(contents);
      }
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.write(ByteBuffer.allocate(Long.BYTES).putLong(body).flip(), SnapshotFormat.MAGIC.length + Integer.BYTES);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A new empty file beside the target. {@link Files#createTempFile} would make it readable by its owner only (mode
   * 0600), and the move would keep that; {@link Files#createFile} applies the umask like any other new file.
   */
  private static Path createSibling(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path tmp = target.resolveSibling(target.getFileName() + "." + Long.toUnsignedString(
          ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 10) {
          throw e;
        }
      }
    }
  }

  /** Encodes the body: table section, paper blocks, author section. */
  private static final class Encoder {
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

    Encoder(OutputStream out, int blockBytes) {
      this.out = out;
      this.blockBytes = blockBytes;
    }

    /** Writes the body, returns its length. */
    long contents(SnapshotContents c) throws IOException {
      List<Paper> papers = c.papers();
      // Tables first, in order of first use, so that the output depends on the contents only.
      for (Paper p : papers) {
        collect(p);
      }
      Buf tail = tail(c);
      frozen = true;
      section(tables(c.hyperAuthorshipThreshold(), papers.size()), 0);
      // Papers in blocks; a block ends after the paper that brings it past blockBytes. Its paper count is stored
      // once, in the section header (covered by the section's CRC).
      Buf block = new Buf();
      int start = 0;
      for (int i = 0; i < papers.size(); i++) {
        paper(block, papers.get(i));
        if (block.n >= blockBytes || i == papers.size() - 1) {
          section(block, i + 1 - start);
          block.n = 0;
          start = i + 1;
        }
      }
      section(tail, 0);
      out.flush();
      return written;
    }

    private void section(Buf body, int count) throws IOException {
      CRC32 crc = new CRC32();
      crc.update(ByteBuffer.allocate(Integer.BYTES).putInt(count).array());
      crc.update(body.b, 0, body.n);
      out.write(ByteBuffer.allocate(SnapshotFormat.SECTION_HEADER_BYTES).putInt(body.n).putInt(count)
          .putInt((int) crc.getValue()).array());
      out.write(body.b, 0, body.n);
      written += SnapshotFormat.SECTION_HEADER_BYTES + body.n;
    }

    private Buf tables(int threshold, int paperCount) {
      Buf b = new Buf();
      b.varint(threshold);
      b.varint(paperCount);
      b.varint(PersonName.KEY_VERSION);
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
      p.venue().ifPresent(this::str);
      p.references().forEach(this::str);
      p.provenance().forEach(s -> str(s.source()));
    }

    private Buf tail(SnapshotContents c) {
      Buf b = new Buf();
      List<Author> authors = c.authors();
      b.varint(authors.size());
      for (Author a : authors) {
        b.varint(str(a.id()));
        names(b, a.variants());
        b.varint(a.variants().indexOf(a.name()));
      }
      // The matching keys of the name variants: folding names is the costliest index to rebuild, so it is stored.
      for (String[] keys : KeyIndex.keyRows(authors, Author::nameKeys)) {
        b.varint(keys.length);
        for (String k : keys) {
          b.varint(str(k));
        }
      }
      Incidence inc = c.incidence();
      for (int p = 0; p < inc.paperCount(); p++) {
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
      // Flags (1: has code, 2: a venue follows); without a venue, the byte version 3 wrote as its has-code flag.
      b.u8((p.hasCode() ? 1 : 0) | (p.venue().isPresent() ? 2 : 0));
      if (p.venue().isPresent()) {
        b.varint(str(p.venue().get()));
      }
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
        b.zigzag(v.getAsInt());
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
