package org.citegraph.io.arxiv;

import org.citegraph.io.CollectingSink;
import org.citegraph.io.JsonTestData;
import org.citegraph.io.RecordReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.citegraph.model.PaperId;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated Kaggle JSON lines (written with jackson's generator) read back to the same id, title and authors. */
class ArxivJsonLinesPropertyTest {
  private static final RecordReader READER = new ArxivJsonLinesReader();

  /** One generated author as "last", "first". */
  record Name(String last, String first) {}

  @Provide
  Arbitrary<String> ids() {
    return Combinators.combine(Arbitraries.integers().between(7, 24), Arbitraries.integers().between(1, 12),
        Arbitraries.integers().between(1, 99_999)).as((y, m, n) -> String.format("%02d%02d.%05d", y, m, n));
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;-?!'\"/"
        + "\u00e9\u00fc\u00df\u4e2d\u03b2").ofMinLength(1).ofMaxLength(120).filter(s -> !s.isBlank());
  }

  @Provide
  Arbitrary<List<Name>> authors() {
    Arbitrary<String> word = Combinators.combine(Arbitraries.chars().range('A', 'Z'),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10)).as((c, s) -> c + s)
        .filter(w -> !w.matches("(?i)team|group|project|others|experiment|consortium"));
    return Combinators.combine(word, word).as(Name::new).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(seed = "42")
  void idTitleAndAuthorsRoundTrip(@ForAll("ids") String id, @ForAll("titles") String title,
      @ForAll("authors") List<Name> authors) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = ArxivJson.FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", id + "v2");
      g.writeStringField("title", title);
      g.writeStringField("categories", "cs.LG stat.ML");
      g.writeArrayFieldStart("authors_parsed");
      for (Name n : authors) {
        g.writeStartArray();
        g.writeString(n.last());
        g.writeString(n.first());
        g.writeString("");
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CollectingSink sink = JsonTestData.lenient(READER, out + "\n", "generated.jsonl");
    assertTrue(sink.issues().isEmpty(), sink.issues().toString());
    Paper p = sink.papers().get(0);
    assertEquals(PaperId.arxiv(id), p.id());
    assertEquals(title.trim().replaceAll("\\s+", " "), p.title());
    assertEquals(authors.stream().map(n -> PersonName.fromLastFirst(n.last(), n.first())).toList(), p.authors());
    assertEquals("cs.LG", p.primaryCategory().orElseThrow().code());
  }
}
