package org.citegraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.io.arxiv.UnarxiveReader;
import org.citegraph.model.Paper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Regressions for hostile and broken input: each builds a small crafted input (big ones generated here) that crashed,
 * exhausted memory or lost records before, and checks that the problem is reported per record or per file, naming
 * the file, the line and the limit, while everything else is still read.
 */
class HostileInputTest {
  @TempDir Path dir;

  private static final String KAGGLE = "{\"id\":\"0704.0001\",\"authors\":\"C. Balazs, E. L. Berger\",\"title\":"
      + "\"Calculation of prompt diphoton production\",\"categories\":\"hep-ph\",\"abstract\":\"A calculation.\","
      + "\"versions\":[{\"version\":\"v1\",\"created\":\"Mon, 2 Apr 2007 19:18:42 GMT\"}],"
      + "\"update_date\":\"2008-11-13\"}";
  private static final String RECORDS = SampleText.join(SampleText.lines(Inputs.AUTHOR_RECORD_SAMPLE));

  /** A lenient sink with other limits. */
  private static final class Limited implements RecordSink {
    final CollectingSink inner = CollectingSink.lenient();
    final InputLimits limits;

    Limited(InputLimits limits) {
      this.limits = limits;
    }

    @Override
    public void paper(Paper record) {
      inner.paper(record);
    }

    @Override
    public void issue(IngestIssue issue) {
      inner.issue(issue);
    }

    @Override
    public InputLimits limits() {
      return limits;
    }
  }

  private static void assertRecordsAccounted(CollectingSink sink, long records) {
    assertEquals(records, sink.papers().size() + sink.issues(IngestIssue.Action.REJECTED).size(), sink::toString);
  }

  @Test
  void jacksonLimitsRejectTheLineInsteadOfThrowingNullPointerException() throws IOException {
    String deep = "{\"id\":\"0704.0002\",\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
    String longNumber = "{\"id\":\"0704.0003\",\"x\":" + "9".repeat(1500) + "}";
    String longName = "{\"" + "n".repeat(60_000) + "\":1}";
    Path file = Files.writeString(dir.resolve("kaggle.jsonl"), String.join("\n", KAGGLE, deep, longNumber, longName,
        KAGGLE.replace("0704.0001", "0704.0004")) + "\n");
    for (boolean parallel : new boolean[] {true, false}) {
      CollectingSink sink = CollectingSink.lenient();
      if (parallel) {
        Inputs.read(file, sink);
      } else {
        Inputs.read(file, new org.citegraph.io.arxiv.ArxivJsonLinesReader(1), sink);
      }
      assertEquals(2, sink.papers().size(), sink.issues()::toString);
      List<IngestIssue> rejected = sink.issues(IngestIssue.Action.REJECTED);
      assertEquals(List.of(2L, 3L, 4L), rejected.stream().map(i -> i.where().line()).toList(), rejected::toString);
      assertTrue(rejected.get(0).message().contains("nesting depth") || rejected.get(0).message().contains("depth"),
          rejected.get(0)::message);
      assertTrue(rejected.get(0).message().contains("limit"), rejected.get(0)::message);
    }
    MalformedRecordException e = assertThrows(MalformedRecordException.class,
        () -> Inputs.read(file, CollectingSink.strict()));
    assertTrue(e.getMessage().startsWith(file + ":2:"), e::getMessage);
  }

