package org.citegraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.citegraph.io.arxiv.ArxivApiJsonReader;
import org.citegraph.io.arxiv.ArxivDocMetaReader;
import org.citegraph.io.arxiv.ArxivJsonLinesReader;
import org.citegraph.io.arxiv.ArxivOaiReader;
import org.citegraph.io.arxiv.UnarxiveReader;
import org.citegraph.io.bib.BibtexReader;
import org.citegraph.io.bib.RisReader;
import org.citegraph.io.delimited.DelimitedFormats;
import org.citegraph.io.scholarly.OpenAlexReader;
import org.citegraph.io.scholarly.SemanticScholarReader;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * A paper whose author field is missing or names nobody that can be read is still a paper, in every reader: it is
 * kept with its title, identifiers, references and text, an empty author list, and a {@code REPAIRED} issue naming
 * the file, the line and what was expected (issue 10, items 13 and the follow-up). Each test reads a small crafted
 * input of one format; the AAN, Paperscape, Atom, .abs, BibTeX/RIS (missing field), OpenAlex, Semantic Scholar and
 * S2AND cases on real excerpts are in those readers' own tests.
 */
class PapersWithoutAuthorsTest {

  /** Reads {@code text} leniently and returns the sink. */
  private static CollectingSink read(RecordReader reader, String text) {
    return ReaderFixtures.text(reader, text, CollectingSink.lenient());
  }

  /**
   * Asserts that every record was kept (no rejection), that the papers at {@code nameless} have no author and are
   * not marked complete, and that each has a repair at its line naming what was expected and ending in {@link
   * IngestIssue#KEPT_WITHOUT_AUTHORS}.
   */
  private static void assertKeptWithoutAuthors(CollectingSink sink, int papers, List<Long> lines, String expected) {
    assertEquals(List.of(), sink.issues(IngestIssue.Action.REJECTED));
    assertEquals(papers, sink.papers().size(), sink.issues()::toString);
    List<IngestIssue> kept = sink.issues(IngestIssue.Action.REPAIRED).stream()
        .filter(i -> i.message().endsWith(IngestIssue.KEPT_WITHOUT_AUTHORS)).toList();
    assertEquals(lines, kept.stream().map(i -> i.where().line()).toList(), sink.issues()::toString);
    for (IngestIssue i : kept) {
      assertEquals("inline", i.where().source());
      assertTrue(i.message().contains("(expected " + expected), i::toString);
    }
    List<Paper> nameless = sink.papers().stream().filter(p -> p.allAuthors().isEmpty()).toList();
    assertEquals(lines.size(), nameless.size());
    assertEquals(lines, nameless.stream().map(p -> p.provenance().get(0).line()).toList());
    assertTrue(nameless.stream().noneMatch(Paper::authorListComplete), nameless::toString);
  }

  @Test
  void kaggleJsonLines() {
    String text = String.join("\n",
        "{\"id\":\"0704.0001\",\"title\":\"Missing field\",\"abstract\":\"Some text.\",\"categories\":\"hep-ph\","
            + "\"doi\":\"10.1103/PhysRevD.76.013009\"}",
        "{\"id\":\"0704.0002\",\"title\":\"Unreadable\",\"authors\":\"12 34\",\"authors_parsed\":[[\"\",\"\",\"\"]],"
            + "\"categories\":\"math.CO\"}",
        "{\"id\":\"0704.0003\",\"title\":\"Fine\",\"authors\":\"Ann Lee\",\"categories\":\"math.CO\"}");
    CollectingSink sink = read(new ArxivJsonLinesReader(), text);
    assertKeptWithoutAuthors(sink, 3, List.of(1L, 2L), "'authors_parsed' or 'authors'");
    Paper first = sink.papers().stream().filter(p -> p.title().equals("Missing field")).findFirst().orElseThrow();
    assertEquals(List.of(PaperId.arxiv("0704.0001"), PaperId.doi("10.1103/PhysRevD.76.013009")),
        first.identifiers());
    assertEquals("Some text.", first.abstractText());
    // strict mode stops at the repair, naming the line
    MalformedRecordException e = assertThrows(MalformedRecordException.class,
        () -> ReaderFixtures.text(new ArxivJsonLinesReader(), text, CollectingSink.strict()));
    assertTrue(e.getMessage().startsWith("inline:1: "), e.getMessage());
  }

  @Test
  void unarxiveKeepsTheReferencesOfAPaperWithoutAuthors() {
    String text = "{\"paper_id\":\"2212.11770\",\"_pdf_hash\":null,\"metadata\":{\"id\":\"2212.11770\",\"authors\":\"\","
        + "\"title\":\"Cites two\",\"categories\":\"cs.RO\",\"abstract\":\"Text.\"},\"bib_entries\":{"
        + "\"b0\":{\"bib_entry_raw\":\"A. Vaswani et al. Attention.\",\"ids\":{\"arxiv_id\":\"1706.03762\"}},"
        + "\"b1\":{\"bib_entry_raw\":\"Some book, 1999.\"}}}";
    CollectingSink sink = read(new UnarxiveReader(), text);
    assertKeptWithoutAuthors(sink, 1, List.of(1L), "'authors_parsed' or 'authors'");
    assertEquals(List.of("arxiv:1706.03762", "unresolved:Some book, 1999."), sink.papers().get(0).references());
  }

