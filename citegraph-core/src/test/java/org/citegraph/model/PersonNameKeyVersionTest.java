package org.citegraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.citegraph.TestLocales;
import org.junit.jupiter.api.Test;

/**
 * {@link PersonName#KEY_VERSION} guards the keys that snapshots store: when {@link PersonName#key()} gives another
 * key for one of these names, raise {@code KEY_VERSION} and record the new keys here under it, so that snapshots
 * written before the change have their keys folded again instead of trusted.
 */
class PersonNameKeyVersionTest {
  /** The keys of version 1. */
  private static final Map<String, String> VERSION_1 = new LinkedHashMap<>();

  static {
    VERSION_1.put("Alex H. Williams", "alex h williams");
    VERSION_1.put("Williams, Alex H", "alex h williams");
    VERSION_1.put("ALEX H WILLIAMS", "alex h williams");
    VERSION_1.put("Jascha Sohl-Dickstein", "jascha sohldickstein");
    VERSION_1.put("Ludwig van der Berg", "ludwig vanderberg");
    VERSION_1.put("José Ñúñez", "jose nunez");
    VERSION_1.put("İlker Işık", "ilker isik");
    VERSION_1.put("Müller, J.-P.", "j p muller");
    VERSION_1.put("Martin Luther King Jr.", "martin luther king");
    VERSION_1.put("Plato", "plato");
  }

  @Test
  void keysOfTheReferenceNamesMatchTheirVersion() {
    assertEquals(1, PersonName.KEY_VERSION, "KEY_VERSION changed: record the keys of the new version here");
    TestLocales.underTurkish(() -> VERSION_1.forEach((name, key) ->
        assertEquals(key, PersonName.parse(name).key(), () -> "the key of '" + name + "' changed: raise "
            + "PersonName.KEY_VERSION so that stored snapshot keys are folded again")));
    VERSION_1.forEach((name, key) -> assertEquals(key, PersonName.parse(name).key(), name));
  }
}
