package org.citegraph.export;

import java.io.IOException;
import java.util.List;

import org.citegraph.Corpus;
import org.citegraph.Fixtures;
import org.citegraph.graph.Counting;
import org.citegraph.model.Paper;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExportPropertiesTest {
  @Provide
  Arbitrary<List<Paper>> corpora() {
    return Fixtures.corpora();
  }

  @Property(seed = "42", tries = 60)
  void coauthorExportRoundTripsInEveryReadableFormat(@ForAll("corpora") List<Paper> records) throws IOException {
    Corpus corpus = Fixtures.corpus(records);
    for (Counting counting : List.of(Counting.FULL, Counting.FRACTIONAL)) {
      ExportGraph g = ExportGraph.coauthor(corpus, counting);
      for (ExportFormat f : ExportFormat.values()) {
        if (f.canReadBack()) {
          ExportAssertions.assertRoundTrip(g, f);
        }
      }
      ExportAssertions.assertVosviewer(g);
    }
  }
}