  @Test
  void arxivApiJson() {
    String text = "{\"1503.03585\": {\"id\": \"http://arxiv.org/abs/1503.03585v8\", \"title\": \"No authors\", "
        + "\"authors\": [], \"abstract\": \"Text.\"},\n \"1706.03762\": {\"id\": \"http://arxiv.org/abs/1706.03762v7\","
        + " \"title\": \"Unreadable authors\", \"authors\": [\"?\"]}}";
    CollectingSink sink = read(new ArxivApiJsonReader(), text);
    assertKeptWithoutAuthors(sink, 2, List.of(1L, 2L), "'authors_parsed' or 'authors'");
    assertEquals(PaperId.arxiv("1503.03585"), sink.papers().get(0).id());
  }

  @Test
  void arxivDocMeta() {
    String text = "[{\"paper_id\":\"1606.00123\",\"title\":\"No author string\",\"abstract\":\"Text.\","
        + "\"abs_categories\":\"math.NA\"},\n{\"paper_id\":\"1606.00124\",\"title\":\"Nobody\",\"authors\":\"\","
        + "\"authors_parsed\":[],\"abs_categories\":\"math.NA\"}]";
    CollectingSink sink = read(new ArxivDocMetaReader(), text);
    assertKeptWithoutAuthors(sink, 2, List.of(1L, 2L), "'authors_parsed' or 'authors'");
  }

  @Test
  void arxivOaiPmh() {
    String text = "<?xml version=\"1.0\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords>\n"
        + "<record><header><identifier>oai:arXiv.org:0704.0001</identifier></header><metadata>"
        + "<arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\"><id>0704.0001</id><title>No authors element</title>"
        + "<categories>hep-ph</categories><abstract>Text.</abstract></arXiv></metadata></record>\n"
        + "<record><header><identifier>oai:arXiv.org:0704.0002</identifier></header><metadata>"
        + "<arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\"><id>0704.0002</id><authors><author><keyname>?</keyname>"
        + "</author></authors><title>Unreadable author</title></arXiv></metadata></record>\n"
        + "</ListRecords></OAI-PMH>\n";
    CollectingSink sink = read(new ArxivOaiReader(), text);
    assertKeptWithoutAuthors(sink, 2, List.of(3L, 4L), "at least one author");
    assertEquals("Text.", sink.papers().get(0).abstractText());
  }

  @Test
  void bibtexWithAnUnreadableAuthorField() {
    String text = "@article{k1,\n  title = {Empty author},\n  author = { and },\n  doi = {10.1000/xyz}\n}\n"
        + "@misc{k2,\n  title = {No author, no editor},\n  eprint = {1706.03762},\n  archivePrefix = {arXiv}\n}\n";
    CollectingSink sink = read(new BibtexReader(), text);
    assertKeptWithoutAuthors(sink, 2, List.of(1L, 6L), "author = {Last, First and ...}");
    assertEquals(PaperId.doi("10.1000/xyz"), sink.papers().get(0).id());
    assertEquals(PaperId.arxiv("1706.03762"), sink.papers().get(1).id());
  }

  @Test
  void risWithAnUnreadableAuthor() {
    String text = "TY  - JOUR\nAU  - ,\nTI  - Comma only\nDO  - 10.1000/abc\nER  - \n"
        + "TY  - JOUR\nTI  - No AU line\nPY  - 2001\nER  - \n";
    CollectingSink sink = read(new RisReader(), text);
    assertKeptWithoutAuthors(sink, 2, List.of(1L, 6L), "'AU  - Last, First' lines");
    assertEquals(PaperId.doi("10.1000/abc"), sink.papers().get(0).id());
    assertTrue(sink.issues(IngestIssue.Action.REPAIRED).get(1).message().contains("names no author that could be read"),
        sink.issues()::toString);
  }

  @Test
  void openAlexWithoutNamedAuthorships() {
    String text = "{\"id\": \"https://openalex.org/W1\", \"display_name\": \"Missing\", "
        + "\"referenced_works\": [\"https://openalex.org/W2\"]}\n"
        + "{\"id\": \"https://openalex.org/W3\", \"display_name\": \"Nameless\", \"authorships\": [{\"author\": {}}]}\n";
    CollectingSink sink = read(new OpenAlexReader(), text);
    assertKeptWithoutAuthors(sink, 2, List.of(1L, 2L), "\"authorships\"");
    assertEquals(List.of("openalex:W2"), sink.papers().get(0).references());
  }

  @Test
  void semanticScholarWithoutNamedAuthors() {
    String text = "{\"paperId\": \"649def34f8be52c8b66281af98ae884c09aef38b\", \"externalIds\": {\"DOI\": \"10.1000/s2\"},"
        + " \"title\": \"Nameless\", \"authors\": [{\"authorId\": \"1\", \"name\": null}]}";
    CollectingSink sink = read(new SemanticScholarReader(), text);
    assertKeptWithoutAuthors(sink, 1, List.of(1L), "\"authors\"");
    assertEquals(PaperId.doi("10.1000/s2"), sink.papers().get(0).id());
  }

  @Test
  void delimitedHeaderWithoutTheAuthorColumn() {
    String text = "arxiv_id\ttitle\tcreated\n0704.0001\tFirst\t2007-04-02\n0704.0002\tSecond\t2007-04-03\n";
    CollectingSink sink = read(DelimitedFormats.arxivOaiTsv(), text);
    assertKeptWithoutAuthors(sink, 2, List.of(2L, 3L), "names in column 'author_text'");
    assertEquals(new SourceRef("inline", 2), sink.papers().get(0).provenance().get(0));
    assertFalse(sink.papers().get(1).date().isEmpty());
  }
}
