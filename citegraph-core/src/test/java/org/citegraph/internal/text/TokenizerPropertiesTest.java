package org.citegraph.internal.text;

import org.citegraph.TestLocales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TokenizerPropertiesTest {

  private final Tokenizer tokenizer = Tokenizer.english();

  /** Text mixing Turkish-sensitive letters, accents, hyphens, apostrophes, digits, punctuation and LaTeX. */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("INTELLIGENCE", "intelligence", "İzmir", "ıI", "TITLE", "Optimizers", "STRATEGIES",
            "meta-learning", "don't", "network's", "the", "AND", "2012", "x", "Erdős", "ﬁne", "Ⅳ", "~\\citep{a}",
            "$x^2$", "\\emph{DEEP}", "https://example.org/I", "--", ",", ".", "(", ")", "'", "-", " "),
        Arbitraries.strings().withChars("IiİıAaEeSs-' .,0123456789").ofMaxLength(12));
    return pieces.list().ofMaxSize(20).map(l -> String.join(" ", l));
  }

  @Property(seed = "42")
  void tokensDoNotDependOnTheDefaultLocale(@ForAll("texts") String text) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      List<List<String>> root = tokenizer.segments(text);
      Locale.setDefault(new Locale("tr", "TR"));
      List<List<String>> turkish = tokenizer.segments(text);
      assertEquals(root, turkish);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Property(seed = "42")
  void caseDoesNotMatterForAsciiText(@ForAll("asciiTexts") String text) {
    TestLocales.underTurkish(() -> {
      assertEquals(tokenizer.tokenize(text.toLowerCase(Locale.ROOT)),
          tokenizer.tokenize(text.toUpperCase(Locale.ROOT)));
    });
  }

  @Provide
  Arbitrary<String> asciiTexts() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzI -.,").ofMaxLength(60);
  }

  @Property(seed = "42")
  void everyTokenIsAFoldedStemmedContentWord(@ForAll("texts") String text) {
    for (String token : tokenizer.tokenize(text)) {
      assertTrue(token.length() >= 2, token);
      assertTrue(token.chars().anyMatch(Character::isLetter), token);
      assertFalse(token.chars().anyMatch(Character::isWhitespace), token);
      assertFalse(tokenizer.isStopWord(token), token);
      assertEquals(token.toLowerCase(Locale.ROOT), token);
      assertEquals(Tokenizer.stem(token), token, "tokens are already stemmed");
      assertFalse(token.startsWith("-") || token.endsWith("-"), token);
    }
  }

  @Provide
  Arbitrary<String> words() {
    Arbitrary<String> stems = Arbitraries.strings().withChars("abceiosuxyzh").ofMinLength(0).ofMaxLength(7);
    Arbitrary<String> suffixes = Arbitraries.of("", "s", "es", "ies", "sses", "ches", "shes", "xes", "ics", "us",
        "is", "ss", "ys", "ses", "zzes", "i", "a", "en");
    return Combinators.combine(stems, suffixes).as((s, x) -> s + x);
  }

  @Property(seed = "42")
  void stemmingIsIdempotent(@ForAll("words") String word) {
    String once = Tokenizer.stem(word);
    assertEquals(once, Tokenizer.stem(once));
    assertTrue(once.length() >= word.length() - 3, "stemming removes at most a short suffix: " + word + " -> " + once);
  }

  @Property(seed = "42")
  void asciiFastPathFoldsLikeTheUnicodePath(@ForAll("asciiWords") String word) {
    assertEquals(Tokenizer.foldParts(word), Tokenizer.foldAscii(word));
  }

  @Provide
  Arbitrary<String> asciiWords() {
    return Arbitraries.strings().withChars("aZz09-'Ab").ofMaxLength(10);
  }
}
