package org.citegraph.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;

/** Helpers for the delimited-format tests: test resources, shared data sets, and issue summaries. */
public final class TestInputs {
  private TestInputs() {}

  /** The shared data directory, relative to the project root (the tests' working directory). */
  public static final Path DATA = org.citegraph.Fixtures.sharedData();

  /** Reads a test resource under {@code org/citegraph/io/} with {@code reader}, leniently or strictly. */
  public static CollectingSink read(RecordReader reader, String resource, boolean strict) {
    CollectingSink sink = strict ? CollectingSink.strict() : CollectingSink.lenient();
    try (BufferedReader in = Inputs.openResource("org/citegraph/io/" + resource)) {
      reader.read(in, resource, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sink;
  }

  /** Reads a resource leniently. */
  public static CollectingSink read(RecordReader reader, String resource) {
    return read(reader, resource, false);
  }

  /** The head of a test resource, as {@link Inputs#detect} sees it. */
  public static String head(String resource) {
    try (BufferedReader in = Inputs.openResource("org/citegraph/io/" + resource)) {
      return Inputs.head(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one paper with the given id. */
  public static Paper paper(CollectingSink sink, String id) {
    PaperId want = PaperId.parse(id);
    return sink.papers().stream().filter(p -> p.identifiers().contains(want)).findFirst()
        .orElseThrow(() -> new AssertionError("no paper " + id + " among " + sink.papers()));
  }

  /** The one paper whose title starts with {@code prefix}. */
  public static Paper titled(CollectingSink sink, String prefix) {
    return sink.papers().stream().filter(p -> p.title().startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no paper titled " + prefix));
  }

  /** Issue counts by action and message kind (quoted values and numbers masked). */
  public static Map<String, Long> summary(CollectingSink sink) {
    return sink.issues().stream().collect(Collectors.groupingBy(
        i -> i.action() + " " + i.message().replaceAll("'[^']*'", "_").replaceAll("\\d+", "N")
            .replaceAll("\\(.*", "").replaceAll(" in \\S+$", "").trim(),
        TreeMap::new, Collectors.counting()));
  }

  /** How many issues match. */
  public static long count(CollectingSink sink, IngestIssue.Action action, Predicate<String> message) {
    return sink.issues().stream().filter(i -> i.action() == action && message.test(i.message())).count();
  }

  /** Whether a shared data file is present. */
  public static boolean present(Path p) {
    return Files.isRegularFile(p);
  }
}
