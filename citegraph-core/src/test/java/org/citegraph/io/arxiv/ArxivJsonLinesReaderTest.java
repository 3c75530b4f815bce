package org.citegraph.io.arxiv;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.JsonTestData;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.RecordReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * The Kaggle arXiv JSON Lines reader on nine real records of the snapshot head (0704.0001, 0704.0020, 0704.0030,
 * 0704.0174, 0704.0307, 0704.0638, 0704.0760, 0704.0802, 0704.0389), checked field by field against the raw text,
 * and on damaged copies of them.
 */
class ArxivJsonLinesReaderTest {
  private static final String FILE = "arxiv/arxiv-jsonl/kaggle-excerpt.jsonl";
  private static final String SOURCE = "kaggle.jsonl";
  private static final RecordReader READER = new ArxivJsonLinesReader();
  private static final List<String> LINES = JsonTestData.lines(FILE);

  private static CollectingSink readAll() {
    return JsonTestData.lenient(READER, JsonTestData.resource(FILE), SOURCE);
  }

  private static Paper paper(CollectingSink sink, String arxivId) {
    return sink.papers().stream().filter(p -> p.id().equals(PaperId.arxiv(arxivId))).findFirst().orElseThrow();
  }

  @Test
  void readsEveryRecordOfTheExcerpt() {
    CollectingSink sink = readAll();
    assertEquals(9, sink.papers().size());
    assertTrue(sink.issues(IngestIssue.Action.REJECTED).isEmpty(), sink.issues().toString());
  }

  @Test
  void firstRecordFieldByField() {
    // {"id":"0704.0001", "authors":"C. Bal\\'azs, E. L. Berger, P. M. Nadolsky, C.-P. Yuan",
    //  "title":"Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies",
    //  "doi":"10.1103/PhysRevD.76.013009", "categories":"hep-ph",
    //  "versions":[{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"},{"version":"v2",...}],
    //  "update_date":"2008-11-26", "authors_parsed":[["Bal\u00e1zs","C.",""],["Berger","E. L.",""],...]}
    Paper p = paper(readAll(), "0704.0001");
    assertEquals(PaperId.arxiv("0704.0001"), p.id());
    assertEquals(List.of(PaperId.doi("10.1103/PhysRevD.76.013009")), p.alternateIds());
    assertEquals("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies", p.title());
    assertEquals(List.of(PersonName.fromLastFirst("Balázs", "C."), PersonName.fromLastFirst("Berger", "E. L."),
        PersonName.fromLastFirst("Nadolsky", "P. M."), PersonName.fromLastFirst("Yuan", "C. -P.")), p.authors());
    assertTrue(p.authorListComplete());
    assertEquals(Optional.of(PubDate.of(java.time.LocalDate.of(2007, 4, 2))), p.date());
    assertEquals(PubDate.Precision.DAY, p.date().orElseThrow().precision());
    assertEquals(Optional.of(PubDate.parse("2008-11-26")), p.updated());
    assertEquals(Optional.of(Category.of("hep-ph")), p.primaryCategory());
    assertEquals(List.of(Category.of("hep-ph")), p.categories());
    assertTrue(p.abstractText().startsWith("A fully differential calculation in perturbative quantum chromodynamics "
        + "is presented for the production of massive photon pairs"), p.abstractText());
    assertTrue(p.abstractText().endsWith("judicious selection of events."));
    assertEquals(List.of(new SourceRef(SOURCE, 1)), p.provenance());
    assertTrue(p.references().isEmpty());
  }

  @Test
  void collaborationBesideAPersonIsLeftOutAndEtAlMarksTheListIncomplete() {
    // "authors":"The BABAR Collaboration, B. Aubert, et al",
    // "authors_parsed":[["The BABAR Collaboration","",""],["Aubert","B.",""]]
    CollectingSink sink = readAll();
    Paper p = paper(sink, "0704.0020");
    assertEquals(List.of(PersonName.fromLastFirst("Aubert", "B.")), p.authors());
    assertFalse(p.authorListComplete());
    assertTrue(sink.issues().stream().anyMatch(i -> i.where().equals(new SourceRef(SOURCE, 2))
        && i.action() == IngestIssue.Action.REPAIRED && i.message().contains("'The BABAR Collaboration' is a "
            + "collaboration")), sink.issues().toString());
  }