  @Test
  void unarxiveLinesPastJacksonLimitsAreRejectedInsteadOfThrowing() throws IOException {
    String good = "{\"paper_id\":\"2212.11770\",\"_pdf_hash\":null,\"metadata\":" + KAGGLE.replace("0704.0001",
        "2212.11770") + ",\"bib_entries\":{}}";
    String deep = "{\"paper_id\":\"2212.00002\",\"metadata\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
    String longNumber = "{\"paper_id\":\"2212.00003\",\"x\":" + "9".repeat(1500) + "}";
    String longName = "{\"paper_id\":\"2212.00004\",\"" + "n".repeat(60_000) + "\":1}";
    String longString = "{\"paper_id\":\"2212.00005\",\"metadata\":{\"id\":\"2212.00005\",\"title\":\""
        + "t".repeat(30_000) + "\"}}";
    Path file = Files.writeString(dir.resolve("unarxive.jsonl"), String.join("\n", good, deep, longNumber, longName,
        longString, good.replace("2212.11770", "2212.11771")) + "\n");
    Limited sink = new Limited(InputLimits.defaults().withMaxValueChars(20_000));
    Inputs.read(file, new UnarxiveReader(), sink);
    assertEquals(List.of("2212.11770", "2212.11771"), sink.inner.papers().stream().map(p -> p.id().value()).toList(),
        sink.inner.issues()::toString);
    List<IngestIssue> rejected = sink.inner.issues(IngestIssue.Action.REJECTED);
    assertEquals(List.of(2L, 3L, 4L, 5L), rejected.stream().map(i -> i.where().line()).toList(), rejected::toString);
    assertTrue(rejected.stream().allMatch(i -> i.where().source().equals(file.toString())
        && i.message().contains("limit")), rejected::toString);
    assertRecordsAccounted(sink.inner, 6);
    MalformedRecordException e = assertThrows(MalformedRecordException.class,
        () -> Inputs.read(file, new UnarxiveReader(), CollectingSink.strict()));
    assertTrue(e.getMessage().startsWith(file + ":2:"), e::getMessage);
  }

