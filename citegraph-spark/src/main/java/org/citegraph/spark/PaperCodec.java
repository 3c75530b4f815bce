package org.citegraph.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Encodes a core {@link Paper} (and {@link PersonName}) as compact bytes for Spark rows and shuffles, and decodes it
 * back to an equal record: every field is kept, so a record read on an executor is the record the embedded library
 * reads. The format is private to one run (it is not a storage format; the Parquet tables carry a copy only so that
 * a subset can be exported as a snapshot by the same version). O(size of the record).
 */
public final class PaperCodec {
  private PaperCodec() {}

  /**
   * The bytes of a paper.
   *
   * @param p the paper
   * @return its encoding, read back by {@link #decode(byte[])}
   */
  public static byte[] encode(Paper p) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + p.abstractText().length());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      id(out, p.id());
      out.writeInt(p.alternateIds().size());
      for (PaperId id : p.alternateIds()) {
        id(out, id);
      }
      str(out, p.title());
      names(out, p.authors());
      out.writeBoolean(p.authorListComplete());
      names(out, p.unplacedAuthors());
      date(out, p.date());
      date(out, p.updated());
      out.writeBoolean(p.primaryCategory().isPresent());
      if (p.primaryCategory().isPresent()) {
        category(out, p.primaryCategory().get());
      }
      out.writeInt(p.categories().size());
      for (Category c : p.categories()) {
        category(out, c);
      }
      str(out, p.abstractText());
      strings(out, p.affiliations());
      out.writeBoolean(p.venue().isPresent());
      if (p.venue().isPresent()) {
        str(out, p.venue().get());
      }
      out.writeBoolean(p.hasCode());
      out.writeInt(p.citationCount().orElse(-1));
      strings(out, p.references());
      out.writeInt(p.provenance().size());
      for (SourceRef s : p.provenance()) {
        str(out, s.source());
        out.writeLong(s.line());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The paper encoded by {@link #encode(Paper)}.
   *
   * @param bytes the encoding
   * @return the paper, equal to the one encoded
   * @throws IllegalArgumentException if the bytes are not an encoding of this version
   */
  public static Paper decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      PaperId id = id(in);
      int n = in.readInt();
      List<PaperId> alternate = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        alternate.add(id(in));
      }
      String title = str(in);
      List<PersonName> authors = names(in);
      boolean complete = in.readBoolean();
      List<PersonName> unplaced = names(in);
      Optional<PubDate> date = date(in);
      Optional<PubDate> updated = date(in);
      Optional<Category> primary = in.readBoolean() ? Optional.of(category(in)) : Optional.empty();
      n = in.readInt();
      List<Category> categories = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        categories.add(category(in));
      }
      String abstractText = str(in);
      List<String> affiliations = strings(in);
      Optional<String> venue = in.readBoolean() ? Optional.of(str(in)) : Optional.empty();
      boolean hasCode = in.readBoolean();
      int citations = in.readInt();
      List<String> references = strings(in);
      n = in.readInt();
      List<SourceRef> provenance = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        provenance.add(new SourceRef(str(in), in.readLong()));
      }
      return new Paper(id, alternate, title, authors, complete, unplaced, date, updated, primary, categories,
          abstractText, affiliations, venue, hasCode, citations < 0 ? OptionalInt.empty() : OptionalInt.of(citations),
          references, provenance);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not an encoded paper (" + bytes.length + " bytes): " + e, e);
    }
  }

  /**
   * The bytes of a name.
   *
   * @param name the name
   * @return its encoding, read back by {@link #decodeName(byte[])}
   */
  public static byte[] encodeName(PersonName name) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      name(out, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The name encoded by {@link #encodeName(PersonName)}.
   *
   * @param bytes the encoding
   * @return the name
   * @throws IllegalArgumentException if the bytes are not an encoded name
   */
  public static PersonName decodeName(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      return name(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not an encoded name (" + bytes.length + " bytes): " + e, e);
    }
  }

  private static void str(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String str(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      str(out, s);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(str(in));
    }
    return out;
  }

  private static void id(DataOutputStream out, PaperId id) throws IOException {
    out.writeByte(id.scheme().ordinal());
    str(out, id.value());
  }

  private static PaperId id(DataInputStream in) throws IOException {
    PaperId.Scheme scheme = PaperId.Scheme.values()[in.readByte()];
    return new PaperId(scheme, str(in));
  }

  private static void name(DataOutputStream out, PersonName n) throws IOException {
    str(out, n.given());
    str(out, n.particle());
    str(out, n.family());
    str(out, n.suffix());
  }

  private static PersonName name(DataInputStream in) throws IOException {
    return new PersonName(str(in), str(in), str(in), str(in));
  }

  private static void names(DataOutputStream out, List<PersonName> names) throws IOException {
    out.writeInt(names.size());
    for (PersonName n : names) {
      name(out, n);
    }
  }

  private static List<PersonName> names(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<PersonName> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(name(in));
    }
    return out;
  }

  private static void date(DataOutputStream out, Optional<PubDate> d) throws IOException {
    out.writeBoolean(d.isPresent());
    if (d.isPresent()) {
      PubDate x = d.get();
      out.writeInt(x.year());
      out.writeInt(x.month());
      out.writeInt(x.day());
      out.writeByte(x.precision().ordinal());
    }
  }

  private static Optional<PubDate> date(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return Optional.empty();
    }
    return Optional.of(new PubDate(in.readInt(), in.readInt(), in.readInt(),
        PubDate.Precision.values()[in.readByte()]));
  }

  private static void category(DataOutputStream out, Category c) throws IOException {
    str(out, c.code());
    str(out, c.archive());
    str(out, c.name());
  }

  private static Category category(DataInputStream in) throws IOException {
    return new Category(str(in), str(in), str(in));
  }
}
