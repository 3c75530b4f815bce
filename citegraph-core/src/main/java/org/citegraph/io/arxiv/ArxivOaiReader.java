package org.citegraph.io.arxiv;

import org.citegraph.io.AbstractRecordReader;
import org.citegraph.internal.io.SafeXml;
import org.citegraph.internal.io.XmlNode;
import org.citegraph.internal.io.XmlRecords;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.PubDate;
import org.citegraph.model.SourceRef;

/**
 * Reads arXiv OAI-PMH responses (format {@value #FORMAT}) to {@code ListRecords} (or {@code GetRecord}) requests,
 * in either of arXiv's two full metadata formats. Every {@code <record>} is one paper:
 *
 * <pre>
 * &lt;OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"&gt;
 *   &lt;ListRecords&gt;
 *     &lt;record&gt;
 *       &lt;header&gt;&lt;identifier&gt;oai:arXiv.org:0704.0001&lt;/identifier&gt;...&lt;/header&gt;
 *       &lt;metadata&gt;
 *         &lt;arXiv xmlns="http://arxiv.org/OAI/arXiv/"&gt;                metadataPrefix=arXiv
 *           &lt;id&gt;0704.0001&lt;/id&gt;&lt;created&gt;2007-04-02&lt;/created&gt;&lt;updated&gt;2007-07-24&lt;/updated&gt;
 *           &lt;authors&gt;&lt;author&gt;&lt;keyname&gt;Balázs&lt;/keyname&gt;&lt;forenames&gt;C.&lt;/forenames&gt;&lt;/author&gt;...&lt;/authors&gt;
 *           &lt;title&gt;...&lt;/title&gt;&lt;categories&gt;hep-ph&lt;/categories&gt;&lt;doi&gt;...&lt;/doi&gt;&lt;abstract&gt;...&lt;/abstract&gt;
 *         &lt;/arXiv&gt;
 *       &lt;/metadata&gt;
 *     &lt;/record&gt;
 *     &lt;resumptionToken cursor="0"&gt;...&lt;/resumptionToken&gt;            ignored
 *   &lt;/ListRecords&gt;
 * &lt;/OAI-PMH&gt;
 * </pre>
 *
 * <p>{@code arXiv} format: {@code <id>}, {@code <created>} ({@link Paper#date()}), {@code <updated>} ({@link
 * Paper#updated()}), {@code <authors><author>} with {@code <keyname>}, {@code <forenames>}, {@code <suffix>} and
 * {@code <affiliation>}s, {@code <title>}, {@code <categories>} (space separated, the first is primary), {@code
 * <doi>} (space separated), {@code <abstract>}.
 *
 * <p>{@code arXivRaw} format: {@code <id>}, {@code <version version="v1"><date>Mon, 2 Apr 2007 19:18:42
 * GMT</date>} (the first version's date is {@link Paper#date()}, the last's, when there are several, {@link
 * Paper#updated()}), {@code <title>}, {@code <authors>} as one string "A, B and C" (parsed like {@code .abs} author
 * lines, see {@link ArxivAbsReader}), {@code <categories>}, {@code <doi>}, {@code <abstract>}.
 *
 * <p>A record whose header has {@code status="deleted"} is reported as rejected (naming its identifier), not
 * silently dropped. An OAI-PMH {@code <error>} response (e.g. {@code noRecordsMatch}) is reported as a rejected
 * source. {@code <resumptionToken>} is ignored: each file is read on its own. A record without metadata, in another
 * metadata format (e.g. {@code oai_dc}), or without id or title, is rejected; a record without a readable author is
 * kept without authors and reported as repaired; an unparseable date or DOI or an author that is not a name is left out and reported as repaired. XML is parsed with the hardened {@link SafeXml}
 * settings: a document with a DOCTYPE is refused. Provenance is the line of the {@code <record>} start tag.
 * Stateless and thread-safe.
 */
