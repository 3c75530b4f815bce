package org.citegraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.model.Paper;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.ThreadEvent;
import org.citegraph.query.Timeline;

import org.junit.jupiter.api.Test;

/** A timeline as JSON holds every thread of the timeline, in order, with its papers, co-authors and events. */
class TimelineJsonTest {
  private static String json(Timeline t) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      TimelineJson.write(g, t);
    }
    return w.toString();
  }

  /** Reads any JSON value into maps, lists, strings, numbers and nulls. */
  private static Object read(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          m.put(name, read(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(read(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT -> {
        return p.getLongValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new AssertionError("unexpected " + p.currentToken());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object o) {
    return (List<Map<String, Object>>) o;
  }

  private static String date(ResearchThread th, boolean start) {
    return (start ? th.start() : th.end()).map(Object::toString).orElse(null);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyThreadWithItsPapersCoauthorsAndEvents() throws IOException {
    Corpus corpus = CiteGraph.loadSamples();
    Timeline t = corpus.timeline("Niru Maheswaranathan");
    assertFalse(t.threads().isEmpty(), "the seed owner has threads");
    Map<String, Object> root;
    try (JsonParser p = new JsonFactory().createParser(json(t))) {
      p.nextToken();
      root = (Map<String, Object>) read(p);
      assertEquals(null, p.nextToken(), "one JSON value");
    }
    assertEquals(t.author().displayName(), root.get("author"));
    assertEquals(t.author().id(), root.get("authorId"));
    List<Map<String, Object>> threads = list(root.get("threads"));
    assertEquals(t.threads().size(), threads.size());
    for (int i = 0; i < threads.size(); i++) {
      ResearchThread th = t.threads().get(i);
      Map<String, Object> o = threads.get(i);
      assertEquals(th.label(), o.get("label"));
      assertEquals(date(th, true), o.get("start"));
      assertEquals(date(th, false), o.get("end"));
      assertEquals(th.papers().stream().map(p -> p.id().toString()).toList(),
          list(o.get("papers")).stream().map(m -> m.get("id")).toList());
      assertEquals(th.papers().stream().map(Paper::title).toList(),
          list(o.get("papers")).stream().map(m -> m.get("title")).toList());
      assertEquals(th.collaborators().stream().map(c -> c.coauthor().id() + "=" + c.papers()).toList(),
          list(o.get("collaborators")).stream().map(m -> m.get("id") + "=" + m.get("papers")).toList());
      assertEquals(th.categories().entrySet().stream()
              .collect(Collectors.toMap(Map.Entry::getKey, e -> (long) e.getValue())),
          o.get("categories"));
      List<Map<String, Object>> events = list(o.get("events"));
      assertEquals(th.events().size(), events.size());
      for (int k = 0; k < events.size(); k++) {
        ThreadEvent e = th.events().get(k);
        assertEquals(e.kind().name(), events.get(k).get("kind"));
        assertEquals(e.paper().title(), events.get(k).get("title"));
        assertEquals(e.related().map(Paper::title).orElse(null), events.get(k).get("from"));
        assertEquals(e.related().isPresent(), events.get(k).containsKey("from"));
      }
    }
  }
}
