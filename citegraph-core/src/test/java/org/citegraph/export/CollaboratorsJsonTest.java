package org.citegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.query.Collaborator;
import org.citegraph.query.CollaboratorRanking;

import org.junit.jupiter.api.Test;

/** The collaborator ranking as JSON holds the ranking's rows, in order, cut at {@code top}. */
class CollaboratorsJsonTest {
  private static String json(CollaboratorRanking r, int top) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      CollaboratorsJson.write(g, r, top);
    }
    return w.toString();
  }

  /** The ids, shared-paper counts and numbers of listed shared papers of each row object, in order. */
  private static List<String> rows(String json) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      assertEquals(JsonToken.START_ARRAY, p.nextToken());
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String id = null;
        long papers = -1;
        int listed = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "id" -> id = p.getText();
            case "papers" -> papers = p.getLongValue();
            case "sharedPapers" -> {
              while (p.nextToken() == JsonToken.START_OBJECT) {
                listed++;
                p.skipChildren();
              }
            }
            default -> p.skipChildren();
          }
        }
        out.add(id + " " + papers + " " + listed);
      }
    }
    return out;
  }

  @Test
  void everyRowInRankOrderWithItsSharedPapers() throws IOException {
    Corpus corpus = CiteGraph.loadSamples();
    CollaboratorRanking r = corpus.collaborators(corpus.author("Niru Maheswaranathan"));
    List<String> expected = r.rows().stream()
        .map((Collaborator c) -> c.coauthor().id() + " " + c.sharedPapers() + " " + c.papers().size()).toList();
    assertEquals(expected, rows(json(r, Integer.MAX_VALUE)));
    assertEquals(expected.subList(0, 3), rows(json(r, 3)));
    assertEquals(List.of(), rows(json(r, 0)));
    assertThrows(IllegalArgumentException.class, () -> json(r, -1));
  }
}
