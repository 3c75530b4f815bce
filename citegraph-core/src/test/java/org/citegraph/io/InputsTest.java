package org.citegraph.io;

import org.citegraph.io.arxiv.ArxivAbsReader;
import org.citegraph.io.arxiv.ArxivAtomReader;
import org.citegraph.io.arxiv.ArxivOaiReader;
import org.citegraph.io.bib.BibtexReader;
import org.citegraph.io.bib.RisReader;
import org.citegraph.io.profile.AuthorRecordReader;
import org.citegraph.io.profile.ProfilePageReader;
import org.citegraph.io.scholarly.OpenAlexReader;
import org.citegraph.io.scholarly.S2andSignaturesReader;
import org.citegraph.io.scholarly.SemanticScholarReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening files, format detection and the bundled samples. */
class InputsTest {
  private static final String PROFILE = SampleText.join(SampleText.lines(Inputs.PROFILE_PAGE_SAMPLE));
  private static final String RECORDS = SampleText.join(SampleText.lines(Inputs.AUTHOR_RECORD_SAMPLE));

  @TempDir
  Path dir;

  @Test
  void readersInDetectionOrder() {
    assertEquals(List.of("arxiv-atom", "arxiv-oai", "arxiv-abs", "s2and-signatures", "profile-page", "author-record", "unarxive-jsonl",
        "arxiv-docmeta", "arxiv-api-json", "arxiv-jsonl", "bibtex", "ris", "openalex-json", "s2-json", "arxiv-oai-tsv",
        "paperscape-csv", "scopus-csv", "aan-metadata", "aan-citations"),
        Inputs.readers().stream().map(RecordReader::formatName).toList());
    assertInstanceOf(ProfilePageReader.class, Inputs.reader("profile-page"));
    assertInstanceOf(AuthorRecordReader.class, Inputs.reader("Author-Record"));
    assertInstanceOf(BibtexReader.class, Inputs.reader("bibtex"));
    assertInstanceOf(RisReader.class, Inputs.reader("ris"));
    assertInstanceOf(OpenAlexReader.class, Inputs.reader("openalex-json"));
    assertInstanceOf(SemanticScholarReader.class, Inputs.reader("S2-JSON"));
    assertInstanceOf(ArxivAtomReader.class, Inputs.reader("arxiv-atom"));
    assertInstanceOf(ArxivOaiReader.class, Inputs.reader("arxiv-oai"));
    assertInstanceOf(ArxivAbsReader.class, Inputs.reader("ARXIV-ABS"));
    assertInstanceOf(S2andSignaturesReader.class, Inputs.reader("s2and-signatures"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Inputs.reader("endnote"));
    assertTrue(e.getMessage().contains("'endnote'")
        && e.getMessage().contains("arxiv-atom, arxiv-oai, arxiv-abs, s2and-signatures, profile-page, author-record, "
            + "unarxive-jsonl, "
            + "arxiv-docmeta, arxiv-api-json, arxiv-jsonl, bibtex, ris, openalex-json, s2-json, arxiv-oai-tsv, "
            + "paperscape-csv, scopus-csv, aan-metadata, aan-citations"));
  }

  @Test
  void detectsBothSampleFormats() {
    assertInstanceOf(ProfilePageReader.class, Inputs.detect(PROFILE));
    assertInstanceOf(AuthorRecordReader.class, Inputs.detect(RECORDS));
    assertInstanceOf(ProfilePageReader.class, Inputs.detect(PROFILE.substring(0, Inputs.HEAD_CHARS)));
    assertInstanceOf(AuthorRecordReader.class, Inputs.detect(RECORDS.substring(0, 300))); // cut mid-abstract
    assertInstanceOf(AuthorRecordReader.class, Inputs.detect(RECORDS.replace("\n", "\r\n")));
  }

  @Test
  void eachReaderRejectsTheOtherFormat() {
    assertTrue(new ProfilePageReader().looksLike(PROFILE));
    assertTrue(!new ProfilePageReader().looksLike(RECORDS));
    assertTrue(new AuthorRecordReader().looksLike(RECORDS));
    assertTrue(!new AuthorRecordReader().looksLike(PROFILE));
  }

  @Test
  void undetectableInputNamesTheFileAndTheFormatsTried() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Inputs.detect("just some text\nwith no structure\n", "notes.txt"));
    assertTrue(e.getMessage().contains("'notes.txt'"), e::getMessage);
    assertTrue(e.getMessage().contains("profile-page") && e.getMessage().contains("author-record"), e::getMessage);
    assertTrue(e.getMessage().contains("expected"), e::getMessage);
    assertTrue(e.getMessage().contains("s2and-signatures") && e.getMessage().contains("an S2AND signatures.json"),
        e::getMessage);
  }

  @Test
  void readsPlainGzipBomAndCrlfFiles() throws IOException {
    Path plain = Files.writeString(dir.resolve("profile.txt"), PROFILE);
    Path gz = dir.resolve("records.txt.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(RECORDS.getBytes(StandardCharsets.UTF_8));
    }
    Path bomCrlf = dir.resolve("bom-crlf.txt");
    Files.writeString(bomCrlf, "\uFEFF" + PROFILE.replace("\n", "\r\n"));

    CollectingSink sink = CollectingSink.strict();
    Inputs.read(plain, sink);
    Inputs.read(gz, sink);
    Inputs.read(bomCrlf, sink);
    assertEquals(19 + 3 + 19, sink.papers().size());
    assertEquals(new SourceRef(gz.toString(), 2), sink.papers().get(19).provenance().get(0));
    assertEquals(SampleText.withoutProvenance(sink.papers().subList(0, 19)),
        SampleText.withoutProvenance(sink.papers().subList(22, 41)));
    assertEquals(sink.profiles().get(0).owner(), sink.profiles().get(1).owner());
  }

  @Test
  void readsXzFilesAndTarArchivesReportingEntriesOfNoKnownFormat() throws IOException {
    Path xz = dir.resolve("profile.txt.xz");
    try (OutputStream out = new org.tukaani.xz.XZOutputStream(Files.newOutputStream(xz),
        new org.tukaani.xz.LZMA2Options())) {
      out.write(PROFILE.getBytes(StandardCharsets.UTF_8));
    }
    Path tar = dir.resolve("both.tar.gz");
    try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
        new GZIPOutputStream(Files.newOutputStream(tar)))) {
      for (String[] entry : new String[][] {{"a/profile.txt", PROFILE}, {"a/README", "notes\n"},
          {"a/records.txt", RECORDS}}) {
        byte[] bytes = entry[1].getBytes(StandardCharsets.UTF_8);
        var e = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(entry[0]);
        e.setSize(bytes.length);
        out.putArchiveEntry(e);
        out.write(bytes);
        out.closeArchiveEntry();
      }
    }
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(xz, sink);
    Inputs.read(tar, sink);
    assertEquals(19 + 19 + 3, sink.papers().size());
    assertEquals(new SourceRef(tar + "!a/records.txt", 2), sink.papers().get(38).provenance().get(0));
    assertEquals(1, sink.issues().size());
    assertTrue(sink.issues().get(0).where().source().endsWith("!a/README"), sink.issues()::toString);
    Path fakeXz = Files.writeString(dir.resolve("fake.xz"), RECORDS);
    CollectingSink fake = CollectingSink.lenient();
    Inputs.read(fakeXz, fake);
    assertEquals(0, fake.papers().size());
    assertEquals(1, fake.issues(IngestIssue.Action.REJECTED).size(), fake.issues()::toString);
    IngestIssue issue = fake.issues().get(0);
    assertEquals(fakeXz.toString(), issue.where().source());
    assertTrue(issue.message().contains("not xz-compressed") && issue.message().contains("expected"), issue::message);
  }

  @Test
  void gzNameWithoutGzipContentIsAnError() throws IOException {
    Path fake = Files.writeString(dir.resolve("fake.gz"), RECORDS);
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(fake, sink);
    assertEquals(1, sink.issues(IngestIssue.Action.REJECTED).size(), sink.issues()::toString);
    IngestIssue issue = sink.issues().get(0);
    assertEquals(fake.toString(), issue.where().source());
    assertTrue(issue.message().contains("not gzip-compressed") && issue.message().contains("expected"), issue::message);
    MalformedRecordException e = assertThrows(MalformedRecordException.class,
        () -> Inputs.read(fake, CollectingSink.strict()));
    assertTrue(e.getMessage().contains("fake.gz") && e.getMessage().contains("not gzip-compressed"), e::getMessage);
  }

  @Test
  void explicitFormat() throws IOException {
    Path file = Files.writeString(dir.resolve("records"), RECORDS);
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, Inputs.reader("author-record"), sink);
    assertEquals(3, sink.papers().size());
  }

  @Test
  void headDoesNotConsumeTheReader() throws IOException {
    try (BufferedReader in = Inputs.openSample(Inputs.PROFILE_PAGE_SAMPLE)) {
      String head = Inputs.head(in);
      assertEquals(Inputs.HEAD_CHARS, head.length());
      assertEquals("Niru Maheswaranathan", in.readLine());
    }
    try (BufferedReader in = Inputs.openSample(Inputs.AUTHOR_RECORD_SAMPLE)) {
      assertEquals(RECORDS.length() - 1, Inputs.head(in).length()); // the whole file; no final newline
      assertEquals("Maheswaranathan, Niru", in.readLine());
    }
  }

  @Test
  void missingResource() {
    assertThrows(NoSuchFileException.class, () -> Inputs.openSample("samples/nope.txt"));
  }

  @Test
  void strictSinkRecordsTheIssueThenThrows() {
    CollectingSink sink = CollectingSink.strict();
    IngestIssue issue = new IngestIssue(new SourceRef("f.txt", 3), IngestIssue.Action.REPAIRED,
        "date 'Foo 3, 2020' does not parse (expected e.g. 'Mar 22, 2022')");
    MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> sink.issue(issue));
    assertEquals(issue, e.issue());
    assertEquals("f.txt:3: date 'Foo 3, 2020' does not parse (expected e.g. 'Mar 22, 2022')", e.getMessage());
    assertEquals(List.of(issue), sink.issues());
    assertTrue(sink.isStrict());
    CollectingSink lenient = CollectingSink.lenient();
    lenient.issue(issue);
    assertEquals(List.of(issue), lenient.issues(IngestIssue.Action.REPAIRED));
    assertEquals(List.of(), lenient.issues(IngestIssue.Action.REJECTED));
  }
}
