package org.citegraph.snapshot;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import com.google.common.collect.ImmutableList;

import org.citegraph.graph.CoauthorGraph;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * The table section of versions 2 to 4 (counts and the tables the other sections refer to), and paper decoding.
 */
final class Tables {
  /**
   * The fewest bytes a paper takes in a block: id (scheme, length, a character), alternate count, title, two author
   * counts and one author, flag, two dates, primary category, category count, abstract, affiliations, flag, citation
   * count, references, and one provenance entry. Rounded down.
   */
  static final int MIN_PAPER_BYTES = 16;

  final int threshold;
  final int paperCount;
  /** Whether papers store a venue (version 4 on). */
  private final boolean venues;
  /** The name-key version the stored keys were folded under; 0 when the format stores none (version 2). */
  final int keyVersion;
  final String[] strings;
  final PersonName[] names;
  final Category[] categories;
  final Optional<Category>[] optCategories;
  final Optional<PubDate>[] optDates;

  @SuppressWarnings("unchecked")
  Tables(In in, int version, SnapshotLimits limits) {
    threshold = in.varint();
    if (threshold < CoauthorGraph.MIN_HYPER_AUTHORSHIP_THRESHOLD) {
      throw new Corrupt("hyper-authorship threshold " + threshold + " is below the minimum of "
          + CoauthorGraph.MIN_HYPER_AUTHORSHIP_THRESHOLD);
    }
    paperCount = in.varint();
    if (paperCount > limits.maxPapers()) {
      throw new Corrupt("paper count " + paperCount + " is over the limit maxPapers = " + limits.maxPapers()
          + "; raise it in SnapshotLimits if the file is genuine");
    }
    keyVersion = version >= 3 ? in.varint() : 0;
    venues = version >= 4;
    int max = limits.maxTableEntries();
    strings = new String[in.count("string table", 1, max, "maxTableEntries")];
    for (int i = 0; i < strings.length; i++) {
      strings[i] = in.text();
    }
    int[] parts = new int[4 * in.count("name table", 4, max, "maxTableEntries")];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = in.index(strings.length, "string");
    }
    // Building a name validates and folds it (the costly part of the tables): do it on all cores.
    names = new PersonName[parts.length / 4];
    IntStream.range(0, names.length).parallel().forEach(i -> names[i] = new PersonName(strings[parts[4 * i]],
        strings[parts[4 * i + 1]], strings[parts[4 * i + 2]], strings[parts[4 * i + 3]]));
    categories = new Category[in.count("category table", 3, max, "maxTableEntries")];
    optCategories = new Optional[categories.length + 1];
    optCategories[0] = Optional.empty();
    for (int i = 0; i < categories.length; i++) {
      categories[i] = new Category(str(in), str(in), str(in));
      optCategories[i + 1] = Optional.of(categories[i]);
    }
    optDates = new Optional[in.count("date table", 4, max, "maxTableEntries") + 1];
    optDates[0] = Optional.empty();
    for (int i = 1; i < optDates.length; i++) {
      int year = in.varint();
      int month = in.u8();
      int day = in.u8();
      optDates[i] = Optional.of(new PubDate(year, month, day, In.enumOf(PubDate.Precision.values(), in.u8())));
    }
    in.finish("table section");
  }

  String str(In in) {
    return strings[in.index(strings.length, "string")];
  }

  PersonName name(In in) {
    return names[in.index(names.length, "name")];
  }

  /** A list of names, built straight into its final immutable list (no intermediate array to copy). */
  ImmutableList<PersonName> names(In in) {
    int n = in.count("names");
    if (n == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<PersonName> b = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      b.add(name(in));
    }
    return b.build();
  }

  ImmutableList<String> strs(In in) {
    int n = in.count("strings");
    if (n == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      b.add(str(in));
    }
    return b.build();
  }

  Optional<Category> optCategory(In in) {
    return optCategories[in.index(optCategories.length, "category")];
  }

  Optional<PubDate> optDate(In in) {
    return optDates[in.index(optDates.length, "date")];
  }

  static OptionalInt optInt(In in) {
    return in.bool() ? OptionalInt.of((int) In.unzigzag(in.varlong())) : OptionalInt.empty();
  }

  static PaperId id(In in) {
    return new PaperId(In.enumOf(PaperId.Scheme.values(), in.u8()), in.text());
  }

  SourceRef source(In in) {
    return new SourceRef(str(in), in.varlong());
  }

  Paper paper(In in) {
    PaperId id = id(in);
    int na = in.count("alternate ids", 3, Integer.MAX_VALUE, "");
    // Paper sorts its alternate ids into a new list: hand it a view, not a copy.
    PaperId[] alternates = new PaperId[na];
    for (int i = 0; i < na; i++) {
      alternates[i] = id(in);
    }
    String title = in.text();
    ImmutableList<PersonName> authors = names(in);
    boolean complete = in.bool();
    ImmutableList<PersonName> unplaced = names(in);
    Optional<PubDate> date = optDate(in);
    Optional<PubDate> updated = optDate(in);
    Optional<Category> primary = optCategory(in);
    int nc = in.count("categories");
    ImmutableList.Builder<Category> cats = ImmutableList.builderWithExpectedSize(nc);
    for (int i = 0; i < nc; i++) {
      cats.add(categories[in.index(categories.length, "category")]);
    }
    String abstractText = in.text();
    ImmutableList<String> affiliations = strs(in);
    // Version 4's flags byte (1: has code, 2: a venue follows) is version 2 and 3's has-code flag.
    int flags = in.u8();
    if (flags > (venues ? 3 : 1)) {
      throw new Corrupt("paper flags " + flags + " out of range");
    }
    boolean hasCode = (flags & 1) != 0;
    Optional<String> venue = (flags & 2) != 0 ? Optional.of(str(in)) : Optional.empty();
    long c = in.varlong();
    if (c < 0 || c > (long) Integer.MAX_VALUE + 1) {
      throw new Corrupt("citation count " + (c - 1) + " out of range");
    }
    OptionalInt citations = c == 0 ? OptionalInt.empty() : OptionalInt.of((int) (c - 1));
    ImmutableList<String> references = strs(in);
    int np = in.count("provenance entries", 2, Integer.MAX_VALUE, "");
    ImmutableList.Builder<SourceRef> provenance = ImmutableList.builderWithExpectedSize(np);
    for (int i = 0; i < np; i++) {
      provenance.add(source(in));
    }
    return new Paper(id, Arrays.asList(alternates), title, authors, complete, unplaced, date, updated, primary,
        cats.build(), abstractText, affiliations, venue, hasCode, citations, references, provenance.build());
  }
}
