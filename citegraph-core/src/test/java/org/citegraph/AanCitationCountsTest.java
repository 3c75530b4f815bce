package org.citegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citegraph.graph.CitationGraph;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.XZInputStream;

/**
 * Papers whose author field cannot be read stay in the citation graph: every ACL Anthology Network paper's in-corpus
 * citation count equals a count made here straight from the two files (distinct citing papers that have metadata,
 * self-citations left out), among them C88-2121, which lost 3 citations from authorless papers before.
 */
@Tag("slow")
class AanCitationCountsTest {
  private static final Path AAN = Fixtures.sharedData().resolve("aan-acl-anthology-network");
  private static final Pattern ID = Pattern.compile("^id = \\{(.*)\\}\\s*$");
  private static final Pattern EDGE = Pattern.compile("\\s*(\\S+)\\s*(?:,|==>)\\s*(\\S+)\\s*");

  private static List<String> lines(Path xz) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new XZInputStream(Files.newInputStream(xz)),
        StandardCharsets.UTF_8))) {
      return in.lines().toList();
    }
  }

  @Test
  void everyPapersCitationCountEqualsAnIndependentCount() throws IOException {
    Path meta = AAN.resolve("acl-metadata.txt.xz");
    Path edges = AAN.resolve("acl.txt.xz");
    assumeTrue(Files.exists(meta) && Files.exists(edges), "data set not present: " + AAN);
    Set<String> ids = new HashSet<>();
    for (String l : lines(meta)) {
      Matcher m = ID.matcher(l);
      if (m.matches()) {
        ids.add(m.group(1).trim());
      }
    }
    Map<String, Set<String>> citing = new HashMap<>();
    for (String l : lines(edges)) {
      Matcher m = EDGE.matcher(l);
      if (m.matches() && ids.contains(m.group(1)) && ids.contains(m.group(2)) && !m.group(1).equals(m.group(2))) {
        citing.computeIfAbsent(m.group(2), k -> new HashSet<>()).add(m.group(1));
      }
    }

    Corpus corpus = CiteGraph.load(meta);
    CitationGraph graph = corpus.citationGraph();
    Map<String, Integer> actual = new TreeMap<>();
    for (Paper p : graph.papers()) {
      if (p.id().scheme() == PaperId.Scheme.ACL) {
        actual.put(p.id().value(), graph.citationCount(p));
      }
    }
    assertEquals(ids.size(), actual.size(), "every AAN paper is a paper of the corpus");
    Map<String, String> wrong = new TreeMap<>();
    for (String id : ids) {
      int expected = citing.getOrDefault(id, Set.of()).size();
      Integer got = actual.get(id);
      if (got == null || got != expected) {
        wrong.put(id, got + " (independent count " + expected + ")");
      }
    }
    assertTrue(wrong.isEmpty(), () -> wrong.size() + " papers differ: " + wrong);
    assertEquals(66, actual.get("C88-2121"));
    assertEquals(List.of(), graph.papers().stream().filter(p -> p.id().equals(PaperId.acl("C96-1034")))
        .map(Paper::authors).filter(a -> !a.isEmpty()).toList(), "C96-1034 is kept, without authors");
  }
}