  @Test
  void collaborationAloneIsKeptAsTheAuthorAndReported() {
    // "authors":"CDF Collaboration", "authors_parsed":[["CDF Collaboration","",""]]
    CollectingSink sink = readAll();
    Paper p = paper(sink, "0704.0638");
    assertEquals(List.of("CDF Collaboration"), p.authors().stream().map(PersonName::displayName).toList());
    assertTrue(sink.issues().stream().anyMatch(i -> i.message().contains("only a collaboration is named "
        + "('CDF Collaboration')")));
  }

  @Test
  void etAlSplitAcrossNamePartsIsRepaired() {
    // "authors":"A. Abulencia et al. (CDF Collaboration)",
    // "authors_parsed":[["al.","A. Abulencia et","","CDF Collaboration"]]
    CollectingSink sink = readAll();
    Paper p = paper(sink, "0704.0760");
    assertEquals(List.of(PersonName.parse("A. Abulencia")), p.authors());
    assertFalse(p.authorListComplete());
    assertEquals(List.of("CDF Collaboration"), p.affiliations());
  }

  @Test
  void fourthElementIsAnAffiliationAndANamelessEntryIsReported() {
    // 0704.0174: ["Botella","Francisco J.","","Valencia U. & Valencia U., IFIC"], ...
    CollectingSink sink = readAll();
    Paper botella = paper(sink, "0704.0174");
    assertEquals("Botella", botella.authors().get(0).family());
    assertEquals("Valencia U. & Valencia U., IFIC", botella.affiliations().get(0));
    // 0704.0307: eight people, then [";","","","1 - Swarthmore College; 2 - Vanderbilt; ..."]
    Paper jensen = paper(sink, "0704.0307");
    assertEquals(8, jensen.authors().size());
    assertEquals("Basri", jensen.authors().get(7).family());
    assertEquals(List.of("1 - Swarthmore College; 2 - Vanderbilt; 3 - Caltech; 4 - Wesleyan University; "
        + "5 - SUNY Stony Brook; 6 - UC Berkeley"), jensen.affiliations());
    assertTrue(sink.issues().stream().anyMatch(i -> i.where().line() == 5
        && i.message().contains("author entry ';' names nobody")));
  }

  @Test
  void suffixSlotAndTrailingCommaOfAKeyname() {
    // "authors":"Caleb K. Lo, Robert W. Heath, Jr. and Sriram Vishwanath",
    // "authors_parsed":[["Lo","Caleb K.",""],["Heath,","Robert W.","Jr."],["Vishwanath","Sriram",""]]
    Paper p = paper(readAll(), "0704.0802");
    assertEquals(new PersonName("Robert W.", "", "Heath", "Jr."), p.authors().get(1));
    assertEquals(3, p.authors().size());
  }

  @Test
  void everyDoiOfASpaceSeparatedListIsAnIdentifier() {
    // "doi":"10.1103/PhysRevD.75.124007 10.1103/PhysRevD.82.029901\n  10.1103/PhysRevD.82.129903"
    Paper p = paper(readAll(), "0704.0389");
    assertEquals(List.of(PaperId.doi("10.1103/PhysRevD.75.124007"), PaperId.doi("10.1103/PhysRevD.82.029901"),
        PaperId.doi("10.1103/PhysRevD.82.129903")), p.alternateIds());
  }

