package org.citegraph.internal.io;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.citegraph.io.InputLimits;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The JSON readers' parser factories, one per set of {@link InputLimits} (nesting depth and string length from the
 * limits; numbers of at most {@value #MAX_NUMBER_CHARS} digits, field names of at most {@value #MAX_NAME_CHARS}
 * characters), and the position of a parse error, which Jackson may not know.
 */
public final class Json {
  private Json() {}

  /** The longest number read, in characters (Jackson's default). */
  public static final int MAX_NUMBER_CHARS = 1000;
  /** The longest field name read, in characters (Jackson's default). */
  public static final int MAX_NAME_CHARS = 50_000;

  private static final Map<InputLimits, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

  /**
   * A thread-safe factory whose parsers enforce the limits.
   *
   * @param limits the limits
   * @return the factory
   */
  public static JsonFactory factory(InputLimits limits) {
    return FACTORIES.computeIfAbsent(limits, l -> JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(l.maxNestingDepth())
            .maxStringLength(l.maxValueChars())
            .maxNumberLength(MAX_NUMBER_CHARS)
            .maxNameLength(MAX_NAME_CHARS)
            .build())
        .build());
  }

  /**
   * The column of a parse error, or {@code ?} when the parser gives none (a limit exceeded has no location).
   *
   * @param e the error
   * @return the column, for messages
   */
  public static String column(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    return loc == null || loc.getColumnNr() < 0 ? "?" : Integer.toString(loc.getColumnNr());
  }

  /**
   * The line of a parse error relative to the parser's input, or {@code fallback} when the parser gives none.
   *
   * @param e the error
   * @param fallback the line to use without a location
   * @return the 1-based line
   */
  public static long line(JsonProcessingException e, long fallback) {
    JsonLocation loc = e.getLocation();
    return loc == null || loc.getLineNr() < 1 ? Math.max(1, fallback) : loc.getLineNr();
  }

  /**
   * The parser's message, with the limit named when a limit was exceeded.
   *
   * @param e the error
   * @return the message
   */
  public static String message(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
      return m + " (a limit: see docs/limits.md, maxNestingDepth and maxValueChars)";
    }
    return m;
  }
}