public final class ArxivOaiReader extends AbstractRecordReader {
  /** The format name, {@code arxiv-oai}. */
  public static final String FORMAT = "arxiv-oai";

  private static final String EXPECTED = "an OAI-PMH ListRecords response: <OAI-PMH><ListRecords><record> with "
      + "<metadata> in the arXiv or arXivRaw format";

  /** Creates the reader. */
  public ArxivOaiReader() {
    super(FORMAT);
  }

  /** True when {@code head} has an {@code <OAI-PMH} root element. */
  @Override
  public boolean looksLike(String head) {
    return checkNotNull(head, "head").contains("<OAI-PMH");
  }

  @Override
  protected void readRecords(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    XmlRecords.read(in, sourceName, sink, "OAI-PMH", EXPECTED, new XmlRecords.Handler() {
      @Override
      public boolean isRecord(List<String> path) {
        String last = path.get(path.size() - 1);
        return path.size() == 2 && last.equals("error")
            || path.size() == 3 && last.equals("record")
                && (path.get(1).equals("ListRecords") || path.get(1).equals("GetRecord"));
      }

      @Override
      public void record(XmlNode node, RecordSink s) {
        if (node.name().equals("error")) {
          s.issue(new IngestIssue(new SourceRef(sourceName, node.line()), IngestIssue.Action.REJECTED,
              "OAI-PMH error '" + node.attribute("code") + "': " + node.trimmedText() + " (expected " + EXPECTED
                  + ")"));
        } else {
          oaiRecord(node, sourceName, s);
        }
      }
    });
  }

