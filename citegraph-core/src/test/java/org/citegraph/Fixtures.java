package org.citegraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators and builders of records for tests. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * The project's root folder (the one holding {@code docs} and the parent POM), found upwards from the working
   * directory, so tests run alike from the root and from a module folder.
   */
  public static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("docs")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("No project root (a folder with docs/ and pom.xml) above " + dir);
  }

  /** The shared real data sets beside the project ({@code ../shared/data} from the root); may be absent. */
  public static Path sharedData() {
    return projectRoot().resolveSibling("shared").resolve("data");
  }

  /** Twelve people with pairwise different family names, so each is one author whatever the resolver does. */
  public static final List<String> PEOPLE = List.of("Olga Wichrowska", "Luke Metz", "Jascha Sohl-Dickstein",
      "Ruoxi Sun", "David Sussillo", "Aran Nayebi", "Surya Ganguli", "Matthew D. Golub", "Kyle Aitken",
      "Brian Cheung", "George Tucker", "Hidenori Tanaka");

  private static final List<String> CATEGORIES = List.of("cs.LG", "cs.NE", "q-bio.NC", "cs.CV", "cs.CL");

  /** A record with the given title, authors (complete list), year and source line. */
  public static Paper record(String title, List<String> authors, int year, String source, int line) {
    Paper.Builder b = Paper.builder().title(title).date(PubDate.ofYear(year))
        .primaryCategory(Category.of(CATEGORIES.get(Math.floorMod(title.hashCode(), CATEGORIES.size()))))
        .source(new SourceRef(source, line));
    for (String a : authors) {
      b.author(PersonName.parse(a));
    }
    return b.build();
  }

  private static final List<String> VENUES = List.of("NeurIPS", "ICML", "Phys. Rev. E", "Neuron");

  /**
   * Random corpora of 1 to 25 records over {@link #PEOPLE}, each with a distinct title and source line; about half
   * name a venue.
   */
  public static Arbitrary<List<Paper>> corpora() {
    Arbitrary<List<String>> authorLists = Arbitraries.of(PEOPLE).list().ofMinSize(1).ofMaxSize(6).uniqueElements();
    Arbitrary<int[]> shapes = Combinators.combine(Arbitraries.integers().between(1990, 2024),
        Arbitraries.integers().between(0, 1_000_000)).as((y, t) -> new int[] {y, t});
    return Combinators.combine(authorLists, shapes).as((authors, shape) -> new Object[] {authors, shape})
        .list().ofMinSize(1).ofMaxSize(25)
        .map(items -> {
          List<Paper> out = new ArrayList<>();
          for (int i = 0; i < items.size(); i++) {
            @SuppressWarnings("unchecked")
            List<String> authors = (List<String>) items.get(i)[0];
            int[] shape = (int[]) items.get(i)[1];
            Paper p = record("Paper " + i + " on topic " + shape[1], authors, shape[0], "gen.txt", i + 1);
            int venue = shape[1] % (2 * VENUES.size());
            out.add(venue < VENUES.size() ? p.toBuilder().venue(VENUES.get(venue)).build() : p);
          }
          return out;
        });
  }

  /** Word pools of four made-up lines of work, for abstracts that give the text similarity something to see. */
  private static final List<List<String>> TOPICS = List.of(
      List.of("learned", "optimizer", "meta", "training", "gradient", "hyperparameter"),
      List.of("recurrent", "network", "dynamics", "attractor", "sentiment", "integration"),
      List.of("retina", "ganglion", "stimulus", "natural", "scenes", "prediction"),
      List.of("diffusion", "thermodynamics", "sampling", "generative", "probability", "noise"));

  /**
   * {@link #corpora()} with an abstract per record, drawn from one of four topic word pools chosen by the title's
   * topic number, so that papers of the same topic are textually similar.
   */
  public static Arbitrary<List<Paper>> topicalCorpora() {
    return corpora().map(records -> records.stream().map(Fixtures::withTopicAbstract).toList());
  }

  /** The record with an abstract made of its topic's words (see {@link #topicalCorpora()}). */
  public static Paper withTopicAbstract(Paper p) {
    String title = p.title();
    int topicNumber = Integer.parseInt(title.substring(title.lastIndexOf(' ') + 1));
    List<String> words = TOPICS.get(topicNumber % TOPICS.size());
    StringBuilder sb = new StringBuilder("We study");
    for (int i = 0; i < 4; i++) {
      sb.append(' ').append(words.get((topicNumber / 4 + i) % words.size()));
    }
    return p.toBuilder().abstractText(sb.append('.').toString()).build();
  }

  /** Builds a corpus from records. */
  public static Corpus corpus(List<Paper> records) {
    return CiteGraph.builder().addRecords(records).build();
  }
}
