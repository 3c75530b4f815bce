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
  /** The keys of version 2 (version 1 folded "Müller" to {@code muller}; version 2 transliterates ü as ue). */
  private static final Map<String, String> VERSION_2 = new LinkedHashMap<>();

  static {
    VERSION_2.put("Alex H. Williams", "alex h williams");
    VERSION_2.put("Williams, Alex H", "alex h williams");
    VERSION_2.put("ALEX H WILLIAMS", "alex h williams");
    VERSION_2.put("Jascha Sohl-Dickstein", "jascha sohldickstein");
    VERSION_2.put("Ludwig van der Berg", "ludwig vanderberg");
    VERSION_2.put("José Ñúñez", "jose nunez");
    VERSION_2.put("İlker Işık", "ilker isik");
    VERSION_2.put("Müller, J.-P.", "j p mueller");
    VERSION_2.put("Hinrich Schuetze", "hinrich schuetze");
    VERSION_2.put("Hinrich Schütze", "hinrich schuetze");
    VERSION_2.put("Martin Luther King Jr.", "martin luther king");
    VERSION_2.put("Plato", "plato");
  }

  @Test
  void keysOfTheReferenceNamesMatchTheirVersion() {
    assertEquals(2, PersonName.KEY_VERSION, "KEY_VERSION changed: record the keys of the new version here");
    TestLocales.underTurkish(() -> VERSION_2.forEach((name, key) ->
        assertEquals(key, PersonName.parse(name).key(), () -> "the key of '" + name + "' changed: raise "
            + "PersonName.KEY_VERSION so that stored snapshot keys are folded again")));
    VERSION_2.forEach((name, key) -> assertEquals(key, PersonName.parse(name).key(), name));
  }
}
