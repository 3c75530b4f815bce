package org.citegraph.io;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.Paper;
import org.citegraph.model.SourceRef;

/** Helpers that build test inputs from the real bundled samples, damaging one spot at a time. */
public final class SampleText {
  private SampleText() {}

  /** Source name used for damaged inputs. */
  public static final String SOURCE = "damaged.txt";

  /** The lines of a bundled sample, e.g. {@link Inputs#PROFILE_PAGE_SAMPLE}. */
  public static List<String> lines(String sample) {
    try (BufferedReader in = Inputs.openSample(sample)) {
      return new ArrayList<>(in.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines joined with {@code \n}, with a final newline. */
  public static String join(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  /** A copy with 1-based line {@code lineNo} replaced. */
  public static List<String> replace(List<String> lines, int lineNo, String text) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(lineNo - 1, text);
    return copy;
  }

  /** A copy with the 1-based lines {@code first..last} (inclusive) removed. */
  public static List<String> remove(List<String> lines, int first, int last) {
    List<String> copy = new ArrayList<>(lines);
    copy.subList(first - 1, last).clear();
    return copy;
  }

  /** The first {@code n} lines. */
  public static List<String> head(List<String> lines, int n) {
    return new ArrayList<>(lines.subList(0, n));
  }

  /** Reads {@code text} with a lenient sink. */
  public static CollectingSink lenient(RecordReader reader, String text) {
    CollectingSink sink = CollectingSink.lenient();
    try {
      reader.read(new BufferedReader(new StringReader(text)), SOURCE, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink;
  }

  /** Reads {@code text} with a strict sink and returns the exception it must throw. */
  public static MalformedRecordException strict(RecordReader reader, String text) {
    CollectingSink sink = CollectingSink.strict();
    return assertThrows(MalformedRecordException.class,
        () -> reader.read(new BufferedReader(new StringReader(text)), SOURCE, sink));
  }

  /** A paper without its provenance, for comparing records read from inputs whose line numbers differ. */
  public static Paper withoutProvenance(Paper p) {
    return new Paper(p.id(), p.alternateIds(), p.title(), p.authors(), p.authorListComplete(), p.unplacedAuthors(), p.date(), p.updated(),
        p.primaryCategory(), p.categories(), p.abstractText(), p.affiliations(), p.hasCode(), p.citationCount(),
        p.references(), List.of(new org.citegraph.model.SourceRef("x", 1)));
  }

  /** The papers without provenance. */
  public static List<Paper> withoutProvenance(List<Paper> papers) {
    return papers.stream().map(SampleText::withoutProvenance).toList();
  }

  public static void assertOneIssue(CollectingSink sink, IngestIssue.Action action, long line, String... words) {
    assertEquals(1, sink.issues().size(), () -> "issues: " + sink.issues());
    IngestIssue issue = sink.issues().get(0);
    assertEquals(action, issue.action(), issue::toString);
    assertEquals(new SourceRef(SOURCE, line), issue.where(), issue::toString);
    for (String w : words) {
      assertTrue(issue.message().contains(w), () -> "'" + w + "' missing from: " + issue);
    }
  }

  public static void assertStrictNames(MalformedRecordException e, long line, String... words) {
    assertTrue(e.getMessage().startsWith(SOURCE + ":" + line + ": "), e::getMessage);
    assertTrue(e.getMessage().contains("expected"), e::getMessage);
    for (String w : words) {
      assertTrue(e.getMessage().contains(w), () -> "'" + w + "' missing from: " + e.getMessage());
    }
  }
}
