package org.citegraph.io.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.citegraph.model.PersonName;
import org.junit.jupiter.api.Test;

/** Author-list parsing shared by the readers. */
class AuthorListsTest {

  @Test
  void displayListWithEtAlAndAffiliations() {
    var r = AuthorLists.parseDisplayList("Luke Metz, C. Daniel Freeman, James Harrison et al. \u00b7 anthropic, deepmind");
    assertTrue(r.ok());
    assertEquals(3, r.value().names().size());
    assertFalse(r.value().complete());
    assertEquals(List.of("anthropic", "deepmind"), r.value().affiliations());
  }

  @Test
  void truncationMarkers() {
    for (String tail : List.of(" et al.", " et al", ", et al.", " and others", " ET AL.")) {
      var r = AuthorLists.parseDisplayList("Luke Metz, Niru Maheswaranathan" + tail);
      assertTrue(r.ok(), tail);
      assertFalse(r.value().complete(), tail);
      assertEquals(2, r.value().names().size(), tail);
    }
    var complete = AuthorLists.parseDisplayList("Niru Maheswaranathan and David Sussillo");
    assertTrue(complete.value().complete());
    assertEquals(PersonName.parse("David Sussillo"), complete.value().names().get(1));
  }

  @Test
  void lastFirstPairs() {
    var r = AuthorLists.parseLastFirstPairs("de Freitas, Nando, Sohl-Dickstein, Jascha, Colmenarejo, Sergio Gomez");
    assertTrue(r.ok());
    assertEquals(List.of(PersonName.parse("Nando de Freitas"), PersonName.parse("Jascha Sohl-Dickstein"),
        PersonName.fromLastFirst("Colmenarejo", "Sergio Gomez")), r.value());
    assertFalse(AuthorLists.parseLastFirstPairs("Smith, John, Doe").ok());
    assertTrue(AuthorLists.parseLastFirstPairs("Smith, John, Doe").error().contains("'Doe'"));
  }

  @Test
  void authorListShape() {
    assertTrue(AuthorLists.looksLikeLastFirstList("McIntosh, Lane T., Maheswaranathan, Niru, de Freitas, Nando"));
    assertTrue(AuthorLists.looksLikeLastFirstList("M{\\\"u}ller, Hans, Daum&eacute; III, Hal"));
    assertFalse(AuthorLists.looksLikeLastFirstList("Learned Optimizers that Scale and Generalize"));
    assertFalse(AuthorLists.looksLikeLastFirstList(
        "Tasks, stability, architecture, and compute: Training more effective learned optimizers"));
    assertFalse(AuthorLists.looksLikeLastFirstList("Maheswaranathan, Niru, Nayebi"));
  }

  @Test
  void ownerMatching() {
    PersonName owner = PersonName.parse("Niru Maheswaranathan");
    assertTrue(AuthorLists.mayBeSamePerson(owner, PersonName.parse("Maheswaranathan, Niru")));
    assertTrue(AuthorLists.mayBeSamePerson(owner, PersonName.parse("N. Maheswaranathan")));
    assertTrue(AuthorLists.mayBeSamePerson(owner, PersonName.parse("NIRU MAHESWARANATHAN")));
    assertFalse(AuthorLists.mayBeSamePerson(owner, PersonName.parse("P. Maheswaranathan")));
    assertFalse(AuthorLists.mayBeSamePerson(owner, PersonName.parse("Niru Mahesh")));
    assertEquals(1, AuthorLists.indexOfOwner(
        List.of(PersonName.parse("Luke Metz"), PersonName.parse("N Maheswaranathan")), owner));
  }

  @Test
  void proseIsNotAnAuthorList() {
    assertFalse(AuthorLists.parseLastFirstPairs("In this work, we study RNNs, trained on 3 tasks, and more").ok());
    assertTrue(AuthorLists.parseLastFirstPairs("M{\\\"u}ller, Hans, Daum&eacute; III, Hal").ok());
  }
}
