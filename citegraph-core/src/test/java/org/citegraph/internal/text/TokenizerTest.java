package org.citegraph.internal.text;

import org.citegraph.TestLocales;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

  private final Tokenizer tokenizer = Tokenizer.english();

  @ParameterizedTest
  @CsvSource({
      "optimizers, optimizer", "networks, network", "strategies, strategy", "analysis, analysis",
      "dynamics, dynamics", "gaussian, gaussian", "processes, process", "approaches, approach",
      "matrices, matrix", "stimuli, stimulus", "topics, topic", "series, series", "bias, bias", "biases, bias",
      "losses, loss", "loss, loss", "classes, class", "caches, cache", "ties, tie", "movies, movie",
      "corpus, corpus", "physics, physics", "rnns, rnn", "cases, case", "boxes, box", "meshes, mesh",
      "hypotheses, hypothesis", "hand-designed, hand-designed", "meta-learners, meta-learner",
      "children, child", "gas, gas", "its, its", "days, day", "previous, previous"})
  void stemsPluralsLightly(String word, String stem) {
    assertEquals(stem, Tokenizer.stem(word));
  }

  @Test
  void dropsStopWordsScholarlyWordsNumbersAndSingleLetters() {
    assertEquals(List.of("deep", "network"),
        tokenizer.tokenize("In this paper we propose a new method using deep networks, and show results."));
    assertEquals(List.of("resnet50", "trained", "imagenet", "reach", "top-5", "accuracy"),
        tokenizer.tokenize("ResNet50 trained on ImageNet 2012 reaches 90% top-5 accuracy (x 3)."));
    assertEquals(List.of(), tokenizer.tokenize("The 2012-2013 results of a b c in the 1990s"));
    assertEquals(List.of(), tokenizer.tokenize(null));
    assertEquals(List.of(), tokenizer.tokenize("   "));
  }

  @Test
  void removesLatexCitationsMathAndUrls() {
    String text = "performance exceeding that of Adam~\\citep{kingma2014adam} on specific tasks "
        + "\\citep{metz2019understanding}. The loss $\\mathcal{L}(\\theta) = x^2$ has a \\emph{smooth} gradient "
        + "\\cite[p.~3]{smith}. See https://github.com/brain-research/guided-evolutionary-strategies for a demo.";
    List<String> tokens = tokenizer.tokenize(text);
    assertEquals(List.of("performance", "exceeding", "adam", "specific", "task", "loss", "smooth", "gradient",
        "demo"), tokens);
  }

  @Test
  void removesBareUrlsAndEmailAddresses() {
    assertEquals(List.of("code", "contact"),
        tokenizer.tokenize("Code at WWW.Example.org/repo-name, contact first.last@uni-x.edu."));
    assertEquals(List.of(List.of("code"), List.of("release")),
        tokenizer.segments("code ftp://host/x release"));
  }

  @Test
  void decodesEntitiesAndAccents() {
    assertEquals(List.of("schrodinger", "bridge"), tokenizer.tokenize("Schr&ouml;dinger bridges"));
    assertEquals(List.of("schrodinger", "bridge"), tokenizer.tokenize("Schr\\\"{o}dinger bridges"));
    assertEquals(List.of("frechet", "renyi", "distance"), tokenizer.tokenize("Fréchet–Rényi distances"));
  }

  @Test
  void keepsHyphenatedCompoundsAndStripsPossessives() {
    assertEquals(List.of("meta-training", "hand-designed", "optimizer"),
        tokenizer.tokenize("the meta-training of hand-designed optimizers"));
    assertEquals(List.of("network", "output"), tokenizer.tokenize("the network's output"));
    assertEquals(List.of("outer-training"), tokenizer.tokenize("(or `outer-training')"));
  }

  @Test
  void segmentsBreakAtPunctuationStopWordsAndNumbers() {
    assertEquals(List.of(List.of("learned", "optimizer"), List.of("recurrent", "network"),
            List.of("neural", "network")),
        tokenizer.segments("learned optimizers, recurrent networks and the neural network"));
    assertEquals(List.of(List.of("contextual", "processing"), List.of("future", "input")),
        tokenizer.segments("contextual processing--future inputs"));
    assertEquals(List.of(List.of("layer"), List.of("unit")), tokenizer.segments("layer 12 unit"));
    assertEquals(List.of(List.of("deep", "network")), tokenizer.segments("deep network"));
  }

  @Test
  void tokenizeIsTheConcatenationOfSegments() {
    String text = "Encoder-decoder networks with attention have proven to be a powerful way to solve many "
        + "sequence-to-sequence tasks; attention aligns encoder and decoder states.";
    List<String> flat = tokenizer.segments(text).stream().flatMap(List::stream).toList();
    assertEquals(tokenizer.tokenize(text), flat);
    assertTrue(flat.contains("sequence-to-sequence"));
  }

  @Test
  void independentOfTurkishDefaultLocale() {
    TestLocales.underTurkish(() -> {
      assertEquals(List.of("intelligence"), tokenizer.tokenize("INTELLIGENCE"));
      assertEquals(tokenizer.tokenize("intelligence"), tokenizer.tokenize("INTELLIGENCE"));
      assertEquals(List.of("artificial", "intelligence"), tokenizer.tokenize("THIS IS ARTIFICIAL INTELLIGENCE"));
      assertEquals(List.of("istanbul", "optimizer"), tokenizer.tokenize("İSTANBUL OPTIMIZERS"));
    });
  }

  @Test
  void customStopWordsAreFolded() {
    Tokenizer custom = Tokenizer.withStopWords(List.of("Deep", "Don't"));
    assertEquals(List.of("network", "the"), custom.tokenize("deep networks don't the"));
    assertTrue(custom.isStopWord("dont"));
    assertFalse(custom.isStopWord("network"));
  }

  @Test
  void defaultStopListHasSmartAndScholarlyWords() {
    for (String w : List.of("the", "however", "whereas", "paper", "propose", "show", "result", "method",
        "approach", "using", "based", "new", "work", "dont", "state-of-the-art")) {
      assertTrue(tokenizer.isStopWord(w), w);
    }
    for (String w : List.of("optimizer", "network", "retina", "learning", "gradient", "neural")) {
      assertFalse(tokenizer.isStopWord(w), w);
    }
    assertTrue(Tokenizer.defaultStopWords().size() > 500);
  }
}
