package org.citegraph.io.bib;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.ReaderFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;

/** Writing a generated entry as BibTeX and reading it back gives the same title, authors, year and ids. */
class BibtexRoundTripProperties {

  /** A generated entry. */
  record Entry(String title, List<PersonName> authors, boolean truncated, int year, Optional<String> arxiv,
      Optional<String> doi, boolean quoted) {}

  /** A tiny BibTeX writer: braced or quoted values, "Last, First" names, accents as LaTeX escapes. */
  static String write(String key, Entry e) {
    List<String> names = new ArrayList<>();
    for (PersonName n : e.authors()) {
      names.add(latex(n.family()) + ", " + latex(n.given()));
    }
    if (e.truncated()) {
      names.add("others");
    }
    String open = e.quoted() ? "\"" : "{";
    String close = e.quoted() ? "\"" : "}";
    StringBuilder b = new StringBuilder("@article{").append(key).append(",\n");
    b.append("  title = ").append(open).append(latex(e.title())).append(close).append(",\n");
    b.append("  author = {").append(String.join(" and\n    ", names)).append("},\n");
    b.append("  year = ").append(e.year()).append(",\n");
    e.arxiv().ifPresent(a -> b.append("  eprint = {").append(a).append("},\n  archivePrefix = {arXiv},\n"));
    e.doi().ifPresent(d -> b.append("  doi = {").append(d).append("}\n"));
    return b.append("}\n").toString();
  }

  private static String latex(String s) {
    return s.replace("é", "{\\'e}").replace("ü", "{\\\"u}").replace("ñ", "{\\~n}");
  }

  @Provide
  Arbitrary<Entry> entries() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéüñ").ofMinLength(1)
        .ofMaxLength(9);
    Arbitrary<String> capitalised = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
        word).as(String::concat);
    Arbitrary<String> title = Combinators.combine(capitalised, word.list().ofMaxSize(6))
        .as((first, rest) -> first + (rest.isEmpty() ? "" : " " + String.join(" ", rest)));
    Arbitrary<PersonName> name = Combinators.combine(capitalised, capitalised).as(PersonName::of);
    Arbitrary<String> arxiv = Combinators.combine(Arbitraries.integers().between(7, 25),
        Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 99999))
        .as((y, m, n) -> String.format("%02d%02d.%05d", y, m, n));
    Arbitrary<String> doi = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789.").ofMinLength(1)
        .ofMaxLength(12).map(s -> "10.1000/x" + s);
    return Combinators.combine(title, name.list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(true, false),
        Arbitraries.integers().between(1900, 2030), arxiv.optional(), doi.optional(), Arbitraries.of(true, false))
        .as(Entry::new);
  }

  @Property(seed = "42")
  void writeThenReadGivesTheSameEntry(@ForAll("entries") Entry e) {
    CollectingSink sink = ReaderFixtures.text(new BibtexReader(), "% generated\n" + write("k1", e) + "\n" + write("k2", e),
        CollectingSink.lenient());
    assertEquals(List.of(), sink.issues());
    assertEquals(2, sink.papers().size());
    Paper p = sink.papers().get(0);
    assertEquals(e.title(), p.title());
    assertEquals(e.authors(), p.authors());
    assertEquals(!e.truncated(), p.authorListComplete());
    assertEquals(Optional.of(PubDate.ofYear(e.year())), p.date());
    List<PaperId> ids = new ArrayList<>();
    e.arxiv().map(PaperId::arxiv).ifPresent(ids::add);
    e.doi().map(PaperId::doi).ifPresent(ids::add);
    if (!ids.isEmpty()) {
      assertEquals(ids, p.identifiers());
    }
    assertEquals(p.identifiers(), sink.papers().get(1).identifiers());
  }
}
