package org.citegraph.render;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A secure XML parse with the JDK's DocumentBuilder (DOCTYPE disallowed, secure processing on) and the few DOM
 * look-ups the tests need. The module does not read java.xml and its descriptor must stay as it is, so test
 * compilation cannot see javax.xml; the calls go through reflection on the public JDK interfaces instead (the tests
 * run on the class path, where java.xml is readable).
 */
final class Xml {
  static final String SVG = "http://www.w3.org/2000/svg";

  private final Object node;

  private Xml(Object node) {
    this.node = node;
  }

  /** Parses a document; throws if it is not well-formed or has a DOCTYPE. */
  static Xml parse(String text) throws Exception {
    Class<?> factoryClass = Class.forName("javax.xml.parsers.DocumentBuilderFactory");
    Object factory = factoryClass.getMethod("newInstance").invoke(null);
    Method setFeature = factoryClass.getMethod("setFeature", String.class, boolean.class);
    setFeature.invoke(factory, "http://apache.org/xml/features/disallow-doctype-decl", true);
    setFeature.invoke(factory, "http://javax.xml.XMLConstants/feature/secure-processing", true);
    factoryClass.getMethod("setNamespaceAware", boolean.class).invoke(factory, true);
    factoryClass.getMethod("setXIncludeAware", boolean.class).invoke(factory, false);
    factoryClass.getMethod("setExpandEntityReferences", boolean.class).invoke(factory, false);
    Object builder = factoryClass.getMethod("newDocumentBuilder").invoke(factory);
    Class<?> builderClass = Class.forName("javax.xml.parsers.DocumentBuilder");
    try {
      Object doc = builderClass.getMethod("parse", InputStream.class)
          .invoke(builder, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      return new Xml(call("org.w3c.dom.Document", doc, "getDocumentElement"));
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception ex ? ex : e;
    }
  }

  /** The local name of this element. */
  String localName() throws Exception {
    return (String) call("org.w3c.dom.Node", node, "getLocalName");
  }

  /** The text content of this node. */
  String text() throws Exception {
    return (String) call("org.w3c.dom.Node", node, "getTextContent");
  }

  /** The descendant elements with this namespace and local name, in document order. */
  List<Xml> all(String namespace, String localName) throws Exception {
    Class<?> element = Class.forName("org.w3c.dom.Element");
    Object list = element.getMethod("getElementsByTagNameNS", String.class, String.class)
        .invoke(node, namespace, localName);
    Class<?> nodeList = Class.forName("org.w3c.dom.NodeList");
    int n = (Integer) nodeList.getMethod("getLength").invoke(list);
    List<Xml> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Xml(nodeList.getMethod("item", int.class).invoke(list, i)));
    }
    return out;
  }

  private static Object call(String iface, Object target, String method) throws Exception {
    return Class.forName(iface).getMethod(method).invoke(target);
  }
}
