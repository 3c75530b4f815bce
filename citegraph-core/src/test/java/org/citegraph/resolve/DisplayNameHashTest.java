package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.citegraph.internal.Text;
import org.citegraph.model.PersonName;

/**
 * The resolver looks up report lines by display name only for forms whose display-name hash, computed from the
 * parts, matches one of theirs: the hash must be the display name's own, for every kind of name (empty parts,
 * particles, suffixes, characters beyond Latin-1).
 */
class DisplayNameHashTest {
  @Property(seed = "5", tries = 2000)
  void isTheDisplayNamesHashCode(
      @ForAll @StringLength(max = 12) @Chars({'a', 'B', ' ', '.', '-', 'é', 'ø', '李', 'Ж'}) String given,
      @ForAll @StringLength(max = 6) @Chars({'v', 'a', 'n', ' ', 'D', 'e'}) String particle,
      @ForAll @StringLength(max = 12) @Chars({'z', 'H', 'ü', ' ', '\'', '王', 'q'}) String family,
      @ForAll @StringLength(max = 4) @Chars({'J', 'r', '.', 'I', 'V'}) String suffix) {
    Assume.that(!Text.fold(family.trim()).isEmpty());
    PersonName name = new PersonName(given, particle, family, suffix);
    assertEquals(name.displayName().hashCode(), AuthorResolver.displayNameHash(name), name.displayName());
  }

  @Property(seed = "6", tries = 300)
  void parsedNamesToo(@ForAll @StringLength(min = 1, max = 30)
      @Chars({'a', 'J', ' ', ',', '.', 'v', 'o', 'n', 'd', 'e', 'r', 'I', 'é'}) String written) {
    PersonName name;
    try {
      name = PersonName.parse(written);
    } catch (IllegalArgumentException e) {
      Assume.that(false);
      return;
    }
    assertEquals(name.displayName().hashCode(), AuthorResolver.displayNameHash(name), name.displayName());
  }
}
