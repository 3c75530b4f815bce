package org.citegraph.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Locale;

/**
 * Every size limit that input reading enforces, in one place (documented in {@code docs/limits.md}). Untrusted input
 * can be built to exhaust memory or time: a compressed file that expands to one line of gigabytes, a value of
 * millions of characters, JSON nested a million deep, a BibTeX {@code @string} that doubles itself forty times.
 * Each limit bounds one of these; going past it rejects that record (or, where the rest cannot be read, the rest of
 * that file) with an {@link IngestIssue} naming the file, the line and the limit, and lenient reading goes on.
 *
 * <p>Readers take the limits from {@link RecordSink#limits()}. {@link #defaults()} holds the named defaults below,
 * each of which a system property {@code citegraph.limits.<name>} (e.g. {@code
 * -Dcitegraph.limits.maxLineChars=100000000}) can change; {@link #withMaxLineChars} and its siblings give a copy with
 * one limit changed.
 *
 * @param maxLineChars the longest line (for JSON Lines and delimited files: the longest record) in characters
 * @param maxValueChars the longest single value (a JSON string, an XML text node, a BibTeX or RIS field, a
 *     delimited field) in characters
 * @param maxNestingDepth the deepest nesting of JSON arrays and objects or XML elements
 * @param maxAuthorsPerPaper the most authors one record may list
 * @param maxMacroChars the most characters all BibTeX {@code @string} macros of one file may expand to, together
 * @param maxEntityReferences the most entity references ({@code &amp;amp;}, {@code &amp;#233;}) one XML document
 *     may hold
 */
