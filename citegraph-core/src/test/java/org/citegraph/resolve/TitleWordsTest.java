package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import org.citegraph.internal.Text;

/** The resolver's title words against the plain definition: fold, split at spaces, drop, cut endings. */
class TitleWordsTest {

  private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "using", "based", "via", "its",
      "are", "into", "over", "under", "on", "towards", "toward", "new", "approach", "study", "analysis");

  /** The definition, word by word. */
  private static String[] reference(String title) {
    List<String> out = new ArrayList<>();
    for (String w : Text.fold(title).split(" ")) {
      if (w.length() < 3 || STOP.contains(w) || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      for (String suffix : new String[] {"ing", "es", "s", "ed"}) {
        if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
          w = w.substring(0, w.length() - suffix.length());
          break;
        }
      }
      out.add(w);
    }
    return out.toArray(new String[0]);
  }

  @Provide
  Arbitrary<String> titles() {
    Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(STOP), Arbitraries.of("learning", "networks", "used",
        "cases", "es", "sing", "abcs", "Über", "ÉTUDES", "3d", "x", "a-b", "gas", "1st", "analyses"),
        Arbitraries.strings().withChars("abcdeginsxyzÀé -.,'").ofMaxLength(9));
    return word.list().ofMaxSize(12).map(ws -> String.join(" ", ws));
  }

  @Property(seed = "42")
  void sameWordsAsTheDefinition(@ForAll("titles") String title) {
    assertArrayEquals(reference(title), AuthorResolver.titleWords(title), title);
  }

  @Property(seed = "42")
  void titleWordsInternedAsSpansAsTheirStringsWould(@ForAll("corpora") List<String> titles) {
    List<String> expectedNames = new ArrayList<>();
    int[][] expected = AuthorResolver.internInParallel(
        titles.stream().map(AuthorResolver::titleWords).toArray(String[][]::new), expectedNames);
    List<String> names = new ArrayList<>();
    int[][] ids = AuthorResolver.internTitleWords(titles, names);
    assertEquals(expectedNames, names);
    assertEquals(expected.length, ids.length);
    for (int p = 0; p < ids.length; p++) {
      assertArrayEquals(expected[p], ids[p], titles.get(p));
    }
  }

  @Provide
  Arbitrary<List<String>> corpora() {
    return titles().list().ofMaxSize(30);
  }

  @Test
  void examples() {
    assertArrayEquals(new String[] {"learn", "network", "graph"},
        AuthorResolver.titleWords("Learning Networks on the Graphs"));
    assertArrayEquals(new String[] {"abc", "def", "ghi"}, AuthorResolver.titleWords("abc def ghi"));
    assertArrayEquals(new String[0], AuthorResolver.titleWords(""));
  }
}
