package org.citegraph.internal.text;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random small corpora over a small content vocabulary, so that documents share terms and phrases recur. */
final class Corpora {
  private Corpora() {}

  static final List<String> WORDS = List.of("graph", "kernel", "neuron", "retina", "optimizer", "tensor",
      "protein", "galaxy", "quantum", "spline", "lattice", "vortex", "learned", "recurrent");

  /** Words, punctuation and stop words, joined into one text. */
  static Arbitrary<String> texts(int maxWords) {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, Arbitraries.of(WORDS)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(".", ",", "the", "of", "2019")));
    return piece.list().ofMaxSize(maxWords).map(l -> String.join(" ", l));
  }

  static Arbitrary<TermVectors.Document> documents() {
    return Combinators.combine(texts(4), texts(25)).as(TermVectors.Document::new);
  }

  static Arbitrary<List<TermVectors.Document>> corpora() {
    return documents().list().ofMinSize(1).ofMaxSize(25);
  }
}