public record InputLimits(int maxLineChars, int maxValueChars, int maxNestingDepth, int maxAuthorsPerPaper,
    int maxMacroChars, int maxEntityReferences) {

  /** Default {@link #maxLineChars}: 64 Mi characters (the longest unarXive line, with full text, is about 2 M). */
  public static final int DEFAULT_MAX_LINE_CHARS = 64 << 20;
  /** Default {@link #maxValueChars}: 16 Mi characters (a full text body is about 1 M). */
  public static final int DEFAULT_MAX_VALUE_CHARS = 16 << 20;
  /** Default {@link #maxNestingDepth}: 100 (the formats read nest fewer than ten levels). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 100;
  /** Default {@link #maxAuthorsPerPaper}: 10,000 (the longest real author lists, of LHC papers, hold about 5,200). */
  public static final int DEFAULT_MAX_AUTHORS_PER_PAPER = 10_000;
  /** Default {@link #maxMacroChars}: 1 Mi characters (real {@code @string} tables hold a few kilobytes). */
  public static final int DEFAULT_MAX_MACRO_CHARS = 1 << 20;
  /**
   * Default {@link #maxEntityReferences}: 100 million per document. The five predefined references and character
   * references stand for one character each (user-defined entities are always refused), so this bounds work, not
   * memory; an OAI-PMH page holds a few thousand.
   */
  public static final int DEFAULT_MAX_ENTITY_REFERENCES = 100_000_000;

  /** The prefix of the system properties that change a default, e.g. {@code citegraph.limits.maxLineChars}. */
  public static final String PROPERTY_PREFIX = "citegraph.limits.";

  private static final InputLimits DEFAULTS = new InputLimits(
      property("maxLineChars", DEFAULT_MAX_LINE_CHARS),
      property("maxValueChars", DEFAULT_MAX_VALUE_CHARS),
      property("maxNestingDepth", DEFAULT_MAX_NESTING_DEPTH),
      property("maxAuthorsPerPaper", DEFAULT_MAX_AUTHORS_PER_PAPER),
      property("maxMacroChars", DEFAULT_MAX_MACRO_CHARS),
      property("maxEntityReferences", DEFAULT_MAX_ENTITY_REFERENCES));

  /**
   * Validates that every limit is positive.
   *
   * @param maxLineChars the longest line or delimited record, in characters
   * @param maxValueChars the longest single value, in characters
   * @param maxNestingDepth the deepest nesting of JSON arrays and objects or XML elements
   * @param maxAuthorsPerPaper the most authors one record may list
   * @param maxMacroChars the most characters the BibTeX {@code @string} macros of one file may expand to
   * @param maxEntityReferences the most entity references one XML document may hold
   * @throws IllegalArgumentException naming the limit that is not
   */
  public InputLimits {
    positive("maxLineChars", maxLineChars);
    positive("maxValueChars", maxValueChars);
    positive("maxNestingDepth", maxNestingDepth);
    positive("maxAuthorsPerPaper", maxAuthorsPerPaper);
    positive("maxMacroChars", maxMacroChars);
    positive("maxEntityReferences", maxEntityReferences);
  }

  /**
   * The default limits: the {@code DEFAULT_*} constants, each replaced by its system property {@code
   * citegraph.limits.<name>} when that was set (read once, when this class is loaded).
   *
   * @return the default limits
   */
  public static InputLimits defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another line limit.
   *
   * @param chars the new {@link #maxLineChars}, positive
   * @return a new limits record with this one limit changed and the others kept
   * @throws IllegalArgumentException if the new limit is not positive
   */
  public InputLimits withMaxLineChars(int chars) {
    return new InputLimits(chars, maxValueChars, maxNestingDepth, maxAuthorsPerPaper, maxMacroChars,
        maxEntityReferences);
  }

  /**
   * A copy with another value limit.
   *
   * @param chars the new {@link #maxValueChars}, positive
   * @return a new limits record with this one limit changed and the others kept
   * @throws IllegalArgumentException if the new limit is not positive
   */
  public InputLimits withMaxValueChars(int chars) {
    return new InputLimits(maxLineChars, chars, maxNestingDepth, maxAuthorsPerPaper, maxMacroChars,
        maxEntityReferences);
  }

  /**
   * A copy with another nesting limit.
   *
   * @param depth the new {@link #maxNestingDepth}, positive
   * @return a new limits record with this one limit changed and the others kept
   * @throws IllegalArgumentException if the new limit is not positive
   */
  public InputLimits withMaxNestingDepth(int depth) {
    return new InputLimits(maxLineChars, maxValueChars, depth, maxAuthorsPerPaper, maxMacroChars,
        maxEntityReferences);
  }

  /**
   * A copy with another author limit.
   *
   * @param authors the new {@link #maxAuthorsPerPaper}, positive
   * @return a new limits record with this one limit changed and the others kept
   * @throws IllegalArgumentException if the new limit is not positive
   */
  public InputLimits withMaxAuthorsPerPaper(int authors) {
    return new InputLimits(maxLineChars, maxValueChars, maxNestingDepth, authors, maxMacroChars,
        maxEntityReferences);
  }

  /**
   * A copy with another macro limit.
   *
   * @param chars the new {@link #maxMacroChars}, positive
   * @return a new limits record with this one limit changed and the others kept
   * @throws IllegalArgumentException if the new limit is not positive
   */
  public InputLimits withMaxMacroChars(int chars) {
    return new InputLimits(maxLineChars, maxValueChars, maxNestingDepth, maxAuthorsPerPaper, chars,
        maxEntityReferences);
  }

  /**
   * A copy with another entity-reference limit.
   *
   * @param references the new {@link #maxEntityReferences}, positive
   * @return a new limits record with this one limit changed and the others kept
   * @throws IllegalArgumentException if the new limit is not positive
   */
  public InputLimits withMaxEntityReferences(int references) {
    return new InputLimits(maxLineChars, maxValueChars, maxNestingDepth, maxAuthorsPerPaper, maxMacroChars,
        references);
  }

  /**
   * The words that name a limit in a message, e.g. {@code "the limit maxValueChars = 16777216 (raise it with
   * -Dcitegraph.limits.maxValueChars=...)"}.
   *
   * @param name the limit's name, e.g. {@code maxValueChars}
   * @param value its value
   * @return the phrase
   */
  public static String describe(String name, long value) {
    return "the limit " + name + " = " + value + " (see docs/limits.md; raise it with -D" + PROPERTY_PREFIX + name
        + "=...)";
  }

  private static void positive(String name, int value) {
    checkArgument(value > 0, "%s must be positive, got %s", name, value);
  }

  private static int property(String name, int fallback) {
    String v = System.getProperty(PROPERTY_PREFIX + name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip().replace("_", "").toLowerCase(Locale.ROOT));
      positive(name, n);
      return n;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("System property " + PROPERTY_PREFIX + name + "='" + v + "' is not a "
          + "positive whole number (expected e.g. -D" + PROPERTY_PREFIX + name + "=" + fallback + ")", e);
    }
  }
}
