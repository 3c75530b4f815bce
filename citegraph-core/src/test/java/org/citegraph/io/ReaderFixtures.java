package org.citegraph.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;

/** Reads test fixtures under {@code org/citegraph/io/<format>/} and inline text through a reader. */
public final class ReaderFixtures {
  private ReaderFixtures() {}

  /** Reads a fixture resource (relative to this package) into a sink. */
  public static CollectingSink read(RecordReader reader, String resource, CollectingSink sink) {
    try (InputStream in = ReaderFixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      try (BufferedReader text = Inputs.open(in)) {
        reader.read(text, resource, sink);
      }
      return sink;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a fixture leniently. */
  public static CollectingSink read(RecordReader reader, String resource) {
    return read(reader, resource, CollectingSink.lenient());
  }

  /** Reads inline text into a sink. */
  public static CollectingSink text(RecordReader reader, String text, CollectingSink sink) {
    try {
      reader.read(new BufferedReader(new StringReader(text)), "inline", sink);
      return sink;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first head of a fixture, as {@link Inputs#detect} sees it. */
  public static String head(String resource) {
    try (InputStream in = ReaderFixtures.class.getResourceAsStream(resource); BufferedReader text = Inputs.open(in)) {
      return Inputs.head(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paper with this title. */
  public static Paper byTitle(List<Paper> papers, String title) {
    return papers.stream().filter(p -> p.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no paper titled '" + title + "' among " + papers));
  }

  /** "given|particle|family|suffix" of each name, for compact assertions. */
  public static List<String> parts(List<PersonName> names) {
    return names.stream().map(n -> n.given() + "|" + n.particle() + "|" + n.family() + "|" + n.suffix()).toList();
  }
}
