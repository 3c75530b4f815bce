package org.citegraph.io.arxiv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.common.base.CharMatcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The quick pre-tests of {@link ArxivRecord} answer exactly as the patterns and Guava calls they stand for. */
class ArxivRecordShortcutsTest {
  private static final Pattern COLLABORATION =
      Pattern.compile("(?i)\\b(collaborations?|consortium|team|group|experiment|project)\\b");
  private static final Pattern ET_AL_TAIL = Pattern.compile("(?i)[,;:]?\\s*(et\\.?\\s*al\\.?|and\\s+others)\\s*$");
  private static final Pattern ET_AL_ONLY = Pattern.compile("(?i)^(et\\.?\\s*)?al\\.?$|^et\\.?$|^others$");

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.of("et", "al", "Al", "AL", ".", " ", "  ", "\t", "\n", "\u2028", "\u0085",
        "\u00a0", "\u3000", "others", "OTHERS", "and", ",", ";", ":", "Team", "GROUP", "collaboration", "s", "x",
        "Smith", "\u212a", "\u0130", "consortium", "project", "experiment", "Jr.", "-");
    return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  @Property(seed = "42", tries = 3000)
  void shortcutsAnswerAsThePatterns(@ForAll("texts") String s) {
    assertEquals(COLLABORATION.matcher(s).find(), ArxivRecord.namesCollaboration(s), s);
    assertEquals(ET_AL_ONLY.matcher(s).matches(), ArxivRecord.isEtAlOnly(s), s);
    Matcher m = ET_AL_TAIL.matcher(s);
    Matcher fast = ArxivRecord.etAlTail(s);
    if (m.find()) {
      assertEquals(m.start(), fast == null ? -1 : fast.start(), s);
    } else {
      assertEquals(null, fast, s);
    }
    assertEquals(CharMatcher.whitespace().trimAndCollapseFrom(s, ' '), ArxivRecord.trimAndCollapse(s), s);
  }

  @Property(seed = "7", tries = 1000)
  void collapseAnswersAsGuavaOnAnyText(@ForAll String s) {
    assertEquals(CharMatcher.whitespace().trimAndCollapseFrom(s, ' '), ArxivRecord.trimAndCollapse(s));
  }

  @Provide
  Arbitrary<String> versionDates() {
    Arbitrary<String> day = Arbitraries.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "mon", "Xyz");
    Arbitrary<Integer> dom = Arbitraries.integers().between(0, 32);
    Arbitrary<String> month = Arbitraries.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec", "JAN", "Foo");
    Arbitrary<Integer> year = Arbitraries.integers().between(990, 2030);
    Arbitrary<Integer> hour = Arbitraries.integers().between(0, 25);
    Arbitrary<String> zone = Arbitraries.of(" GMT", " GMT", " UTC", " +0100", "GMT", " GMT ");
    Arbitrary<Boolean> padDay = Arbitraries.of(false, false, true);
    return net.jqwik.api.Combinators.combine(day, dom, month, year, hour, zone, padDay).as(
        (d, dd, m, y, h, z, pad) -> d + ", " + (pad && dd < 10 ? "0" + dd : String.valueOf(dd)) + " " + m + " "
            + (y < 1000 ? "0" + y : String.valueOf(y)) + " " + String.format("%02d:%02d:%02d", h, (h * 7) % 61,
            (h * 13) % 61) + z);
  }

  /** The RFC 1123 date as the formatter reads it, or null where it does not parse. */
  private static java.time.LocalDate rfc1123(String text) {
    try {
      return java.time.ZonedDateTime.parse(text.trim(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
          .withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  @Property(seed = "42", tries = 3000)
  void quickVersionDateAgreesWithTheFormatter(@ForAll("versionDates") String text) {
    java.time.LocalDate quick = ArxivRecord.gmtDate(text);
    if (quick != null) {
      assertEquals(rfc1123(text), quick, text);
    }
  }

  @Property(seed = "42", tries = 300)
  void quickVersionDateReadsTheUsualForm(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20000) int days) {
    java.time.ZonedDateTime t = java.time.LocalDate.of(1991, 1, 1).plusDays(days).atTime(13, 5, 9)
        .atZone(java.time.ZoneOffset.UTC);
    String text = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(t);
    assertEquals(t.toLocalDate(), ArxivRecord.gmtDate(text), text);
  }

  @Provide
  Arbitrary<String> titles() {
    Arbitrary<String> pieces = Arbitraries.of("$", "$x^{2}$", "&amp;", "&eacute;", "\\'e", "{\\o}", "{", "}", "~",
        "\\ss", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "\u3000", "Title", "of", "a", "\u00e9",
        "\u4e2d", "-", "\\");
    return Arbitraries.oneOf(pieces.list().ofMaxSize(10).map(l -> String.join("", l)),
        Arbitraries.strings().all().ofMaxLength(12));
  }

  @Property(seed = "42", tries = 3000)
  void titleShortcutCleansAsTheGeneralPath(@ForAll("titles") String s) {
    assertEquals(ArxivRecord.cleanTitleGeneral(s), ArxivRecord.cleanTitle(s), s);
  }

  @Property(seed = "42", tries = 2000)
  void abstractReadFromTheParserBufferIsCollapsedAsGuava(@ForAll("titles") String s) throws Exception {
    java.io.StringWriter json = new java.io.StringWriter();
    com.fasterxml.jackson.core.JsonFactory factory = new com.fasterxml.jackson.core.JsonFactory();
    try (com.fasterxml.jackson.core.JsonGenerator g = factory.createGenerator(json)) {
      g.writeStartObject();
      g.writeStringField("pad", s);
      g.writeStringField("abstract", s);
      g.writeEndObject();
    }
    byte[] bytes = json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (com.fasterxml.jackson.core.JsonParser p = factory.createParser(bytes)) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      p.nextToken();
      p.nextToken();
      assertEquals("abstract", p.currentName());
      ArxivRecord r = new ArxivRecord(null);
      String expected = new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8),
          java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(CharMatcher.whitespace().trimAndCollapseFrom(expected, ' '), ArxivJson.collapsedText(p, r, "abstract"),
          s);
    }
  }
}