  @Test
  void invalidBytesInAJsonAbstractAreReportedNotSilentlyReplaced() throws IOException {
    byte[] line = (KAGGLE + "\n" + KAGGLE.replace("0704.0001", "0704.0002") + "\n").getBytes(StandardCharsets.UTF_8);
    String text = new String(line, StandardCharsets.ISO_8859_1);
    int at = text.lastIndexOf("A calculation.");
    line[at + 2] = (byte) 0xff;
    line[at + 3] = (byte) 0xfe;
    Path file = Files.write(dir.resolve("bytes.jsonl"), line);
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, sink);
    assertEquals(2, sink.papers().size(), sink.issues()::toString);
    assertTrue(sink.papers().get(1).abstractText().contains("\ufffd"), sink.papers().get(1)::abstractText);
    List<IngestIssue> repaired = sink.issues(IngestIssue.Action.REPAIRED);
    assertTrue(repaired.stream().anyMatch(i -> i.message().contains("malformed UTF-8") && i.where().line() == 2
        && i.where().source().equals(file.toString())), sink.issues()::toString);
  }

  @Test
  void aBibtexValueOverTheLimitRejectsItsEntryNamingTheLimit() throws IOException {
    String bib = "@article{a, title = {Kept}, author = {Doe, Jane}, year = 2001}\n"
        + "@article{b, title = {Huge}, author = {Doe, Jane}, abstract = {" + "w ".repeat(40_000) + "}}\n"
        + "@article{c, title = {Also kept}, author = {Roe, John}, year = 2002}\n";
    Path file = Files.writeString(dir.resolve("huge.bib"), bib);
    Limited sink = new Limited(InputLimits.defaults().withMaxValueChars(10_000));
    Inputs.read(file, sink);
    assertEquals(List.of("Kept", "Also kept"), sink.inner.papers().stream().map(Paper::title).toList());
    List<IngestIssue> rejected = sink.inner.issues(IngestIssue.Action.REJECTED);
    assertEquals(1, rejected.size(), rejected::toString);
    assertEquals(2, rejected.get(0).where().line());
    assertTrue(rejected.get(0).message().contains("maxValueChars"), rejected.get(0)::message);
  }

  @Test
  void bibtexMacroBombIsRefusedAndTheEntryAfterItIsRead() throws IOException {
    StringBuilder bib = new StringBuilder("@string{m0 = \"lol\"}\n");
    for (int i = 1; i <= 40; i++) {
      bib.append("@string{m").append(i).append(" = m").append(i - 1).append(" # m").append(i - 1).append("}\n");
    }
    bib.append("@article{a, title = {Kept}, author = {Doe, Jane}, year = 2001}\n");
    assertTrue(bib.length() < 1100);
    CollectingSink sink = CollectingSink.lenient();
    new org.citegraph.io.bib.BibtexReader().read(new java.io.BufferedReader(new java.io.StringReader(bib.toString())),
        "bomb.bib", sink);
    assertEquals(List.of("Kept"), sink.papers().stream().map(Paper::title).toList());
    List<IngestIssue> rejected = sink.issues(IngestIssue.Action.REJECTED);
    assertTrue(!rejected.isEmpty() && rejected.get(0).message().contains("maxMacroChars"), rejected::toString);
    assertTrue(rejected.get(0).where().line() > 1 && rejected.get(0).where().line() <= 42, rejected::toString);
  }

  @Test
  void aLineLongerThanTheLimitIsRejectedWithoutHoldingIt() throws IOException {
    InputLimits small = InputLimits.defaults().withMaxLineChars(10_000);
    String huge = "{\"id\":\"0704.0009\",\"title\":\"" + "x".repeat(50_000) + "\"}";
    Path jsonl = Files.writeString(dir.resolve("long.jsonl"), KAGGLE + "\n" + huge + "\n"
        + KAGGLE.replace("0704.0001", "0704.0004") + "\n");
    Path tsv = Files.writeString(dir.resolve("long.tsv"), "arxiv_id\ttitle\tauthor_text\n"
        + "1501.00001\tA title\tJane Doe\n1501.00002\t" + "y".repeat(50_000) + "\tJohn Roe\n"
        + "1501.00003\tAnother title\tJane Doe\n");
    Path ris = Files.writeString(dir.resolve("long.ris"), "TY  - JOUR\nTI  - Fine\nAU  - Doe, Jane\nER  - \n"
        + "TY  - JOUR\nTI  - " + "z".repeat(50_000) + "\nAU  - Doe, Jane\nER  - \n"
        + "TY  - JOUR\nTI  - Also fine\nAU  - Roe, John\nER  - \n");
    for (Path f : List.of(jsonl, tsv, ris)) {
      Limited sink = new Limited(small);
      if (f == tsv) {
        Inputs.read(f, org.citegraph.io.delimited.DelimitedFormats.arxivOaiTsv(), sink);
      } else {
        Inputs.read(f, sink);
      }
      List<IngestIssue> rejected = sink.inner.issues(IngestIssue.Action.REJECTED);
      assertTrue(rejected.stream().anyMatch(i -> i.message().contains("maxLineChars") && i.where().line() > 1
          && i.where().source().equals(f.toString())), f + ": " + rejected);
      assertTrue(sink.inner.papers().size() >= 2, f + ": " + sink.inner);
      assertTrue(sink.inner.papers().stream().noneMatch(p -> p.title().length() > 10_000), f::toString);
    }
  }

  @Test
  void manyPredefinedEntityReferencesDoNotCutAnXmlFile() throws IOException {
    StringBuilder feed = new StringBuilder("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
    int entries = 20_000;
    for (int i = 0; i < entries; i++) {
      feed.append("<entry><id>http://arxiv.org/abs/0704.").append(String.format("%04d", i % 10_000))
          .append(i < 10_000 ? "" : "0").append("v1</id><published>2007-04-02T19:18:42Z</published>")
          .append("<title>Rock &amp; roll ").append(i).append("</title>")
          .append("<author><name>Jane Doe</name></author></entry>\n");
    }
    feed.append("</feed>\n");
    Path file = Files.writeString(dir.resolve("feed.xml"), feed);
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, sink);
    assertEquals(List.of(), sink.issues(IngestIssue.Action.REJECTED));
    assertEquals(entries, sink.papers().size());
    assertTrue(sink.papers().get(entries - 1).title().startsWith("Rock & roll"));
  }

  @Test
  void manyPredefinedEntityReferencesDoNotCutAnOaiPmhPage() throws IOException {
    StringBuilder page = new StringBuilder("<?xml version=\"1.0\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2"
        + ".0/\"><ListRecords>\n");
    int records = 6_000;
    for (int i = 0; i < records; i++) {
      String id = String.format(java.util.Locale.ROOT, "0705.%04d", i);
      page.append("<record><header><identifier>oai:arXiv.org:").append(id).append("</identifier></header><metadata>")
          .append("<arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\"><id>").append(id).append("</id><authors><author>")
          .append("<keyname>Doe</keyname><forenames>Jane</forenames></author></authors><title>Rock &amp; roll &lt;")
          .append(i).append("&gt;</title></arXiv></metadata></record>\n");
    }
    page.append("</ListRecords></OAI-PMH>\n");
    Path file = Files.writeString(dir.resolve("page.xml"), page);
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, sink);
    assertEquals(List.of(), sink.issues(IngestIssue.Action.REJECTED));
    assertEquals(records, sink.papers().size());
    assertEquals("Rock & roll <5999>", sink.papers().get(records - 1).title());
  }

  @Test
  void truncatedArchivesAreReportedPerFileAndTheOtherFilesStillRead() throws IOException {
    byte[] text = RECORDS.getBytes(StandardCharsets.UTF_8);
    Path gz = dir.resolve("cut.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text);
    }
    cut(gz);
    Path xz = dir.resolve("cut.txt.xz");
    try (OutputStream out = new XZOutputStream(Files.newOutputStream(xz), new LZMA2Options())) {
      out.write(text);
    }
    cut(xz);
    Path tar = dir.resolve("cut.tar");
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(tar))) {
      for (String name : List.of("a.txt", "b.txt")) {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(text.length);
        out.putArchiveEntry(e);
        out.write(text);
        out.closeArchiveEntry();
      }
    }
    byte[] whole = Files.readAllBytes(tar);
    Files.write(tar, Arrays.copyOf(whole, 512 + text.length + 512 + text.length / 2));
    Path good = Files.writeString(dir.resolve("good.txt"), RECORDS);
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path missing = dir.resolve("missing.txt");

    Corpus corpus = CiteGraph.load(gz, xz, tar, empty, missing, good);
    List<IngestIssue> rejected = corpus.report().issues().stream()
        .filter(i -> i.action() == IngestIssue.Action.REJECTED).toList();
    for (Path f : List.of(gz, xz, empty, missing)) {
      assertEquals(1, rejected.stream().filter(i -> i.where().source().equals(f.toString())).count(),
          f + ": " + rejected);
    }
    IngestIssue gzCut = rejected.stream().filter(i -> i.where().source().equals(gz.toString())).findFirst()
        .orElseThrow();
    assertTrue(gzCut.message().contains("cut off") && gzCut.message().contains("record(s) read before the cut")
        && gzCut.message().contains("gzip"), gzCut::message);
    IngestIssue xzCut = rejected.stream().filter(i -> i.where().source().equals(xz.toString())).findFirst()
        .orElseThrow();
    assertTrue(!xzCut.message().contains("null") && xzCut.message().contains("xz"), xzCut::message);
    assertTrue(rejected.stream().anyMatch(i -> i.where().source().equals(tar + "!b.txt")
        && i.message().contains("cut off")), rejected::toString);
    assertTrue(rejected.stream().anyMatch(i -> i.where().source().equals(empty.toString())
        && i.message().contains("empty file")), rejected::toString);
    assertTrue(corpus.papers().stream().anyMatch(p -> p.provenance().stream()
        .anyMatch(s -> s.source().equals(good.toString()))), "the good file is read");
    assertTrue(corpus.papers().stream().anyMatch(p -> p.provenance().stream()
        .anyMatch(s -> s.source().equals(tar + "!a.txt"))), "the whole tar entry is read");

    MalformedRecordException strict = assertThrows(MalformedRecordException.class,
        () -> CiteGraph.builder().strict().add(gz).build());
    assertTrue(strict.getMessage().startsWith(gz.toString()) && strict.getMessage().contains("cut off"),
        strict::getMessage);
  }

  @Test
  void aDoctypeOverTheDetectionWindowIsRefusedAsADoctype() throws IOException {
    String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [\n<!-- " + "x".repeat(10_000) + " -->\n]>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>\n";
    Path file = Files.writeString(dir.resolve("doctype.xml"), xml);
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, sink);
    assertEquals(1, sink.issues().size(), sink.issues()::toString);
    assertTrue(sink.issues().get(0).message().contains("document type declaration"), sink.issues()::toString);
  }

  @Test
  void tooManyAuthorsRejectTheRecordNamingTheLimit() throws IOException {
    StringBuilder authors = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      authors.append(i == 0 ? "" : ", ").append("Author").append((char) ('A' + i % 26)).append(" Number")
          .append((char) ('a' + i / 26));
    }
    Path tsv = Files.writeString(dir.resolve("many.tsv"), "arxiv_id\ttitle\tauthor_text\n"
        + "1501.00001\tA title\tJane Doe\n1501.00002\tCrowded\t" + authors + "\n");
    Limited sink = new Limited(InputLimits.defaults().withMaxAuthorsPerPaper(20));
    Inputs.read(tsv, org.citegraph.io.delimited.DelimitedFormats.arxivOaiTsv(), sink);
    assertEquals(List.of("A title"), sink.inner.papers().stream().map(Paper::title).toList());
    List<IngestIssue> rejected = sink.inner.issues(IngestIssue.Action.REJECTED);
    assertEquals(1, rejected.size(), rejected::toString);
    assertEquals(new org.citegraph.model.SourceRef(tsv.toString(), 3), rejected.get(0).where());
    assertTrue(rejected.get(0).message().contains("30 authors") && rejected.get(0).message().contains(
        "maxAuthorsPerPaper = 20"), rejected.get(0)::message);
  }

  @Test
  void anInvalidByteInAnAuthorRecordIsReportedAndTheFileStillDetected() throws IOException {
    byte[] text = RECORDS.getBytes(StandardCharsets.UTF_8);
    int third = 0;
    for (int i = 0, nl = 0; i < text.length && nl < 2; i++) {
      if (text[i] == '\n') {
        nl++;
        third = i + 1;
      }
    }
    byte[] broken = text.clone();
    broken[third + 1] = (byte) 0xff;
    Path file = Files.write(dir.resolve("records.txt"), broken);
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, sink);
    assertTrue(sink.papers().size() > 0, sink::toString);
    assertTrue(sink.issues(IngestIssue.Action.REPAIRED).stream().anyMatch(i -> i.message().contains(
        "1 malformed UTF-8") && i.where().line() == 3), sink.issues()::toString);
  }

  @Test
  void aNumberWhereATitleIsExpectedIsReportedNotSilentlyConverted() throws IOException {
    Path file = Files.writeString(dir.resolve("typed.jsonl"), KAGGLE.replace("\"Calculation of prompt diphoton "
        + "production\"", "123") + "\n");
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, sink);
    assertTrue(sink.issues(IngestIssue.Action.REPAIRED).stream().anyMatch(i -> i.message().contains("'title' is a "
        + "number") && i.where().line() == 1), sink.issues()::toString);
  }

  @Test
  void aSingleCutJsonLineIsReportedAndStopsAStrictRun() throws IOException {
    Path file = Files.writeString(dir.resolve("one.jsonl"), KAGGLE.substring(0, 40));
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, sink);
    assertEquals(0, sink.papers().size());
    assertEquals(1, sink.issues(IngestIssue.Action.REJECTED).size(), sink.issues()::toString);
    assertEquals(file.toString(), sink.issues().get(0).where().source());
    MalformedRecordException e = assertThrows(MalformedRecordException.class,
        () -> CiteGraph.builder().strict().add(file).build());
    assertTrue(e.getMessage().startsWith(file.toString()), e::getMessage);
  }

  private static void cut(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(b, b.length * 2 / 3));
  }
}
