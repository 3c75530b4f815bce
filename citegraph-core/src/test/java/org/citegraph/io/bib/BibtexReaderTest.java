package org.citegraph.io.bib;

import static org.citegraph.io.ReaderFixtures.byTitle;
import static org.citegraph.io.ReaderFixtures.parts;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.ReaderFixtures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/** BibTeX reading: real d2l.bib entries, hand-written syntax features, and broken entries. */
class BibtexReaderTest {
  private static final BibtexReader READER = new BibtexReader();
  private static final String D2L = "bib/bibtex/d2l-excerpt.bib";
  private static final String FEATURES = "bib/bibtex/features.bib";
  private static final String BROKEN = "bib/bibtex/broken.bib";

  @Test
  void d2lExcerptIsReadCompletely() {
    CollectingSink sink = ReaderFixtures.read(READER, D2L);
    assertEquals(12, sink.papers().size());
    assertEquals(List.of(), sink.issues(IngestIssue.Action.REJECTED));
    // the only repair: the year '2023a'
    assertEquals(1, sink.issues().size(), sink.issues().toString());
    assertTrue(sink.issues().get(0).message().contains("'2023a'"));
  }

  @Test
  void d2lTruncatedListWithAccents() {
    Paper p = byTitle(ReaderFixtures.read(READER, D2L).papers(), "TensorFlow: A system for large-scale machine learning");
    assertEquals(10, p.authors().size());
    assertEquals("Martín||Abadi|", parts(p.authors()).get(0));
    assertEquals("Michael||Isard|", parts(p.authors()).get(9));
    assertFalse(p.authorListComplete());
    assertEquals(Optional.of(PubDate.ofYear(2016)), p.date());
    assertEquals(new SourceRef(D2L, 1), p.provenance().get(0));
    assertEquals(PaperId.Scheme.HASH, p.id().scheme());
  }

  @Test
  void d2lBracedNamesKeepTheirFamilyWhole() {
    Paper p = byTitle(ReaderFixtures.read(READER, D2L).papers(), "SN: A simulator for connectionist models");
    assertEquals(List.of("Léon||Bottou|", "Yann||Le Cun|"), parts(p.authors()));
    assertEquals(new SourceRef(D2L, 13), p.provenance().get(0));
  }

  @Test
  void d2lCommaBeforeAndAndParticles() {
    List<Paper> papers = ReaderFixtures.read(READER, D2L).papers();
    Paper cajal = byTitle(papers, "Les Nouvelles Idées sur la Structure du Système Nerveux chez l'Homme et chez les "
        + "Vertébrés");
    assertEquals(List.of("Santiago||Ramón y Cajal|", "L.||Azoulay|"), parts(cajal.authors()));
    assertTrue(cajal.authorListComplete());
    assertEquals("Laurens||Van Der Maaten|",
        parts(byTitle(papers, "Densely connected convolutional networks").authors()).get(2));
    assertEquals("Nando|De||Freitas|".replace("|De||", "|De|"),
        parts(byTitle(papers, "Deep fried convnets").authors()).get(3));
    Paper bommasani = byTitle(papers, "On the opportunities and risks of foundation models");
    assertEquals("Sydney|von|Arx|", parts(bommasani.authors()).get(5));
    assertFalse(bommasani.authorListComplete());
    assertEquals(PaperId.arxiv("2108.07258"), bommasani.id());
  }

