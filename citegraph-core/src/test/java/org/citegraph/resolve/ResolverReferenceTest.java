package org.citegraph.resolve;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.Inputs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * The rewritten {@link AuthorResolver} gives exactly the result of the {@link ReferenceAuthorResolver} (the resolver
 * before its hot paths were rewritten): on generated corpora full of confusable names, with decisions, and on every
 * test data file.
 */
class ResolverReferenceTest {

  private static final List<String> NAMES = List.of("Alex H. Williams", "A. Williams", "Alex Williams",
      "Alex J. Williams", "Williams, Alex", "A. H. Williams", "ALEX H WILLIAMS", "L. Zhang", "Lei Zhang", "Li Zhang",
      "Zhang, L.", "Lei Zhang, Jr.", "Nando de Freitas", "N. De Freitas", "Freitas, Nando de", "M\u00fcller, J.",
      "J\u00f6rg M\u00fcller", "Jorg Mueller", "Zhang", "Surya Ganguli", "S. Ganguli");
  private static final List<String> AFFILIATIONS = List.of("Stanford University", "stanford university", "MIT",
      "Google Brain");

  @Provide
  Arbitrary<List<Paper>> corpora() {
    Arbitrary<List<String>> lists = Arbitraries.of(NAMES).list().ofMinSize(1).ofMaxSize(5);
    Arbitrary<List<String>> unplaced = Arbitraries.of(NAMES).list().ofMaxSize(2);
    Arbitrary<List<String>> affiliations = Arbitraries.of(AFFILIATIONS).list().ofMaxSize(2);
    Arbitrary<Integer> titles = Arbitraries.integers().between(0, 6);
    Arbitrary<Boolean> complete = Arbitraries.of(true, true, false);
    return Combinators.combine(lists, unplaced, affiliations, titles, complete)
        .as((l, u, a, t, c) -> new Object[] {l, u, a, t, c})
        .list().ofMinSize(1).ofMaxSize(30)
        .map(items -> {
          List<Paper> out = new ArrayList<>();
          for (int i = 0; i < items.size(); i++) {
            Object[] it = items.get(i);
            Paper.Builder b = Paper.builder().title("Title number " + it[3]).date(PubDate.ofYear(2020))
                .source(new SourceRef("gen.txt", i + 1)).authorListComplete((Boolean) it[4]);
            for (Object n : (List<?>) it[0]) {
              b.author(PersonName.parse((String) n));
            }
            for (Object n : (List<?>) it[1]) {
              b.unplacedAuthor(PersonName.parse((String) n));
            }
            for (Object a : (List<?>) it[2]) {
              b.affiliation((String) a);
            }
            out.add(b.build());
          }
          return out;
        });
  }

  @Provide
  Arbitrary<Decisions> decisions() {
    Arbitrary<String> name = Arbitraries.of(NAMES);
    Arbitrary<int[]> kinds = Arbitraries.integers().between(0, 2).array(int[].class).ofMaxSize(3);
    return Combinators.combine(kinds, name.list().ofSize(6)).as((k, n) -> {
      Decisions d = Decisions.NONE;
      for (int i = 0; i < k.length; i++) {
        if (k[i] == 1) {
          d = d.withMustLink(n.get(2 * i), n.get(2 * i + 1));
        } else if (k[i] == 2) {
          d = d.withCannotLink(n.get(2 * i), n.get(2 * i + 1));
        }
      }
      return d;
    });
  }

  private static void assertSameResolution(List<Paper> records, Decisions decisions) {
    PaperDeduplicator.Result dedup = new PaperDeduplicator().deduplicate(records);
    AuthorResolver.Result fast = new AuthorResolver(decisions).resolve(dedup.papers(), dedup.variants());
    ReferenceAuthorResolver.Result reference =
        new ReferenceAuthorResolver(decisions).resolve(dedup.papers(), dedup.variants());
    assertEquals(reference.authors(), fast.authors());
    assertEquals(reference.paperAuthors().length, fast.paperAuthors().length);
    for (int p = 0; p < reference.paperAuthors().length; p++) {
      assertArrayEquals(reference.paperAuthors()[p], fast.paperAuthors()[p], "authors of paper " + p);
    }
    assertArrayEquals(reference.placedCounts(), fast.placedCounts());
    assertEquals(reference.merges(), fast.merges());
    assertEquals(reference.keptApart(), fast.keptApart());
  }

  @Property(seed = "42", tries = 400)
  void sameResultAsTheReferenceResolver(@ForAll("corpora") List<Paper> records,
      @ForAll("decisions") Decisions decisions) {
    assertSameResolution(records, decisions);
  }

  @Test
  void sameResultOnEveryTestDataFile() throws IOException {
    Path root = Path.of("src/test/resources/org/citegraph/io");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).sorted().toList();
    }
    List<Paper> all = new ArrayList<>();
    int read = 0;
    for (Path f : files) {
      CollectingSink sink = CollectingSink.lenient();
      try {
        Inputs.read(f, sink);
      } catch (IllegalArgumentException e) {
        continue; // a file that is only a companion of another (citation lists, papers.json)
      }
      assertSameResolution(sink.papers(), Decisions.NONE);
      all.addAll(sink.papers());
      read++;
    }
    // The comparison must have compared something: most fixtures are readable and hold papers.
    assertTrue(read >= files.size() / 2, read + " of " + files.size() + " test data files were read");
    assertTrue(all.size() >= 100, "only " + all.size() + " papers read from the test data files");
    assertSameResolution(all, Decisions.NONE);
  }
}
