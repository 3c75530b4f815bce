package org.citegraph.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.CRC32;

import com.google.common.collect.ImmutableList;

import org.citegraph.graph.CoauthorGraph;
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
 * Decodes format 1: header, one body, then the CRC32 of the body as a long. In the body, strings are interned on first
 * use (a varint 0 followed by the text, or 1 + the index of an earlier string), names and categories are stored
 * inline per use, optional values are a flag byte then the value, optional ints a big-endian int. The body is read
 * into memory and checked whole before decoding. No name keys are stored.
 */
final class FormatOne {
  /** Fewest bytes of a format-1 paper (as {@link Tables#MIN_PAPER_BYTES}, strings by reference). */
  private static final int MIN_PAPER_BYTES = 16;

  private final In in;
  private final SnapshotLimits limits;
  private final List<String> table = new ArrayList<>();

  private FormatOne(In in, SnapshotLimits limits) {
    this.in = in;
    this.limits = limits;
  }

  static SnapshotContents decode(SnapshotLoader.Reader r, SnapshotLimits limits) throws IOException {
    if (r.bodyLength > Integer.MAX_VALUE - 16) {
      throw new Corrupt("a format-1 body of " + r.bodyLength + " bytes is over the 2 GB this library reads");
    }
    byte[] body = r.read(SnapshotFormat.HEADER_BYTES, (int) r.bodyLength);
    long stored = ByteBuffer.wrap(r.read(SnapshotFormat.HEADER_BYTES + r.bodyLength, Long.BYTES)).getLong();
    CRC32 crc = new CRC32();
    crc.update(body);
    if (stored != crc.getValue()) {
      throw new Corrupt("checksum mismatch");
    }
    FormatOne f = new FormatOne(new In(body, limits.maxStringBytes()), limits);
    SnapshotContents c = f.contents();
    f.in.finish("format-1 body");
    return c;
  }

  private SnapshotContents contents() {
    int threshold = in.varint();
    if (threshold < CoauthorGraph.MIN_HYPER_AUTHORSHIP_THRESHOLD) {
      throw new Corrupt("hyper-authorship threshold " + threshold + " is below the minimum of "
          + CoauthorGraph.MIN_HYPER_AUTHORSHIP_THRESHOLD);
    }
    int paperCount = in.count("paper", MIN_PAPER_BYTES, limits.maxPapers(), "maxPapers");
    Paper[] papers = new Paper[paperCount];
    for (int i = 0; i < paperCount; i++) {
      papers[i] = paper();
    }
    int authorCount = in.count("author", 5, limits.maxAuthors(), "maxAuthors");
    Author[] authors = new Author[authorCount];
    for (int i = 0; i < authorCount; i++) {
      String id = str();
      ImmutableList<PersonName> variants = names();
      authors[i] = new Author(id, variants.get(in.index(variants.size(), "canonical variant")), variants);
    }
    if ((long) paperCount * 2 > in.remaining()) {
      throw new Corrupt(paperCount + " papers need at least " + 2L * paperCount + " bytes of incidence, "
          + in.remaining() + " left");
    }
    int[][] rows = new int[paperCount][];
    int[] placed = new int[paperCount];
    for (int p = 0; p < paperCount; p++) {
      placed[p] = in.varint();
      int n = in.count("authors of paper " + p, 1, authorCount, "the author count");
      rows[p] = new int[n];
      for (int k = 0; k < n; k++) {
        rows[p][k] = in.index(authorCount, "author");
      }
    }
    Incidence incidence = new Incidence(authorCount, rows, placed);
    int profileCount = in.count("profile", 8, Integer.MAX_VALUE, "");
    ImmutableList.Builder<AuthorProfile> profiles = ImmutableList.builderWithExpectedSize(profileCount);
    for (int i = 0; i < profileCount; i++) {
      profiles.add(new AuthorProfile(name(), optCategory(), optInt(), optInt(), optInt(), optInt(), source()));
    }
    ResolutionReport report = report();
    return new SnapshotContents(ImmutableList.copyOf(papers), ImmutableList.copyOf(authors), incidence, report,
        profiles.build(), threshold, null);
  }

