package org.citegraph.internal.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * One element of an XML record, read into memory: only the current record is held, never the whole document.
 * Names are local names (namespaces are ignored: arXiv's formats never use one local name twice with different
 * meanings).
 *
 * @param name the local name
 * @param attributes the attributes by local name
 * @param text the element's own text (character data directly inside it), untrimmed
 * @param children the child elements in document order
 * @param line the line of the start tag
 */
public record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children, long line) {

  /** Thrown when a record holds an entity reference the hardened parser left unexpanded. */
  public static final class EntityReferenceException extends Exception {
    private static final long serialVersionUID = 1L;
    final long line;

    EntityReferenceException(String entity, long line) {
      this(line, "entity reference '&" + entity + ";' is not allowed (expected only the predefined entities &amp; "
          + "&lt; &gt; &quot; &apos; and character references)");
    }

    EntityReferenceException(long line, String message) {
      super(message);
      this.line = line;
    }
  }

  /**
   * Reads the element the reader is positioned on (a {@code START_ELEMENT}) up to its end tag, leaving the reader on
   * that {@code END_ELEMENT}.
   *
   * @throws XMLStreamException if the XML is not well-formed
   * @throws EntityReferenceException if the element holds an unexpanded entity reference; the reader is then left
   *     on the element's end tag (the rest of the element is skipped)
   */
  public static XmlNode read(XMLStreamReader r) throws XMLStreamException, EntityReferenceException {
    return read(r, Integer.MAX_VALUE);
  }

  /**
   * Reads the element as {@link #read(XMLStreamReader)} does, rejecting it when the text of one element grows past
   * {@code maxValueChars} (the rest of the element is then skipped, not kept).
   *
   * @throws XMLStreamException if the XML is not well-formed
   * @throws EntityReferenceException if the element holds an unexpanded entity reference or a text too long
   */
  public static XmlNode read(XMLStreamReader r, int maxValueChars) throws XMLStreamException,
      EntityReferenceException {
    Builder root = new Builder(r);
    List<Builder> stack = new ArrayList<>();
    stack.add(root);
    String badEntity = null;
    String tooLong = null;
    long badLine = 0;
    while (!stack.isEmpty()) {
      int event = r.next();
      Builder top = stack.get(stack.size() - 1);
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          Builder child = new Builder(r);
          top.children.add(child);
          stack.add(child);
        }
        case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (badEntity == null && top.text.length() + r.getTextLength() > maxValueChars) {
            badEntity = "";
            badLine = r.getLocation().getLineNumber();
            tooLong = "text of <" + top.name + "> is longer than "
                + org.citegraph.io.InputLimits.describe("maxValueChars", maxValueChars);
          } else if (badEntity == null) {
            top.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> {
          if (badEntity == null) {
            badEntity = r.getLocalName();
            badLine = r.getLocation().getLineNumber();
          }
        }
        default -> { }
      }
    }
    if (tooLong != null) {
      throw new EntityReferenceException(badLine, tooLong);
    }
    if (badEntity != null) {
      throw new EntityReferenceException(badEntity, badLine);
    }
    return root.build();
  }

  /** The first child with this local name, or null. */
  public XmlNode child(String localName) {
    for (XmlNode c : children) {
      if (c.name.equals(localName)) {
        return c;
      }
    }
    return null;
  }

  /** Every child with this local name. */
  public List<XmlNode> all(String localName) {
    return children.stream().filter(c -> c.name.equals(localName)).toList();
  }

  /** The whitespace-collapsed text of the first child with this name, or the empty string. */
  public String childText(String localName) {
    XmlNode c = child(localName);
    return c == null ? "" : c.trimmedText();
  }

  /** This element's own text with whitespace collapsed and trimmed. */
  public String trimmedText() {
    return CharMatcher.whitespace().trimAndCollapseFrom(text, ' ');
  }

  /** An attribute value, or the empty string. */
  public String attribute(String localName) {
    return attributes.getOrDefault(localName, "");
  }

  private static final class Builder {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final StringBuilder text = new StringBuilder();
    final List<Builder> children = new ArrayList<>();
    final long line;

    Builder(XMLStreamReader r) {
      name = r.getLocalName();
      for (int i = 0; i < r.getAttributeCount(); i++) {
        attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
      }
      line = Math.max(1, r.getLocation().getLineNumber());
    }

    XmlNode build() {
      return new XmlNode(name, ImmutableMap.copyOf(attributes), text.toString(),
          children.stream().map(Builder::build).collect(ImmutableList.toImmutableList()), line);
    }
  }
}
