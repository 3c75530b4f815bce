package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.citegraph.model.PersonName;

/** {@link NameKeys} computes exactly what {@link PersonName} computes, and the keyed compatibility agrees. */
class NameKeysTest {

  @Provide
  Arbitrary<PersonName> names() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("A.", "A", "Alex", "H.", "J", "Jean-Luc", "O'Neil", "\u00c9mile", "Li", "Lei", "A.H.", "\u0130",
            "\u0141", "x", "Ma\u00dfe"),
        Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars('.', '-', '\'', '\u00e9')
            .ofMinLength(1).ofMaxLength(6));
    Arbitrary<String> given = token.list().ofMaxSize(3).map(l -> String.join(" ", l));
    Arbitrary<String> particle = Arbitraries.of("", "", "de", "van der");
    Arbitrary<String> family = Arbitraries.of("Williams", "Zhang", "Sohl-Dickstein", "M\u00fcller", "Mueller", "O'Brien",
        "Berg", "\u0141\u00f3d\u017a");
    Arbitrary<String> suffix = Arbitraries.of("", "", "", "Jr.", "Jr", "jr", "III", ".");
    return Combinators.combine(given, particle, family, suffix).as(PersonName::new);
  }

  @Property(seed = "42", tries = 2000)
  void keysEqualThoseOfTheName(@ForAll("names") PersonName n) {
    NameKeys k = NameKeys.of(n);
    assertEquals(n.key(), k.key);
    assertEquals(n.blockKey(), k.blockKey);
    assertEquals(n.familyKey(), k.familyKey);
    assertEquals(n.specificity(), k.specificity);
  }

  @Property(seed = "42", tries = 2000)
  void keyedCompatibilityEqualsCompatibilityOfNames(@ForAll("names") PersonName a, @ForAll("names") PersonName b) {
    assertEquals(NameMatching.compatible(a, b), NameMatching.compatible(NameKeys.of(a), NameKeys.of(b)));
  }
}