  @Test
  void withoutAuthorsParsedTheAuthorStringIsReadWithItsQuirks() {
    // 0704.0802 "Caleb K. Lo, Robert W. Heath, Jr. and Sriram Vishwanath": "Jr." stands alone after a comma.
    String heath = LINES.get(7).replaceFirst(",\"authors_parsed\":\\[.*\\]\\}$", "}");
    CollectingSink sink = JsonTestData.lenient(READER, heath, SOURCE);
    assertEquals(List.of(PersonName.parse("Caleb K. Lo"), new PersonName("Robert W.", "", "Heath", "Jr."),
        PersonName.parse("Sriram Vishwanath")), sink.papers().get(0).authors());
    assertTrue(sink.issues().get(0).message().contains("'Jr.' is a bare name suffix"), sink.issues().toString());
    // 0704.0030 "J.P.Hague and N.d'Ambrumenil": initials glued to the family name.
    String hague = LINES.get(2).replaceFirst(",\"authors_parsed\":\\[.*\\]\\}$", "}");
    sink = JsonTestData.lenient(READER, hague, SOURCE);
    assertEquals(List.of(new PersonName("J. P.", "", "Hague", ""), new PersonName("N.", "", "d'Ambrumenil", "")),
        sink.papers().get(0).authors());
    assertEquals(2, sink.issues(IngestIssue.Action.REPAIRED).size());
    // 0704.0020 "The BABAR Collaboration, B. Aubert, et al"
    String babar = LINES.get(1).replaceFirst(",\"authors_parsed\":\\[.*\\]\\}$", "}");
    Paper p = JsonTestData.lenient(READER, babar, SOURCE).papers().get(0);
    assertEquals(List.of(PersonName.parse("B. Aubert")), p.authors());
    assertFalse(p.authorListComplete());
  }

  @Test
  void parenthesisedGroupsInTheAuthorStringAreAffiliationsOrCollaborations() {
    // 0704.0220 "Jason Glyndwr Ulery (for the STAR Collaboration)"; an affiliation naming a group stays one.
    String line = LINES.get(7).replaceFirst(",\"authors_parsed\":\\[.*\\]\\}$", "}")
        .replace("Caleb K. Lo, Robert W. Heath, Jr. and Sriram Vishwanath",
            "Jason Glyndwr Ulery (for the STAR Collaboration), Sriram Vishwanath (Theory Group, UT Austin)");
    CollectingSink sink = JsonTestData.lenient(READER, line, SOURCE);
    Paper p = sink.papers().get(0);
    assertEquals(List.of(PersonName.parse("Jason Glyndwr Ulery"), PersonName.parse("Sriram Vishwanath")),
        p.authors());
    assertEquals(List.of("Theory Group, UT Austin"), p.affiliations());
    assertTrue(sink.issues().get(0).message().contains("'the STAR Collaboration' is a collaboration"),
        sink.issues().toString());
  }

  @Test
  void latexAndHtmlInNamesAreDecoded() {
    String line = LINES.get(0).replace("[\"Bal\\u00e1zs\",\"C.\",\"\"]", "[\"Bal\\\\'azs\",\"C.\",\"\"]")
        .replace("[\"Berger\",\"E. L.\",\"\"]", "[\"M&uuml;ller\",\"Thomas\",\"\"]");
    Paper p = JsonTestData.lenient(READER, line, SOURCE).papers().get(0);
    assertEquals("Balázs", p.authors().get(0).family());
    assertEquals("Müller", p.authors().get(1).family());
  }

  @Test
  void malformedLineIsRejectedAndTheNextLineStillRead() {
    List<String> lines = new ArrayList<>(LINES);
    lines.set(1, lines.get(1).substring(0, 200));
    CollectingSink sink = JsonTestData.lenient(READER, String.join("\n", lines), SOURCE);
    assertEquals(8, sink.papers().size());
    List<IngestIssue> rejected = sink.issues(IngestIssue.Action.REJECTED);
    assertEquals(1, rejected.size());
    assertEquals(new SourceRef(SOURCE, 2), rejected.get(0).where());
    assertTrue(rejected.get(0).message().startsWith("line 2 is not well-formed JSON: Unexpected end-of-input"),
        rejected.get(0).message());
    CollectingSink strict = CollectingSink.strict();
    MalformedRecordException e = assertThrows(MalformedRecordException.class,
        () -> JsonTestData.read(READER, String.join("\n", lines), SOURCE, strict));
    assertTrue(e.getMessage().startsWith("kaggle.jsonl:2: line 2 is not well-formed JSON"), e.getMessage());
    assertEquals(1, strict.papers().size());
  }

