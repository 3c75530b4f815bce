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
 * Reads arXiv API responses (format {@value #FORMAT}): Atom 1.0 feeds as returned by {@code
 * http://export.arxiv.org/api/query}, one {@code <entry>} per paper:
 *
 * <pre>
 * &lt;feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"&gt;
 *   &lt;entry&gt;
 *     &lt;id&gt;http://arxiv.org/abs/1706.03762v5&lt;/id&gt;              arXiv id (version dropped)
 *     &lt;published&gt;2017-06-12T17:57:34Z&lt;/published&gt;           first version: {@link Paper#date()}
 *     &lt;updated&gt;2017-12-06T03:30:32Z&lt;/updated&gt;               this version: {@link Paper#updated()}
 *     &lt;title&gt;Attention Is All You Need&lt;/title&gt;
 *     &lt;summary&gt;The dominant sequence ...&lt;/summary&gt;           abstract
 *     &lt;author&gt;&lt;name&gt;Ashish Vaswani&lt;/name&gt;&lt;arxiv:affiliation&gt;Google Brain&lt;/arxiv:affiliation&gt;&lt;/author&gt;
 *     &lt;arxiv:doi&gt;10.48550/arXiv.1706.03762&lt;/arxiv:doi&gt;       DOI(s), added as identifiers
 *     &lt;arxiv:journal_ref&gt;...&lt;/arxiv:journal_ref&gt;             not kept
 *     &lt;arxiv:primary_category term="cs.CL"/&gt;
 *     &lt;category term="cs.CL"/&gt;&lt;category term="cs.LG"/&gt;
 *   &lt;/entry&gt;
 * &lt;/feed&gt;
 * </pre>
 *
 * <p>The primary category comes first among the categories; without {@code <arxiv:primary_category>}, the first
 * {@code <category>} is taken as primary. Category terms that are not arXiv codes (ACM or MSC classes such as {@code
 * F.2.2}) are kept as unknown categories. Elements are matched by local name. Feed-level elements (feed title, OpenSearch counts, links) are ignored.
 * The arXiv API reports a failed query as an entry whose id is {@code http://arxiv.org/api/errors#...}; such an
 * entry is rejected with the API's message. An entry without an arXiv id or title is rejected; an entry
 * without a readable author is kept without authors and reported as repaired; an unparseable date or DOI, or an author name that is not a name, is left out and reported as repaired. XML is parsed
 * with the hardened {@link SafeXml} settings: a document with a DOCTYPE is refused. Provenance is the line of the
 * {@code <entry>} start tag. Stateless and thread-safe.
 */
public final class ArxivAtomReader extends AbstractRecordReader {
  /** The format name, {@code arxiv-atom}. */
  public static final String FORMAT = "arxiv-atom";

  private static final String EXPECTED = "an arXiv API Atom feed: <feed xmlns=\"http://www.w3.org/2005/Atom\"> with "
      + "<entry> elements holding <id>http://arxiv.org/abs/...</id>, <title>, <author><name>";

  /** Creates the reader. */
  public ArxivAtomReader() {
    super(FORMAT);
  }

  /** True when {@code head} has a {@code <feed} element in the Atom namespace. */
  @Override
  public boolean looksLike(String head) {
    String h = checkNotNull(head, "head");
    return h.contains("<feed") && h.contains("http://www.w3.org/2005/Atom");
  }

  @Override
  protected void readRecords(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    XmlRecords.read(in, sourceName, sink, "feed", EXPECTED, new XmlRecords.Handler() {
      @Override
      public boolean isRecord(List<String> path) {
        return path.size() == 2 && path.get(1).equals("entry");
      }

      @Override
      public void record(XmlNode entry, RecordSink s) {
        entry(entry, sourceName, s);
      }
    });
  }

  private static void entry(XmlNode entry, String source, RecordSink sink) {
    SourceRef where = new SourceRef(source, entry.line());
    String idText = entry.childText("id");
    if (idText.contains("arxiv.org/api/errors")) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "the arXiv API reported an error: '"
          + entry.childText("summary") + "' (" + idText + "); expected a paper entry"));
      return;
    }
    if (idText.isEmpty()) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED,
          "<entry> has no <id> (expected <id>http://arxiv.org/abs/1706.03762v5</id>)"));
      return;
    }
    PaperId id;
    try {
      id = ArxivFields.arxivId(idText);
    } catch (IllegalArgumentException e) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "<entry> id '" + idText + "' is not an arXiv "
          + "id (expected e.g. http://arxiv.org/abs/1706.03762v5)"));
      return;
    }
    String title = ArxivFields.title(entry.childText("title"));
    if (title.isEmpty()) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED,
          "<entry> " + id + " has no <title> (expected a non-empty title)"));
      return;
    }
    List<IngestIssue> repairs = new ArrayList<>();
    Paper.Builder b = Paper.builder().identifier(id).title(title).source(where)
        .abstractText(ArxivFields.abstractText(entry.childText("summary")));
    for (XmlNode author : entry.all("author")) {
      String name = author.childText("name");
      try {
        b.author(PersonName.parse(name));
      } catch (IllegalArgumentException e) {
        repairs.add(new IngestIssue(new SourceRef(source, author.line()), IngestIssue.Action.REPAIRED,
            "<entry> " + id + ": author '" + name + "' is not a person name (expected <name>First Last</name>); "
                + "left out"));
        b.authorListComplete(false);
        continue;
      }
      for (XmlNode aff : author.all("affiliation")) {
        if (!aff.trimmedText().isEmpty()) {
          b.affiliation(aff.trimmedText());
        }
      }
    }
    if (entry.all("author").isEmpty()) {
      b.authorListComplete(false);
    }
    b.date(date(entry, "published", id, source, repairs));
    b.updated(date(entry, "updated", id, source, repairs));
    // Terms are split at white space, which a category code cannot contain.
    XmlNode primary = entry.child("primary_category");
    StringBuilder terms = new StringBuilder(primary == null ? "" : primary.attribute("term").strip());
    for (XmlNode c : entry.all("category")) {
      terms.append(' ').append(c.attribute("term"));
    }
    ArxivFields.categories(terms.toString(), b);
    for (XmlNode doi : entry.all("doi")) {
      ArxivFields.dois(doi.trimmedText(), b, p -> repairs.add(new IngestIssue(new SourceRef(source, doi.line()),
          IngestIssue.Action.REPAIRED, "<entry> " + id + ": " + p)));
    }
    Paper paper;
    try {
      paper = b.build();
    } catch (IllegalArgumentException e) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "<entry> " + id + " cannot be built: "
          + e.getMessage()));
      return;
    }
    if (paper.allAuthors().isEmpty()) {
      repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, "<entry> " + id + " names no author that "
          + "could be read (expected <author><name>First Last</name></author>): "
          + IngestIssue.KEPT_WITHOUT_AUTHORS));
    }
    repairs.forEach(sink::issue);
    sink.paper(paper);
  }

  private static PubDate date(XmlNode entry, String element, PaperId id, String source, List<IngestIssue> repairs) {
    XmlNode node = entry.child(element);
    if (node == null || node.trimmedText().isEmpty()) {
      return null;
    }
    try {
      return ArxivFields.iso(node.trimmedText());
    } catch (IllegalArgumentException e) {
      repairs.add(new IngestIssue(new SourceRef(source, node.line()), IngestIssue.Action.REPAIRED,
          "<entry> " + id + ": <" + element + "> " + e.getMessage() + "; left out"));
      return null;
    }
  }
}