  @Test
  void d2lIdentifiersYearsEditorsAndCorporateAuthors() {
    List<Paper> papers = ReaderFixtures.read(READER, D2L).papers();
    Paper llama = byTitle(papers, "LLaMA: Open and efficient foundation language models");
    assertEquals(PaperId.arxiv("2302.13971"), llama.id());
    assertEquals(Optional.of(PubDate.ofYear(2023)), llama.date());
    assertEquals("Baptiste||Rozière|", parts(llama.authors()).get(6));
    assertEquals(PaperId.arxiv("2205.11916"), byTitle(papers, "Large Language Models are Zero-Shot Reasoners").id());
    assertEquals(List.of("F.||Hutter|", "L.||Kotthoff|", "J.||Vanschoren|"),
        parts(byTitle(papers, "Automated Machine Learning: Methods, Systems, Challenges").authors()));
    assertEquals(List.of("||OpenAI|"), parts(byTitle(papers, "GPT-4 Technical Report").authors()));
    assertEquals(List.of("Sepp||Hochreiter|", "Jürgen||Schmidhuber|"),
        parts(byTitle(papers, "Long short-term memory").authors()));
    Paper sohl = byTitle(papers, "Deep unsupervised learning using nonequilibrium thermodynamics");
    assertEquals("Niru||Maheswaranathan|", parts(sohl.authors()).get(2));
  }

  @Test
  void stringsConcatenationCommentsAndPreamblesAreHandled() {
    CollectingSink sink = ReaderFixtures.read(READER, FEATURES);
    assertEquals(List.of(), sink.issues());
    assertEquals(3, sink.papers().size()); // the @comment's fake entry is not read

    Paper vaswani = byTitle(sink.papers(), "Attention Is All You Need");
    assertEquals(PaperId.arxiv("1706.03762"), vaswani.id());
    assertEquals(Optional.of(PubDate.ofMonth(2017, 6)), vaswani.date());
    assertFalse(vaswani.authorListComplete());
    assertEquals(3, vaswani.authors().size());

    Paper metz = byTitle(sink.papers(),
        "Practical tradeoffs between memory, compute, and performance in learned optimizers");
    assertEquals(PaperId.arxiv("2203.11860"), metz.id());
    assertEquals(Optional.of(PubDate.ofMonth(2022, 3)), metz.date());
    assertEquals("C. Daniel||Freeman|", parts(metz.authors()).get(1));
    assertTrue(metz.categories().isEmpty());

    Paper alphafold = byTitle(sink.papers(), "Highly accurate protein structure prediction with AlphaFold");
    assertEquals(List.of("||DeepMind|", "John||Jumper|", "Augustin||Žídek|", "Stéfan|van der|Walt|",
        "John||Smith|Jr."), parts(alphafold.authors()));
    assertEquals(PaperId.doi("10.1038/s41586-021-03819-2"), alphafold.id());
    assertEquals(Optional.of(PubDate.ofMonth(2021, 7)), alphafold.date());
    assertEquals("Proteins are essential to life.", alphafold.abstractText());
    assertEquals(List.of("DeepMind, London"), alphafold.affiliations());
  }

  @Test
  void brokenEntriesAreRejectedAndReadingResumes() {
    CollectingSink sink = ReaderFixtures.read(READER, BROKEN);
    assertEquals(List.of("Still read", "Year in words", "Nobody wrote this"),
        sink.papers().stream().map(Paper::title).toList());
    List<IngestIssue> rejected = sink.issues(IngestIssue.Action.REJECTED);
    assertEquals(3, rejected.size(), rejected.toString());
    assertEquals(new SourceRef(BROKEN, 1), rejected.get(0).where());
    assertTrue(rejected.get(0).message().contains("'no-title'") && rejected.get(0).message().contains("title"));
    assertEquals(new SourceRef(BROKEN, 6), rejected.get(1).where());
    assertTrue(rejected.get(1).message().contains("not closed before the next entry"), rejected.get(1).message());
    assertTrue(rejected.get(2).message().contains("expected ',' after citation key 'missing-comma'"),
        rejected.get(2).message());
    Paper badYear = byTitle(sink.papers(), "Year in words");
    assertEquals(Optional.empty(), badYear.date());
    // an entry without an author field is still a paper: kept without authors and reported
    assertEquals(List.of(), byTitle(sink.papers(), "Nobody wrote this").allAuthors());
    List<IngestIssue> repaired = sink.issues(IngestIssue.Action.REPAIRED);
    assertEquals(3, repaired.size(), repaired.toString());
    assertTrue(repaired.stream().anyMatch(i -> i.message().contains("undefinedmacro")));
    assertEquals(new SourceRef(BROKEN, 27), repaired.get(2).where());
    assertEquals("entry 'no-authors' has no author or editor field (expected author = {Last, First and ...}): "
        + IngestIssue.KEPT_WITHOUT_AUTHORS, repaired.get(2).message());
    // every entry ends in one paper or one rejection
    assertEquals(6, sink.papers().size() + rejected.size());
  }

