package org.citegraph.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.CRC32;

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
 * The format-1 writer of the first snapshot release, kept as a test oracle (this library no longer writes format 1):
 * header, one body with strings interned on first use and names and categories inline, then the body's CRC32.
 */
final class FormatOneWriter {
  private final DataOutputStream out;
  private final Map<String, Integer> table = new HashMap<>();

  private FormatOneWriter(DataOutputStream out) {
    this.out = out;
  }

  static byte[] write(SnapshotContents c) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    FormatOneWriter w = new FormatOneWriter(new DataOutputStream(body));
    w.contents(c);
    w.out.flush();
    byte[] b = body.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(b);
    return ByteBuffer.allocate(SnapshotBytes.HEADER + b.length + Long.BYTES)
        .put("CITEGRAPH-SNAPSHOT".getBytes(StandardCharsets.US_ASCII)).putInt(1).putLong(b.length).put(b)
        .putLong(crc.getValue()).array();
  }

  private void contents(SnapshotContents c) throws IOException {
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

  private void paper(Paper p) throws IOException {
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

  private void report(ResolutionReport r) throws IOException {
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

  private void id(PaperId id) throws IOException {
    out.writeByte(id.scheme().ordinal());
    str(id.value());
  }

  private void name(PersonName n) throws IOException {
    str(n.given());
    str(n.particle());
    str(n.family());
    str(n.suffix());
  }

  private void names(List<PersonName> names) throws IOException {
    varint(names.size());
    for (PersonName n : names) {
      name(n);
    }
  }

  private void category(Category c) throws IOException {
    str(c.code());
    str(c.archive());
    str(c.name());
  }

  private void optCategory(Optional<Category> c) throws IOException {
    out.writeBoolean(c.isPresent());
    if (c.isPresent()) {
      category(c.get());
    }
  }

  private void optDate(Optional<PubDate> d) throws IOException {
    out.writeBoolean(d.isPresent());
    if (d.isPresent()) {
      varint(d.get().year());
      out.writeByte(d.get().month());
      out.writeByte(d.get().day());
      out.writeByte(d.get().precision().ordinal());
    }
  }

  private void optInt(OptionalInt v) throws IOException {
    out.writeBoolean(v.isPresent());
    if (v.isPresent()) {
      out.writeInt(v.getAsInt());
    }
  }

  private void source(SourceRef s) throws IOException {
    str(s.source());
    varlong(s.line());
  }

  private void strs(List<String> list) throws IOException {
    varint(list.size());
    for (String s : list) {
      str(s);
    }
  }

  private void str(String s) throws IOException {
    Integer index = table.get(s);
    if (index != null) {
      varint(index + 1);
      return;
    }
    table.put(s, table.size());
    varint(0);
    text(s);
  }

  private void text(String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(b.length);
    out.write(b);
  }

  private void varint(int v) throws IOException {
    varlong(v);
  }

  private void varlong(long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }
}
