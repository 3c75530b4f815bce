package org.citegraph.resolve;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;

import org.citegraph.model.PersonName;

/**
 * User decisions about names that override the resolver's rules, in the spirit of VOSviewer thesaurus files: they
 * are written against names, not generated ids, so they survive re-imports.
 *
 * <p>File format (UTF-8, one decision per line, tab-separated, {@code #} starts a comment):
 * <pre>
 * must-link	Alex Williams	Alex H. Williams
 * cannot-link	L. Zhang	Lei Zhang
 * </pre>
 * A must-link joins every author bearing the first name's key with every author bearing the second's, evidence or
 * not; a cannot-link forbids any merge that would put the two names in one author, including through other
 * variants. A must-link that contradicts a cannot-link is not applied and is reported.
 *
 * @param mustLink pairs of names that are one person
 * @param cannotLink pairs of names that are different persons
 */
public record Decisions(List<Link> mustLink, List<Link> cannotLink) {

  /**
   * Two names a decision is about; the order does not matter.
   *
   * @param a one name
   * @param b the other name
   */
  public record Link(PersonName a, PersonName b) {
    /**
     * Validates that neither name is null.
     *
     * @param a one name
     * @param b the other name
     * @throws NullPointerException if a name is null
     */
    public Link {
      checkNotNull(a, "a");
      checkNotNull(b, "b");
    }

    @Override
    public String toString() {
      return a.displayName() + " / " + b.displayName();
    }
  }

  /** No decisions. */
  public static final Decisions NONE = new Decisions(List.of(), List.of());

  /**
   * Copies the lists.
   *
   * @param mustLink pairs of names that are one person, copied in order
   * @param cannotLink pairs of names that are different persons, copied in order
   * @throws NullPointerException if a list or an element is null
   */
  public Decisions {
    mustLink = ImmutableList.copyOf(mustLink);
    cannotLink = ImmutableList.copyOf(cannotLink);
  }

  /**
   * These decisions plus a must-link between two names.
   *
   * @param a one name as written, e.g. {@code Alex Williams}
   * @param b the other name as written, e.g. {@code Alex H. Williams}
   * @return new decisions; this instance is unchanged
   * @throws IllegalArgumentException if {@link PersonName#parse} refuses a name (e.g. it holds no letters or digits)
   */
  public Decisions withMustLink(String a, String b) {
    return new Decisions(ImmutableList.<Link>builder().addAll(mustLink)
        .add(new Link(PersonName.parse(a), PersonName.parse(b))).build(), cannotLink);
  }

  /**
   * These decisions plus a cannot-link between two names.
   *
   * @param a one name as written, e.g. {@code L. Zhang}
   * @param b the other name as written, e.g. {@code Lei Zhang}
   * @return new decisions; this instance is unchanged
   * @throws IllegalArgumentException if {@link PersonName#parse} refuses a name (e.g. it holds no letters or digits)
   */
  public Decisions withCannotLink(String a, String b) {
    return new Decisions(mustLink, ImmutableList.<Link>builder().addAll(cannotLink)
        .add(new Link(PersonName.parse(a), PersonName.parse(b))).build());
  }

  /**
   * Reads a decisions file in the format above. O(lines).
   *
   * @param file a UTF-8 text file of decisions
   * @return the decisions in file order; both lists empty for a file of comments and blank lines only
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException naming the file and line of a malformed decision
   */
  public static Decisions read(Path file) throws IOException {
    List<Link> must = new ArrayList<>();
    List<Link> cannot = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        String body = line.replace("\uFEFF", "").strip();
        if (body.isEmpty() || body.startsWith("#")) {
          continue;
        }
        List<String> f = Splitter.on('\t').trimResults().omitEmptyStrings().splitToList(body);
        checkArgument(f.size() == 3, "%s:%s: expected 'must-link<TAB>name<TAB>name' or 'cannot-link<TAB>name<TAB>name',"
            + " got '%s'", file, lineNo, line);
        Link link;
        try {
          link = new Link(PersonName.parse(f.get(1)), PersonName.parse(f.get(2)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(file + ":" + lineNo + ": " + e.getMessage(), e);
        }
        switch (f.get(0).toLowerCase(Locale.ROOT)) {
          case "must-link" -> must.add(link);
          case "cannot-link" -> cannot.add(link);
          default -> throw new IllegalArgumentException(file + ":" + lineNo + ": unknown decision '" + f.get(0)
              + "' (expected must-link or cannot-link)");
        }
      }
    }
    return new Decisions(must, cannot);
  }
}