  @Test
  void strictModeStopsAtTheFirstProblemNamingTheLine() {
    MalformedRecordException e = assertThrows(MalformedRecordException.class,
        () -> ReaderFixtures.read(READER, BROKEN, CollectingSink.strict()));
    assertTrue(e.getMessage().startsWith(BROKEN + ":1: "), e.getMessage());
    assertTrue(e.getMessage().contains("has no title"), e.getMessage());
  }

  @Test
  void endOfFileInsideAnEntryIsRejected() {
    CollectingSink sink = ReaderFixtures.text(READER, "@article{cut,\n  title = {Cut off\n", CollectingSink.lenient());
    assertEquals(List.of(), sink.papers());
    assertEquals(1, sink.issues().size());
    assertTrue(sink.issues().get(0).message().contains("end of file inside the value of field 'title'"));
    CollectingSink empty = ReaderFixtures.text(READER, "no entries here\n", CollectingSink.lenient());
    assertTrue(empty.issues().get(0).message().contains("no BibTeX entry found"));
  }

  @Test
  void authorsSplitOnlyOnTopLevelAnd() {
    assertEquals(List.of("{Barnes and Noble}", "Doe, John"),
        BibtexReader.splitAuthors("{Barnes and Noble} and\n Doe, John"));
    assertEquals(List.of("Anderson, Ann", "Sand, Andy"), BibtexReader.splitAuthors("Anderson, Ann AND Sand, Andy"));
  }

  @Test
  void detection() {
    assertInstanceOf(BibtexReader.class, Inputs.detect(ReaderFixtures.head(D2L)));
    assertInstanceOf(BibtexReader.class, Inputs.detect(ReaderFixtures.head(FEATURES)));
    assertTrue(READER.looksLike("%% comment\n@Article{x,"));
    assertFalse(READER.looksLike("Luke Metz, C. Daniel Freeman"));
  }

  @Test
  void journalElseBooktitleIsTheVenueLatexDecoded() {
    CollectingSink sink = ReaderFixtures.text(READER, """
        @article{a, title = {Journal}, author = {Doe, Jane},
          journal = {Journal f{\\"u}r die reine und angewandte {M}athematik}, booktitle = {Not the venue}}
        @inproceedings{b, title = {Booktitle}, author = {Doe, Jane}, journal = {},
          booktitle = {Proceedings of the {IEEE} {C}onference on {C}omputer {V}ision}}
        @book{c, title = {Neither}, author = {Doe, Jane}, series = {Lecture Notes in Computer Science}}
        @article{d, title = {Preprint}, author = {Doe, Jane}, journal = {arXiv preprint arXiv:1706.03762}}
        @article{e, title = {Link}, author = {Doe, Jane}, journal = {arxiv.org/abs/2205.11916}}
        """, CollectingSink.lenient());
    assertEquals(List.of(), sink.issues());
    assertEquals(Optional.of("Journal für die reine und angewandte Mathematik"),
        byTitle(sink.papers(), "Journal").venue());
    assertEquals(Optional.of("Proceedings of the IEEE Conference on Computer Vision"),
        byTitle(sink.papers(), "Booktitle").venue());
    assertEquals(Optional.empty(), byTitle(sink.papers(), "Neither").venue());
    assertEquals(Optional.of("arXiv"), byTitle(sink.papers(), "Preprint").venue());
    assertEquals(Optional.of("arXiv"), byTitle(sink.papers(), "Link").venue());
  }
}
