package org.citegraph.io;

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
}
