package org.citegraph.resolve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import org.citegraph.model.PersonName;

/** {@link FirstSeenIds} against numbering through a {@link HashMap}, also when every hash collides. */
class FirstSeenIdsTest {

  @Property(seed = "42")
  void numbersLikeAHashMapInItemOrder(@ForAll @Size(max = 400) List<@StringLength(max = 3) String> items,
      @ForAll @IntRange(min = 0, max = 2) int hashing, @ForAll @IntRange(min = 0, max = 3) int partsLog) {
    // hashing 0: the real hash; 1: every item the same hash (all collide); 2: two hash classes. Parts 1, 2, 4, 8.
    FirstSeenIds ids = FirstSeenIds.of(items.size(), items::get, i -> hashing == 0 ? FirstSeenIds.hash(items.get(i))
        : hashing == 1 ? 7L : items.get(i).length() % 2, 1 << partsLog);
    Map<String, Integer> expected = new HashMap<>();
    List<Integer> firsts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Integer id = expected.putIfAbsent(items.get(i), expected.size());
      if (id == null) {
        firsts.add(i);
      }
      assertEquals(expected.get(items.get(i)), ids.ids[i], "item " + i + " '" + items.get(i) + "'");
    }
    assertEquals(expected.size(), ids.count());
    assertArrayEquals(firsts.stream().mapToInt(Integer::intValue).toArray(), ids.firsts);
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      long h = hashing == 0 ? FirstSeenIds.hash(e.getKey()) : hashing == 1 ? 7L : e.getKey().length() % 2;
      assertEquals(e.getValue(), ids.find(e.getKey(), h));
    }
    String absent = "absent-" + items.size();
    assertEquals(-1, ids.find(absent, hashing == 0 ? FirstSeenIds.hash(absent) : 7L));
  }

  @Property(seed = "42")
  void itemsComparedInPlaceNumberAsTheirStrings(@ForAll @Size(max = 200) List<@StringLength(max = 3) String> items,
      @ForAll boolean collide, @ForAll @IntRange(min = 0, max = 3) int partsLog) {
    // The items as spans of one text, hashed and compared in place (every hash the same when collide).
    String text = String.join("", items);
    int[] from = new int[items.size() + 1];
    for (int i = 0; i < items.size(); i++) {
      from[i + 1] = from[i] + items.get(i).length();
      assertEquals(FirstSeenIds.hash(items.get(i)), FirstSeenIds.hash(text, from[i], from[i + 1]));
    }
    long[] hashes = new long[items.size()];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = collide ? 7L : FirstSeenIds.hash(text, from[i], from[i + 1]);
    }
    FirstSeenIds inPlace = FirstSeenIds.of(i -> text.substring(from[i], from[i + 1]), hashes,
        (i, j) -> from[i + 1] - from[i] == from[j + 1] - from[j]
            && text.regionMatches(from[i], text, from[j], from[i + 1] - from[i]), 1 << partsLog);
    FirstSeenIds byStrings = FirstSeenIds.of(items.size(), items::get, i -> FirstSeenIds.hash(items.get(i)));
    assertArrayEquals(byStrings.ids, inPlace.ids);
    assertArrayEquals(byStrings.firsts, inPlace.firsts);
  }

  @Property(seed = "42")
  void namesHashedInRunsAsOneByOne(@ForAll @Size(max = 70) List<@StringLength(min = 1, max = 3) String> families) {
    PersonName[] names = new PersonName[families.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = new PersonName(i % 3 == 0 ? "" : "Ab", i % 5 == 0 ? "van" : "", families.get(i) + "x",
          i % 7 == 0 ? "Jr." : "");
    }
    long[] h = FirstSeenIds.hashNames(names);
    assertEquals(names.length, h.length);
    for (int i = 0; i < names.length; i++) {
      assertEquals(FirstSeenIds.hash(names[i]), h[i], names[i].toString());
    }
  }

  @Property(seed = "42")
  void nameHashTellsPartsApart(@ForAll @StringLength(max = 4) String a, @ForAll @StringLength(max = 4) String b) {
    // The same characters split differently between the parts are different names with different hashes.
    PersonName one = new PersonName(a + b, "", "x", "");
    PersonName two = new PersonName(a, "", b + "x", "");
    if (!one.equals(two)) {
      assertNotEquals(FirstSeenIds.hash(one), FirstSeenIds.hash(two));
    }
    assertEquals(FirstSeenIds.hash(one), FirstSeenIds.hash(new PersonName(a + b, "", "x", "")));
  }
}