  private Paper paper() {
    PaperId id = id();
    int na = in.count("alternate ids", 2, Integer.MAX_VALUE, "");
    List<PaperId> alternates = new ArrayList<>(na);
    for (int i = 0; i < na; i++) {
      alternates.add(id());
    }
    String title = in.text();
    ImmutableList<PersonName> authors = names();
    boolean complete = in.bool();
    ImmutableList<PersonName> unplaced = names();
    Optional<PubDate> date = optDate();
    Optional<PubDate> updated = optDate();
    Optional<Category> primary = optCategory();
    int nc = in.count("categories", 3, Integer.MAX_VALUE, "");
    ImmutableList.Builder<Category> categories = ImmutableList.builderWithExpectedSize(nc);
    for (int i = 0; i < nc; i++) {
      categories.add(category());
    }
    String abstractText = in.text();
    ImmutableList<String> affiliations = strs();
    boolean hasCode = in.bool();
    OptionalInt citations = optInt();
    ImmutableList<String> references = strs();
    int np = in.count("provenance entries", 2, Integer.MAX_VALUE, "");
    ImmutableList.Builder<SourceRef> provenance = ImmutableList.builderWithExpectedSize(np);
    for (int i = 0; i < np; i++) {
      provenance.add(source());
    }
    return new Paper(id, alternates, title, authors, complete, unplaced, date, updated, primary, categories.build(),
        abstractText, affiliations, hasCode, citations, references, provenance.build());
  }

  private ResolutionReport report() {
    int recordsRead = in.varint();
    int papers = in.varint();
    int authors = in.varint();
    int n = in.count("paper merge");
    List<PaperMerge> paperMerges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PaperId id = id();
      String title = in.text();
      int ns = in.count("merged sources");
      List<SourceRef> sources = new ArrayList<>(ns);
      for (int k = 0; k < ns; k++) {
        sources.add(source());
      }
      paperMerges.add(new PaperMerge(id, title, sources, str()));
    }
    n = in.count("author merge");
    List<AuthorMerge> authorMerges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      authorMerges.add(new AuthorMerge(str(), str(), str(), str(), strs()));
    }
    n = in.count("kept-apart name");
    List<KeptApart> keptApart = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      keptApart.add(new KeptApart(str(), strs(), str()));
    }
    n = in.count("input issue");
    List<IngestIssue> issues = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      issues.add(new IngestIssue(source(), In.enumOf(IngestIssue.Action.values(), in.u8()), in.text()));
    }
    return new ResolutionReport(recordsRead, papers, authors, paperMerges, authorMerges, keptApart, issues);
  }

  private PaperId id() {
    return new PaperId(In.enumOf(PaperId.Scheme.values(), in.u8()), str());
  }

  private PersonName name() {
    return new PersonName(str(), str(), str(), str());
  }

  private ImmutableList<PersonName> names() {
    int n = in.count("names", 4, Integer.MAX_VALUE, "");
    ImmutableList.Builder<PersonName> b = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      b.add(name());
    }
    return b.build();
  }

  private Category category() {
    return new Category(str(), str(), str());
  }

  private Optional<Category> optCategory() {
    return in.bool() ? Optional.of(category()) : Optional.empty();
  }

  private Optional<PubDate> optDate() {
    if (!in.bool()) {
      return Optional.empty();
    }
    int year = in.varint();
    int month = in.u8();
    int day = in.u8();
    return Optional.of(new PubDate(year, month, day, In.enumOf(PubDate.Precision.values(), in.u8())));
  }

  private OptionalInt optInt() {
    return in.bool() ? OptionalInt.of(in.int32()) : OptionalInt.empty();
  }

  private SourceRef source() {
    return new SourceRef(str(), in.varlong());
  }

  private ImmutableList<String> strs() {
    int n = in.count("strings");
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      b.add(str());
    }
    return b.build();
  }

  /** An interned string: 0 then the text on first use, else 1 + its index. */
  private String str() {
    int ref = in.varint();
    if (ref == 0) {
      if (table.size() >= limits.maxTableEntries()) {
        throw new Corrupt("string table over the limit maxTableEntries = " + limits.maxTableEntries()
            + "; raise it in SnapshotLimits if the file is genuine");
      }
      String s = in.text();
      table.add(s);
      return s;
    }
    if (ref > table.size()) {
      throw new Corrupt("string reference " + ref + " past the table of " + table.size());
    }
    return table.get(ref - 1);
  }
}
