package org.citegraph.internal.io;

import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordSink;



import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.citegraph.model.SourceRef;

/**
 * The streaming loop shared by the XML readers: walks one document with a {@link SafeXml} parser, checks the root
 * element, reads each record element whole into an {@link XmlNode} (one record in memory at a time) and hands it to
 * a {@link Handler}. Refuses documents with a DTD, rejects records holding entity references, and turns a parse
 * error into one rejection naming the source, the line and the record that was cut off.
 */
public final class XmlRecords {
  private XmlRecords() {}

  /** What a format does with its records. */
  public interface Handler {
    /**
     * Whether the element at the end of {@code path} is read whole and passed to {@link #record}.
     *
     * @param path local names from the root element down to the element
     */
    boolean isRecord(List<String> path);

    /** Turns one record element into exactly one paper or one rejection (or, for non-record elements, issues). */
    void record(XmlNode node, RecordSink sink);
  }

  /**
   * Reads one document.
   *
   * @param root the required local name of the root element
   * @param expected what the format looks like, for messages, e.g. "an arXiv API Atom feed &lt;feed&gt;&lt;entry&gt;..."
   * @throws IOException if reading fails
   */
  public static void read(BufferedReader in, String source, RecordSink sink, String root, String expected, Handler handler)
      throws IOException {
    in.mark(1);
    if (in.read() < 0) {
      sink.issue(new IngestIssue(new SourceRef(source, 1), IngestIssue.Action.REJECTED,
          "empty file (expected " + expected + ")"));
      return;
    }
    in.reset();
    XMLStreamReader r;
    try {
      r = SafeXml.open(in, sink.limits());
    } catch (XMLStreamException e) {
      sink.issue(new IngestIssue(new SourceRef(source, SafeXml.line(e, 1)), IngestIssue.Action.REJECTED,
          "XML parser cannot start: " + SafeXml.message(e) + " (expected " + expected + ")"));
      return;
    }
    List<String> path = new ArrayList<>();
    long recordLine = -1;
    String recordName = null;
    try {
      while (r.hasNext()) {
        int event = r.next();
        long line = Math.max(1, r.getLocation().getLineNumber());
        if (event == XMLStreamConstants.DTD) {
          sink.issue(new IngestIssue(new SourceRef(source, line), IngestIssue.Action.REJECTED,
              "document type declaration (<!DOCTYPE ...>) refused: DTDs and entity declarations are never accepted "
                  + "from input, since they can read local files, make network requests or expand into gigabytes "
                  + "(expected " + expected + " without a DOCTYPE); the file is skipped"));
          return;
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
          path.remove(path.size() - 1);
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (path.isEmpty() && !name.equals(root)) {
            sink.issue(new IngestIssue(new SourceRef(source, line), IngestIssue.Action.REJECTED,
                "root element <" + r.getName().getLocalPart() + "> is not <" + root + "> (expected " + expected
                    + "); the file is skipped"));
            return;
          }
          path.add(name);
          if (path.size() > 1 && handler.isRecord(path)) {
            recordLine = line;
            recordName = name;
            XmlNode node;
            try {
              node = XmlNode.read(r, sink.limits().maxValueChars());
            } catch (XmlNode.EntityReferenceException e) {
              sink.issue(new IngestIssue(new SourceRef(source, recordLine), IngestIssue.Action.REJECTED,
                  "<" + name + "> record: " + e.getMessage() + " (at line " + e.line + ")"));
              node = null;
            }
            path.remove(path.size() - 1);
            recordLine = -1;
            if (node != null) {
              handler.record(node, sink);
            }
          }
        }
      }
    } catch (XMLStreamException e) {
      long line = SafeXml.line(e, recordLine);
      String problem = "XML is not well-formed at line " + SafeXml.position(e.getLocation()) + ": "
          + SafeXml.message(e);
      if (recordLine > 0) {
        sink.issue(new IngestIssue(new SourceRef(source, recordLine), IngestIssue.Action.REJECTED,
            "<" + recordName + "> record is cut off or damaged: " + problem + " (expected " + expected
                + "); the rest of the file is skipped"));
      } else {
        sink.issue(new IngestIssue(new SourceRef(source, line), IngestIssue.Action.REJECTED,
            problem + " (expected " + expected + "); the rest of the file is skipped"));
      }
    } finally {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // Closing the parser does not close the reader; nothing to release.
      }
    }
  }
}
