package org.citegraph.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A small view of a parsed XML document for the SVG tests, parsed securely (no DOCTYPE, no entities). */
final class Xml {
  static final String SVG = "http://www.w3.org/2000/svg";

  private final Element node;

  private Xml(Element node) {
    this.node = node;
  }

  /** Parses a document; throws if it is not well-formed or has a DOCTYPE. */
  static Xml parse(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return new Xml(factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).getDocumentElement());
  }

  /** The local name of this element. */
  String localName() {
    return node.getLocalName();
  }

  /** The value of an attribute of this element, or "" when it has none. */
  String attr(String name) {
    return node.getAttribute(name);
  }

  /** The element children of this element with this local name, in document order. */
  List<Xml> children(String localName) {
    List<Xml> out = new ArrayList<>();
    for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && localName.equals(e.getLocalName())) {
        out.add(new Xml(e));
      }
    }
    return out;
  }

  /** The descendant elements with this local name (SVG namespace) whose class attribute is {@code cls}. */
  List<Xml> byClass(String localName, String cls) {
    return all(SVG, localName).stream().filter(x -> x.attr("class").equals(cls)).toList();
  }

  /** The text content of this element. */
  String text() {
    return node.getTextContent();
  }

  /** The descendant elements with this namespace and local name, in document order. */
  List<Xml> all(String namespace, String localName) {
    NodeList list = node.getElementsByTagNameNS(namespace, localName);
    List<Xml> out = new ArrayList<>(list.getLength());
    for (int i = 0; i < list.getLength(); i++) {
      out.add(new Xml((Element) list.item(i)));
    }
    return out;
  }
}
