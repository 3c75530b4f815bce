package org.citegraph.internal.io;

import static org.citegraph.io.SampleText.SOURCE;
import static org.citegraph.io.SampleText.lenient;
import static org.citegraph.io.SampleText.strict;
import org.citegraph.io.CollectingSink;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.MalformedRecordException;
import org.citegraph.io.RecordReader;
import org.citegraph.io.arxiv.ArxivAtomReader;
import org.citegraph.io.arxiv.ArxivOaiReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile XML: external entities pointing at a local file or at a URL, external DTDs, parameter entities and the
 * "billion laughs" entity bomb. Every one must end in a rejection naming the source and line, with no file read, no
 * network connection (a local server socket checks that nothing connects) and no memory blow-up.
 */
class XmlHardeningTest {
  private static final List<RecordReader> XML_READERS = List.of(new ArxivAtomReader(), new ArxivOaiReader());
  private static final String SECRET = "TOP-SECRET-4f1c";

  @TempDir
  Path dir;
  private ServerSocket server;
  private Path secretFile;

  @BeforeEach
  void setUp() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    server.setSoTimeout(300);
    secretFile = dir.resolve("secret.txt");
    Files.writeString(secretFile, SECRET, StandardCharsets.UTF_8);
  }

  @AfterEach
  void tearDown() throws IOException {
    server.close();
  }

  private String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
  }

  /** A document of the reader's format whose DOCTYPE (line 2) declares {@code entities}; the title uses {@code ref}. */
  private static String document(RecordReader reader, String entities, String ref) {
    String root = reader instanceof ArxivAtomReader ? "feed" : "OAI-PMH";
    String doctype = "<!DOCTYPE " + root + " [" + entities + "]>\n";
    if (reader instanceof ArxivAtomReader) {
      return "<?xml version=\"1.0\"?>\n" + doctype + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>"
          + "<id>http://arxiv.org/abs/0704.0001v1</id><title>" + ref + "</title><author><name>A. Author</name>"
          + "</author></entry>\n</feed>\n";
    }
    return "<?xml version=\"1.0\"?>\n" + doctype + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
        + "<ListRecords><record><header><identifier>oai:arXiv.org:0704.0001</identifier></header><metadata>"
        + "<arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\"><id>0704.0001</id><title>" + ref + "</title><authors>"
        + "<author><keyname>Author</keyname><forenames>A.</forenames></author></authors></arXiv></metadata>"
        + "</record></ListRecords></OAI-PMH>\n";
  }

  private static String billionLaughs() {
    StringBuilder b = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 10; i++) {
      String prev = "&lol" + (i - 1) + ";";
      b.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">");
    }
    return b.toString();
  }

  private void assertNoConnection() throws IOException {
    assertThrows(SocketTimeoutException.class, () -> server.accept().close(), "the parser connected to " + url());
  }

  private void assertRefusedAtTheDoctype(RecordReader reader, String text) throws IOException {
    CollectingSink sink = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> lenient(reader, text));
    assertEquals(List.of(), sink.papers(), reader.formatName());
    assertEquals(1, sink.issues().size(), sink.issues()::toString);
    IngestIssue issue = sink.issues().get(0);
    assertEquals(IngestIssue.Action.REJECTED, issue.action());
    assertEquals(new SourceRef(SOURCE, 2), issue.where(), issue::toString);
    assertTrue(issue.message().contains("DOCTYPE") && issue.message().contains("expected"), issue::toString);
    assertFalse(issue.message().contains(SECRET));
    MalformedRecordException e = strict(reader, text);
    assertTrue(e.getMessage().startsWith(SOURCE + ":2: "), e::getMessage);
    assertNoConnection();
  }

  @Test
  void externalEntityPointingAtALocalFile() throws IOException {
    for (RecordReader reader : XML_READERS) {
      String text = document(reader, "<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">", "&xxe;");
      assertRefusedAtTheDoctype(reader, text);
    }
  }

  @Test
  void externalEntityPointingAtAUrl() throws IOException {
    for (RecordReader reader : XML_READERS) {
      assertRefusedAtTheDoctype(reader, document(reader, "<!ENTITY xxe SYSTEM \"" + url() + "\">", "&xxe;"));
      assertRefusedAtTheDoctype(reader, document(reader, "<!ENTITY % remote SYSTEM \"" + url() + "\"> %remote;",
          "x"));
    }
  }

  @Test
  void externalDtd() throws IOException {
    for (RecordReader reader : XML_READERS) {
      String text = document(reader, "", "x").replace(" []>", " SYSTEM \"" + url() + "\">");
      assertTrue(text.contains("SYSTEM \"http"));
      assertRefusedAtTheDoctype(reader, text);
    }
  }

  @Test
  void billionLaughsEntityBomb() throws IOException {
    for (RecordReader reader : XML_READERS) {
      assertRefusedAtTheDoctype(reader, document(reader, billionLaughs(), "&lol10;"));
    }
  }

  @Test
  void hostileFileThroughInputsReadIsDetectedAndRefused() throws IOException {
    Path file = dir.resolve("feed.xml");
    Files.writeString(file, document(new ArxivAtomReader(), "<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">",
        "&xxe;"));
    CollectingSink sink = CollectingSink.lenient();
    Inputs.read(file, sink);
    assertEquals(List.of(), sink.papers());
    assertEquals(new SourceRef(file.toString(), 2), sink.issues().get(0).where());
  }

  /** Below the readers' own DOCTYPE check, the factory itself neither expands nor fetches anything. */
  @Test
  void theFactoryAloneExpandsNothing() throws IOException {
    for (String entities : List.of("<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">",
        "<!ENTITY xxe SYSTEM \"" + url() + "\">", billionLaughs().replace("lol10", "xxe"))) {
      String text = document(new ArxivAtomReader(), entities, "&xxe;");
      StringBuilder seen = new StringBuilder();
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        try {
          XMLStreamReader r = SafeXml.newFactory().createXMLStreamReader(new StringReader(text));
          while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS) {
              seen.append(r.getText());
            }
          }
        } catch (XMLStreamException e) {
          // refusing is fine too
        }
      });
      assertFalse(seen.toString().contains(SECRET));
      assertTrue(seen.length() < 1000, "expanded to " + seen.length() + " characters");
      assertNoConnection();
    }
  }
}
