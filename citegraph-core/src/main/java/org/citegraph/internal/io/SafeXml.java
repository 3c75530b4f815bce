package org.citegraph.internal.io;

import java.io.Reader;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place where XML readers get their StAX parser: the JDK's own implementation ({@link
 * XMLInputFactory#newDefaultFactory()}, never a provider found on the class path), configured so that untrusted input
 * cannot make it read files, open network connections or exhaust memory.
 *
 * <ul>
 *   <li>DTD support is off ({@link XMLInputFactory#SUPPORT_DTD}), external entities are off ({@link
 *       XMLInputFactory#IS_SUPPORTING_EXTERNAL_ENTITIES}), entity references are not replaced ({@link
 *       XMLInputFactory#IS_REPLACING_ENTITY_REFERENCES}), no external DTD or schema may be accessed ({@link
 *       XMLConstants#ACCESS_EXTERNAL_DTD}, {@link XMLConstants#ACCESS_EXTERNAL_SCHEMA}) and a resolver that refuses
 *       every entity is installed;
 *   <li>the JDK's processing limits are tightened ({@code jdk.xml.entityExpansionLimit}, {@code
 *       jdk.xml.totalEntitySizeLimit}, {@code jdk.xml.maxGeneralEntitySizeLimit}, {@code
 *       jdk.xml.maxParameterEntitySizeLimit}, {@code jdk.xml.entityReplacementLimit}, {@code
 *       jdk.xml.maxElementDepth}), in case an entity is ever expanded;
 *   <li>readers built on {@link XmlRecordReader} additionally reject any document carrying a {@code <!DOCTYPE>} at
 *       the point it appears, and any record holding an entity reference other than the five predefined ones.
 * </ul>
 */
public final class SafeXml {
  private SafeXml() {}

  /** The element nesting limit; arXiv documents nest fewer than ten levels. */
  public static final int MAX_DEPTH = 64;

  private static final XMLInputFactory FACTORY = newFactory();

  /** A new hardened factory. Package-private for tests. */
  public static XMLInputFactory newFactory() {
    return newFactory(org.citegraph.io.InputLimits.defaults());
  }

  private static final java.util.Map<org.citegraph.io.InputLimits, XMLInputFactory> FACTORIES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A new hardened factory whose element depth and entity-reference count follow the limits.
   *
   * @param limits the limits ({@code maxNestingDepth}, {@code maxEntityReferences})
   * @return the factory
   */
  public static XMLInputFactory newFactory(org.citegraph.io.InputLimits limits) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_VALIDATING, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external entity '" + systemId + "' refused: citegraph never resolves entities");
    });
    optional(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    optional(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    optional(f, "jdk.xml.entityExpansionLimit", "100");
    optional(f, "jdk.xml.totalEntitySizeLimit", Integer.toString(limits.maxEntityReferences()));
    optional(f, "jdk.xml.maxGeneralEntitySizeLimit", Integer.toString(limits.maxEntityReferences()));
    optional(f, "jdk.xml.maxParameterEntitySizeLimit", "10000");
    // Each of the predefined references (&amp;amp;) and character references counts; they expand to one character.
    optional(f, "jdk.xml.entityReplacementLimit", Integer.toString(limits.maxEntityReferences()));
    optional(f, "jdk.xml.maxElementDepth", Integer.toString(Math.min(MAX_DEPTH, limits.maxNestingDepth())));
    return f;
  }

  /** Sets a property the JDK's StAX implementation may not know; a limit it does not know cannot be exceeded. */
  private static void optional(XMLInputFactory f, String name, String value) {
    try {
      f.setProperty(name, value);
    } catch (IllegalArgumentException e) {
      // Not supported by this implementation; the other settings still apply.
    }
  }

  /**
   * A stream reader over text.
   *
   * @throws XMLStreamException if the parser cannot be created
   */
  public static XMLStreamReader open(Reader in) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(in);
  }

  /**
   * A stream reader over text, with the given limits.
   *
   * @param in the text
   * @param limits the limits
   * @return the reader
   * @throws XMLStreamException if the parser cannot be created
   */
  public static XMLStreamReader open(Reader in, org.citegraph.io.InputLimits limits) throws XMLStreamException {
    return FACTORIES.computeIfAbsent(limits, SafeXml::newFactory).createXMLStreamReader(in);
  }

  /** The parser's own message without its "ParseError at [row,col]" prefix. */
  public static String message(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Message:");
    if (i >= 0) {
      m = m.substring(i + "Message:".length());
    }
    return m.strip();
  }

  /** The line of an exception, or {@code fallback} when the parser gives none. */
  public static long line(XMLStreamException e, long fallback) {
    Location loc = e.getLocation();
    return loc != null && loc.getLineNumber() > 0 ? loc.getLineNumber() : Math.max(1, fallback);
  }

  /** "line:column" of a location, for messages. */
  public static String position(Location loc) {
    return loc == null ? "?" : loc.getLineNumber() + ":" + loc.getColumnNumber();
  }

  /** Lower-cases for comparisons, locale-independently. */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
