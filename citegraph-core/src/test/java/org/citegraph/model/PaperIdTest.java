package org.citegraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link PaperId} factories: the regex-free fast paths must agree with the regular expressions they replace. */
class PaperIdTest {

  private static final Pattern OLD_VERSION = Pattern.compile("v\\d+$");
  private static final Pattern OLD_NEW_STYLE = Pattern.compile("\\d{4}\\.\\d{4,5}");
  private static final Pattern OLD_ARXIV_OLD = Pattern.compile("[a-z-]+(\\.[A-Z]{2})?/\\d{7}");

  @Test
  void arxivIdsLoseVersionAndPrefix() {
    assertEquals("1703.04813", PaperId.arxiv("1703.04813v2").value());
    assertEquals("1703.04813", PaperId.arxiv(" arXiv:1703.04813v12 ").value());
    assertEquals("hep-th/9901001", PaperId.arxiv("hep-th/9901001v1").value());
    assertEquals("math.AG/0101001", PaperId.arxiv("math.AG/0101001").value());
    assertThrows(IllegalArgumentException.class, () -> PaperId.arxiv("1703.048"));
    assertThrows(IllegalArgumentException.class, () -> PaperId.arxiv("1703.04813v"));
    assertThrows(IllegalArgumentException.class, () -> PaperId.arxiv("v2"));
    assertThrows(IllegalArgumentException.class, () -> new PaperId(PaperId.Scheme.ARXIV, "1703x04813"));
    assertThrows(IllegalArgumentException.class, () -> new PaperId(PaperId.Scheme.ARXIV, "1703.0481３"));
  }

  @Test
  void doisLoseTheirPrefixesAndCase() {
    assertEquals("10.1000/xyz", PaperId.doi("https://doi.org/10.1000/XYZ").value());
    assertEquals("10.1000/xyz", PaperId.doi("http://dx.doi.org/10.1000/xyz").value());
    assertEquals("10.1000/xyz", PaperId.doi("DOI:10.1000/xyz").value());
    assertEquals("10.1000/doi:x", PaperId.doi(" 10.1000/DOI:x ").value());
    assertThrows(IllegalArgumentException.class, () -> PaperId.doi("https://example.org/10.1000/x"));
  }

  @Test
  void openAlexAndSemanticScholarIds() {
    assertEquals("W2741809807", PaperId.openAlex("https://openalex.org/w2741809807").value());
    assertThrows(IllegalArgumentException.class, () -> PaperId.openAlex("X123"));
    assertEquals("649def34f8be52c8b66281af98ae884c09aef38b",
        PaperId.semanticScholar("649DEF34F8BE52C8B66281AF98AE884C09AEF38B").value());
    assertEquals("CorpusId:1234", PaperId.semanticScholar("CorpusId:1234").value());
    assertThrows(IllegalArgumentException.class, () -> PaperId.semanticScholar("CorpusId:x"));
  }

  /** The former implementation: regex version stripping and regex validation. */
  private static String oldArxiv(String id) {
    String v = id.trim();
    if (v.regionMatches(true, 0, "arxiv:", 0, 6)) {
      v = v.substring(6);
    }
    v = OLD_VERSION.matcher(v).replaceFirst("");
    if (v.isBlank() || !(OLD_NEW_STYLE.matcher(v).matches() || OLD_ARXIV_OLD.matcher(v).matches())) {
      return null;
    }
    return v;
  }

  @Property(seed = "42", tries = 2000)
  void arxivAgreesWithTheRegexImplementation(@ForAll("arxivLike") String id) {
    String expected = oldArxiv(id);
    String actual;
    try {
      actual = PaperId.arxiv(id).value();
    } catch (IllegalArgumentException e) {
      actual = null;
    }
    assertEquals(expected, actual, id);
  }

  @Provide
  Arbitrary<String> arxivLike() {
    return Arbitraries.strings().withChars("0123456789.v/-abAB ").ofMinLength(0).ofMaxLength(16)
        .injectDuplicates(0.0)
        .edgeCases(c -> c.add("1703.04813v2"))
        .map(s -> s.toLowerCase(Locale.ROOT).equals(s) && s.length() > 3 && s.hashCode() % 3 == 0 ? "arXiv:" + s : s);
  }

  @Property(seed = "42", tries = 500)
  void wellFormedNewStyleIdsRoundTrip(@ForAll("newStyle") String id) {
    assertEquals(id, PaperId.arxiv(id + "v3").value());
    assertEquals(PaperId.arxiv(id), PaperId.parse(PaperId.arxiv(id).toString()));
  }

  @Provide
  Arbitrary<String> newStyle() {
    return Arbitraries.integers().between(0, 9999).flatMap(yymm -> Arbitraries.integers().between(0, 99999)
        .map(num -> String.format(Locale.ROOT, "%04d.%0" + (num > 9999 ? 5 : 4) + "d", yymm, num)));
  }
}