  @Test
  void missingTitleOrIdIsRejectedNamingTheRecord() {
    String noTitle = LINES.get(0).replaceFirst("\"title\":\"[^\"]*\",", "");
    String blankTitle = LINES.get(0).replaceFirst("\"title\":\"[^\"]*\"", "\"title\":\"  \"");
    String noId = LINES.get(0).replace("\"id\":\"0704.0001\",", "");
    String badId = LINES.get(0).replace("\"id\":\"0704.0001\"", "\"id\":\"not-an-id\"");
    String noAuthors = LINES.get(0).replaceFirst(",\"authors_parsed\":\\[.*\\]\\}$", "}")
        .replaceFirst("\"authors\":\"[^\"]*\",", "");
    CollectingSink sink = JsonTestData.lenient(READER, String.join("\n", noTitle, blankTitle, noId, badId,
        noAuthors, LINES.get(1)), SOURCE);
    assertEquals(2, sink.papers().size());
    assertEquals(List.of(), sink.papers().get(0).allAuthors()); // line 5: still a paper, kept without authors
    assertEquals("kaggle.jsonl:5: repaired: record 0704.0001: has no author field (expected 'authors_parsed' "
        + "or 'authors' with at least one name): " + IngestIssue.KEPT_WITHOUT_AUTHORS,
        sink.issues(IngestIssue.Action.REPAIRED).get(0).toString());
    List<String> messages = sink.issues(IngestIssue.Action.REJECTED).stream().map(IngestIssue::toString).toList();
    assertEquals(List.of(
        "kaggle.jsonl:1: rejected: record 0704.0001 has no title (expected a non-empty 'title')",
        "kaggle.jsonl:2: rejected: record 0704.0001 has no title (expected a non-empty 'title')",
        "kaggle.jsonl:3: rejected: record has no arXiv id (expected an 'id' such as \"0704.0001\" or "
            + "\"hep-th/9901001\")",
        "kaggle.jsonl:4: rejected: record not-an-id id 'not-an-id' is not an arXiv id (expected e.g. 0704.0001 "
            + "or hep-th/9901001)"), messages);
    assertThrows(MalformedRecordException.class,
        () -> JsonTestData.read(READER, noTitle, SOURCE, CollectingSink.strict()));
  }

  @Test
  void emptyFileAndNonObjectLinesAreReported() {
    CollectingSink empty = JsonTestData.lenient(READER, "\n\n", SOURCE);
    assertTrue(empty.papers().isEmpty());
    assertEquals(1, empty.issues().size());
    assertTrue(empty.issues().get(0).message().startsWith("empty file (expected one arXiv metadata object"));
    assertThrows(MalformedRecordException.class, () -> JsonTestData.read(READER, "", SOURCE, CollectingSink.strict()));
    CollectingSink array = JsonTestData.lenient(READER, "[1, 2]\n" + LINES.get(0) + " {}", SOURCE);
    assertEquals(2, array.issues(IngestIssue.Action.REJECTED).size());
    assertTrue(array.issues().get(0).message().contains("is not a JSON object (found START_ARRAY"));
    assertTrue(array.issues().get(1).message().contains("has more after its JSON object"));
  }

  @Test
  void isDetectedFromItsFirstLine() {
    assertInstanceOf(ArxivJsonLinesReader.class, Inputs.detect(JsonTestData.resource(FILE)));
    assertFalse(READER.looksLike("LGMar 22, 2022Code"));
    // A collaboration paper's author string can fill the whole head before "categories" is reached.
    String longAuthors = LINES.get(0).replace("\"authors\":\"C. Bal", "\"authors\":\"" + "A. Author, ".repeat(1000)
        + "C. Bal");
    assertInstanceOf(ArxivJsonLinesReader.class, Inputs.detect(longAuthors.substring(0, Inputs.HEAD_CHARS)));
  }
}
