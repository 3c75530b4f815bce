package org.citegraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Example tests on the bundled samples, read through {@link Inputs#readSamples}. */
class SampleCorpusTest {
  private static final PersonName OWNER = PersonName.parse("Niru Maheswaranathan");
  private static CollectingSink sink;
  private static List<Paper> profile;
  private static List<Paper> records;

  @BeforeAll
  static void readSamples() throws IOException {
    sink = CollectingSink.strict(); // the samples are clean: any issue fails the test
    Inputs.readSamples(sink);
    profile = sink.papers().stream()
        .filter(p -> p.provenance().get(0).source().equals(Inputs.PROFILE_PAGE_SAMPLE)).toList();
    records = sink.papers().stream()
        .filter(p -> p.provenance().get(0).source().equals(Inputs.AUTHOR_RECORD_SAMPLE)).toList();
  }

  @Test
  void samplesHaveNoIssuesAndTheExpectedCounts() {
    assertEquals(List.of(), sink.issues());
    assertEquals(19, profile.size());
    assertEquals(3, records.size());
    assertEquals(22, sink.papers().size());
  }

  @Test
  void profileHeader() {
    assertEquals(1, sink.profiles().size());
    AuthorProfile header = sink.profiles().get(0);
    assertEquals(OWNER, header.owner());
    assertEquals(Optional.of(Category.of("cs.LG")), header.mainCategory());
    assertEquals(OptionalInt.of(19), header.papers());
    assertEquals(OptionalInt.of(11623), header.citations());
    assertEquals(OptionalInt.of(57), header.noveltyPercent());
    assertEquals(OptionalInt.of(34), header.aiScore());
    assertEquals(new SourceRef(Inputs.PROFILE_PAGE_SAMPLE, 1), header.source());
  }

  @Test
  void profileTitlesDatesCategoriesAndProvenance() {
    Paper first = profile.get(0);
    assertEquals("Practical tradeoffs between memory, compute, and performance in learned optimizers", first.title());
    assertEquals(Optional.of(PubDate.of(java.time.LocalDate.of(2022, 3, 22))), first.date());
    assertEquals(PubDate.Precision.DAY, first.date().orElseThrow().precision());
    assertEquals(Optional.of(Category.of("cs.LG")), first.primaryCategory());
    assertEquals(List.of(Category.of("cs.LG")), first.categories());
    assertTrue(first.hasCode());
    assertEquals(List.of(new SourceRef(Inputs.PROFILE_PAGE_SAMPLE, 11)), first.provenance());
    assertTrue(first.abstractText().startsWith("Optimization plays a costly and crucial role"));
    assertTrue(first.abstractText().endsWith("Our model and training code are open source."));

    Paper guided = profile.get(2);
    assertEquals("Guided evolutionary strategies: Augmenting random search with surrogate gradients", guided.title());
    assertEquals("cs.NE", guided.primaryCategory().orElseThrow().code());
    assertEquals("2018-06-26", guided.date().orElseThrow().toString());

    Paper sentiment = profile.get(10);
    assertEquals("How recurrent networks implement contextual processing in sentiment analysis", sentiment.title());
    assertEquals("cs.CL", sentiment.primaryCategory().orElseThrow().code());
    assertEquals("2020-04-17", sentiment.date().orElseThrow().toString());
    assertFalse(sentiment.hasCode());

    Paper segmentation = profile.get(17);
    assertEquals("cs.CV", segmentation.primaryCategory().orElseThrow().code());
    assertEquals("2017-11-28", segmentation.date().orElseThrow().toString());

    Paper last = profile.get(18);
    assertEquals("Deep Learning Models of the Retinal Response to Natural Scenes", last.title());
    assertEquals("q-bio.NC", last.primaryCategory().orElseThrow().code());
    assertEquals("2017-02-06", last.date().orElseThrow().toString());
    assertEquals(List.of(new SourceRef(Inputs.PROFILE_PAGE_SAMPLE, 137)), last.provenance());

    // Entry headers are every 7 lines from line 11; the first five entries have code.
    for (int i = 0; i < 19; i++) {
      assertEquals(11 + 7 * i, profile.get(i).provenance().get(0).line(), "entry " + i);
      assertEquals(i < 5, profile.get(i).hasCode(), "hasCode of entry " + i);
      assertTrue(profile.get(i).id().toString().startsWith("hash:"));
      assertFalse(profile.get(i).abstractText().isEmpty());
    }
  }

  @Test
  void profileAuthorsEtAlAndAffiliations() {
    Paper first = profile.get(0);
    assertEquals(List.of(PersonName.parse("Luke Metz"), PersonName.parse("C. Daniel Freeman"),
        PersonName.parse("James Harrison")), first.authors());
    assertEquals("C. Daniel", first.authors().get(1).given());
    assertEquals(List.of("anthropic", "deepmind"), first.affiliations());
    for (int i = 0; i < 19; i++) {
      assertEquals(i == 10, profile.get(i).authorListComplete(), "et al. flag of entry " + i);
      if (i > 0) {
        assertEquals(List.of(), profile.get(i).affiliations(), "affiliations of entry " + i);
      }
    }
    assertEquals(List.of(PersonName.parse("Niru Maheswaranathan"), PersonName.parse("David Sussillo")),
        profile.get(10).authors());
  }

  @Test
  void ownerIsUnplacedExactlyWhereTheVisibleListLacksThem() {
    List<Integer> unplaced = new ArrayList<>();
    for (int i = 0; i < profile.size(); i++) {
      Paper p = profile.get(i);
      boolean visible = p.authors().stream().anyMatch(a -> a.key().equals(OWNER.key()));
      if (!p.unplacedAuthors().isEmpty()) {
        assertEquals(List.of(OWNER), p.unplacedAuthors());
        unplaced.add(i);
      }
      assertEquals(!visible, !p.unplacedAuthors().isEmpty(), "entry " + i);
      assertTrue(p.allAuthors().stream().anyMatch(a -> a.key().equals(OWNER.key())), "entry " + i);
    }
    // "Practical tradeoffs ...", "Understanding How Encoder-Decoder ...", "The geometry of integration ..."
    assertEquals(List.of(0, 5, 8), unplaced);
    assertEquals("Understanding How Encoder-Decoder Architectures Attend", profile.get(5).title());
    assertEquals("The geometry of integration in text classification RNNs", profile.get(8).title());
  }

  @Test
  void authorRecords() {
    assertEquals(List.of(7, 5, 5), records.stream().map(p -> p.authors().size()).toList());
    assertEquals(List.of(2L, 5L, 8L), records.stream().map(p -> p.provenance().get(0).line()).toList());
    Paper learned = records.get(0);
    assertEquals("Learned Optimizers that Scale and Generalize", learned.title());
    PersonName deFreitas = learned.authors().get(5);
    assertEquals("de", deFreitas.particle());
    assertEquals("Freitas", deFreitas.family());
    assertEquals("Nando", deFreitas.given());
    assertEquals("nando defreitas", deFreitas.key());
    assertEquals(PersonName.parse("Matthew W. Hoffman"), learned.authors().get(2));
    assertEquals("Sohl-Dickstein", learned.authors().get(6).family());
    for (Paper p : records) {
      assertTrue(p.authorListComplete());
      assertEquals(OWNER.key(), p.authors().get(1).key());
      assertEquals(List.of(), p.unplacedAuthors());
      assertEquals(Optional.empty(), p.date());
      assertEquals(Optional.empty(), p.primaryCategory());
      assertFalse(p.abstractText().isEmpty());
    }
    assertEquals("Deep Learning Models of the Retinal Response to Natural Scenes", records.get(1).title());
    assertEquals(records.get(1).title(), records.get(2).title());
    assertEquals("Lane T.", records.get(1).authors().get(0).given());
    assertEquals("Lane", records.get(2).authors().get(0).given());
  }

  @Test
  void sameTitleFirstAuthorFamilyAndYearGiveTheSameContentHash() {
    // Both undated author records of the retina paper share an id; the dated profile entry has its own.
    assertEquals(records.get(1).id(), records.get(2).id());
    assertNotEquals(profile.get(18).id(), records.get(1).id());
    assertEquals(19, IntStream.range(0, 19).mapToObj(i -> profile.get(i).id()).distinct().count());
  }
}
