package org.citegraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.Timeline;
import org.junit.jupiter.api.Test;

class TimelineTextTest {
  private static final Corpus SAMPLES = CiteGraph.loadSamples();

  /** The mark of a thread's row under a year of the header. */
  private static char markAt(String text, String label, int year) {
    List<String> lines = text.lines().toList();
    String header = lines.get(1);
    int column = header.indexOf(Integer.toString(year)) + 2;
    String row = lines.stream().filter(l -> l.startsWith(label)).findFirst().orElseThrow();
    return column < row.length() ? row.charAt(column) : ' ';
  }

  @Test
  void oneRowPerThreadWithAMarkPerPaperAndCountsPerYear() {
    Timeline t = ResearchThreads.of(SAMPLES).timeline("Niru Maheswaranathan");
    String text = TimelineText.render(t, 60);
    List<String> lines = text.lines().toList();
    assertTrue(lines.get(1).startsWith("thread"), text);
    ResearchThread retina = t.threadOfTitle("Deep Learning Models of the Retinal Response to Natural Scenes");
    assertEquals('o', markAt(text, retina.label(), 2017), text);
    assertEquals('-', markAt(text, retina.label(), 2018), text);
    assertEquals('o', markAt(text, retina.label(), 2019), text);
    assertEquals(' ', markAt(text, retina.label(), 2020), text);
    ResearchThread lo = t.threadOfTitle("Learned Optimizers that Scale and Generalize");
    for (int year = 2017; year <= 2022; year++) {
      final int y = year;
      long n = lo.papers().stream().filter(p -> p.date().orElseThrow().year() == y).count();
      char expected = n == 0 ? '-' : n == 1 ? 'o' : (char) ('0' + n);
      assertEquals(expected, markAt(text, lo.label(), year), "year " + year + "\n" + text);
    }
    for (ResearchThread th : t.threads()) {
      assertEquals(1, lines.stream().filter(l -> l.startsWith(th.label() + " ") || l.startsWith(th.label() + "|"))
          .count(), th.label() + "\n" + text);
    }
  }

  @Test
  void longLabelsAreTruncatedAndWideSpansUseTwoDigitYears() {
    Corpus corpus = Fixtures.corpus(List.of(
        Fixtures.record("Alpha beta gamma", List.of("Luke Metz"), 1990, "t.txt", 1),
        Fixtures.record("Delta epsilon zeta", List.of("Luke Metz"), 2020, "t.txt", 2)));
    Timeline t = ResearchThreads.of(corpus).timeline("Luke Metz");
    String text = TimelineText.render(t, 8);
    for (String line : text.lines().skip(3).toList()) {
      if (line.isEmpty()) {
        break;
      }
      assertTrue(line.indexOf('|') <= 9, line);
    }
    assertTrue(text.lines().toList().get(1).contains("|'90 '91"), text);
    assertThrows(IllegalArgumentException.class, () -> TimelineText.render(t, 3));
  }
}