  private static void oaiRecord(XmlNode record, String source, RecordSink sink) {
    SourceRef where = new SourceRef(source, record.line());
    XmlNode header = record.child("header");
    String identifier = header == null ? "" : header.childText("identifier");
    String name = "<record>" + (identifier.isEmpty() ? "" : " " + identifier);
    if (header != null && header.attribute("status").equals("deleted")) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, name + " is marked deleted (header "
          + "status=\"deleted\", datestamp " + header.childText("datestamp")
          + "); nothing to ingest (expected <metadata>, which deleted records do not carry)"));
      return;
    }
    XmlNode metadata = record.child("metadata");
    XmlNode meta = metadata == null || metadata.children().isEmpty() ? null : metadata.children().get(0);
    if (meta == null) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED,
          name + " has no <metadata> (expected <metadata><arXiv> or <metadata><arXivRaw>)"));
      return;
    }
    boolean raw = meta.name().equals("arXivRaw");
    if (!raw && !meta.name().equals("arXiv")) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, name + " has metadata in format <"
          + meta.name() + "> (expected <arXiv> or <arXivRaw>; request metadataPrefix=arXiv or arXivRaw)"));
      return;
    }
    String idText = meta.childText("id");
    if (idText.isEmpty()) {
      idText = identifier;
    }
    if (idText.isEmpty()) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED,
          name + " has no <id> (expected e.g. <id>0704.0001</id>)"));
      return;
    }
    PaperId id;
    try {
      id = ArxivFields.arxivId(idText);
    } catch (IllegalArgumentException e) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, name + " id '" + idText + "' is not an arXiv "
          + "id (expected e.g. 0704.0001 or hep-th/9901001)"));
      return;
    }
    String title = ArxivFields.title(meta.childText("title"));
    if (title.isEmpty()) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED,
          name + " (" + id + ") has no <title> (expected a non-empty title)"));
      return;
    }
    String label = "<record> " + id;
    List<IngestIssue> repairs = new ArrayList<>();
    Paper.Builder b = Paper.builder().identifier(id).title(title).source(where)
        .abstractText(ArxivFields.abstractText(meta.childText("abstract")));
    if (raw) {
      rawAuthorsAndDates(meta, b, label, source, where, repairs);
    } else {
      authorsAndDates(meta, b, label, source, repairs);
    }
    ArxivFields.categories(meta.childText("categories"), b);
    ArxivFields.dois(meta.childText("doi"), b,
        p -> repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, label + ": " + p)));
    Paper paper;
    try {
      paper = b.build();
    } catch (IllegalArgumentException e) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, label + " cannot be built: " + e.getMessage()));
      return;
    }
    if (paper.allAuthors().isEmpty()) {
      repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, label + " names no author that could be read "
          + "(expected at least one author): " + IngestIssue.KEPT_WITHOUT_AUTHORS));
    }
    repairs.forEach(sink::issue);
    sink.paper(paper);
  }

  /** The {@code arXiv} format: structured authors, ISO dates. */
  private static void authorsAndDates(XmlNode meta, Paper.Builder b, String label, String source,
      List<IngestIssue> repairs) {
    XmlNode authors = meta.child("authors");
    for (XmlNode author : authors == null ? List.<XmlNode>of() : authors.all("author")) {
      String keyname = author.childText("keyname");
      String forenames = author.childText("forenames");
      String suffix = author.childText("suffix");
      PersonName name;
      try {
        name = PersonName.fromLastFirst(keyname, forenames);
        if (!suffix.isEmpty()) {
          name = new PersonName(name.given(), name.particle(), name.family(), suffix);
        }
      } catch (IllegalArgumentException e) {
        repairs.add(new IngestIssue(new SourceRef(source, author.line()), IngestIssue.Action.REPAIRED, label
            + ": author keyname '" + keyname + "', forenames '" + forenames + "' is not a person name (expected a "
            + "non-empty <keyname>); left out"));
        b.authorListComplete(false);
        continue;
      }
      b.author(name);
      for (XmlNode aff : author.all("affiliation")) {
        if (!aff.trimmedText().isEmpty()) {
          b.affiliation(aff.trimmedText());
        }
      }
    }
    if (authors == null || authors.all("author").isEmpty()) {
      b.authorListComplete(false);
    }
    b.date(isoDate(meta, "created", label, source, repairs));
    b.updated(isoDate(meta, "updated", label, source, repairs));
  }

  private static PubDate isoDate(XmlNode meta, String element, String label, String source,
      List<IngestIssue> repairs) {
    XmlNode node = meta.child(element);
    if (node == null || node.trimmedText().isEmpty()) {
      return null;
    }
    try {
      return ArxivFields.iso(node.trimmedText());
    } catch (IllegalArgumentException e) {
      repairs.add(new IngestIssue(new SourceRef(source, node.line()), IngestIssue.Action.REPAIRED,
          label + ": <" + element + "> " + e.getMessage() + "; left out"));
      return null;
    }
  }

  /** The {@code arXivRaw} format: one author string, RFC 1123 version dates. */
  private static void rawAuthorsAndDates(XmlNode meta, Paper.Builder b, String label, String source,
      SourceRef where, List<IngestIssue> repairs) {
    ArxivAuthors.Result authors = ArxivAuthors.parse(meta.childText("authors"));
    b.authors(authors.names()).authorListComplete(authors.complete() && !authors.names().isEmpty());
    authors.affiliations().forEach(b::affiliation);
    authors.problems().forEach(p -> repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED,
        label + ": " + p)));
    List<XmlNode> versions = meta.all("version");
    PubDate first = null;
    PubDate last = null;
    for (int i = 0; i < versions.size(); i++) {
      XmlNode v = versions.get(i);
      String text = v.childText("date");
      PubDate d;
      try {
        d = ArxivFields.rfc1123(text);
      } catch (IllegalArgumentException e) {
        repairs.add(new IngestIssue(new SourceRef(source, v.line()), IngestIssue.Action.REPAIRED,
            label + ": <version version=\"" + v.attribute("version") + "\"> date " + e.getMessage() + "; left out"));
        continue;
      }
      if (i == 0) {
        first = d;
      } else {
        last = d;
      }
    }
    b.date(first);
    b.updated(last);
  }
}
