package org.citegraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Reads a flat JSON object of numbers. */
  static Map<String, Long> numbers(String json) throws IOException {
    Map<String, Long> m = new java.util.LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        m.put(name, p.getLongValue());
      }
    }
    return m;
  }

  @Test
  void statsJsonOnTheSamples() throws IOException {
    Run r = run("stats", "--json");
    assertEquals(0, r.code(), r.err());
    Map<String, Long> m = numbers(r.out());
    assertEquals(22L, m.get("records"));
    assertEquals(19L, m.get("papers"));
    assertEquals(3L, m.get("mergedRecords"));
    assertEquals(0L, m.get("rejectedRecords"));
    assertTrue(m.get("authors") > 0 && m.get("coauthorEdges") > 0, m.toString());
    assertEquals(List.of("records", "papers", "authors", "coauthorEdges", "mergedRecords", "rejectedRecords"),
        List.copyOf(m.keySet()).subList(0, 6));
  }

  @Test
  void collaboratorsJsonIsSortedByRankWithLukeMetzFirst() throws IOException {
    Run r = run("collaborators", "--author", "Niru Maheswaranathan", "--json", "--top", "5");
    assertEquals(0, r.code(), r.err());
    try (JsonParser p = new JsonFactory().createParser(r.out())) {
      assertEquals(JsonToken.START_ARRAY, p.nextToken());
      int rows = 0;
      double lastScore = Double.MAX_VALUE;
      String first = null;
      long firstPapers = -1;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        rows++;
        String name = null;
        long papers = -1;
        double score = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken t = p.nextToken();
          switch (field) {
            case "name" -> name = p.getText();
            case "papers" -> papers = p.getLongValue();
            case "score" -> score = p.getDoubleValue();
            default -> {
              if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
                p.skipChildren();
              }
            }
          }
        }
        assertTrue(score <= lastScore, "sorted by score");
        lastScore = score;
        if (first == null) {
          first = name;
          firstPapers = papers;
        }
      }
      assertEquals(5, rows);
      assertEquals("Luke Metz", first);
      assertEquals(9, firstPapers);
    }
  }

  @Test
  void authorsJsonListsVariantsAndPapers() {
    Run r = run("authors", "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"Alex Williams\""), "variants are listed");
    assertTrue(r.out().contains("\"variants\""));
  }

  @Test
  void tablesAreTitledAndReportRuns() {
    Run r = run("report", "--author", "Maheswaranathan, Niru");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Collaborators of Niru Maheswaranathan"));
    assertTrue(r.out().contains("Luke Metz"));
    assertTrue(r.out().contains("Topic clusters (19 papers"), r.out());
    assertTrue(r.out().contains("Research threads of Niru Maheswaranathan (19 papers"), r.out());
  }

  @Test
  void badUsageNamesTheProblem() {
    Run unknown = run("collaborators", "--author", "Nobody Atall");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("Nobody Atall"), unknown.err());
    Run badOption = run("stats", "--frobnicate");
    assertEquals(2, badOption.code());
    assertTrue(badOption.err().contains("--frobnicate"));
    Run noCategory = run("central", "--category", "hep-th");
    assertEquals(2, noCategory.code());
    assertTrue(noCategory.err().contains("hep-th") && noCategory.err().contains("q-bio.NC"), noCategory.err());
    Run missing = run("stats", "no-such-file.txt");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("no-such-file.txt"));
  }

  @Test
  void strictModeStopsAtTheFirstProblemNamingFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("broken.txt");
    Files.writeString(f, "Maheswaranathan, Niru\nA title\nMaheswaranathan, Niru, Metz, Luke\nAn abstract.\n"
        + "Another title\nMaheswaranathan, Niru, Metz\nAnother abstract.\n");
    Run lenient = run("stats", "--json", f.toString());
    assertEquals(0, lenient.code(), lenient.err());
    assertEquals(1L, numbers(lenient.out()).get("rejectedRecords"));
    Run strict = run("stats", "--strict", f.toString());
    assertEquals(1, strict.code());
    assertTrue(strict.err().contains("broken.txt:6"), strict.err());
  }

  /** Reads JSON into maps, lists, strings and numbers. */
  private static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      List<Object> list = new java.util.ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(read(p));
      }
      return list;
    }
    if (t == JsonToken.START_OBJECT) {
      Map<String, Object> map = new java.util.LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        map.put(name, read(p));
      }
      return map;
    }
    return t.isNumeric() ? p.getNumberValue() : p.getText();
  }

  @Test
  void resolutionInEveryFormatHoldsTheSameLines(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.txt");
    Files.writeString(broken, "Maheswaranathan, Niru\nA title\nMaheswaranathan, Niru, Metz, Luke\nAn abstract.\n"
        + "Another title\nMaheswaranathan, Niru, Metz\nAnother abstract.\n");
    org.citegraph.resolve.ResolutionReport expected = org.citegraph.CiteGraph.builder().add(broken)
        .build().report();
    Run json = run("resolution", "--format", "json", broken.toString());
    assertEquals(0, json.code(), json.err());
    Map<?, ?> m;
    try (JsonParser p = new JsonFactory().createParser(json.out())) {
      p.nextToken();
      m = (Map<?, ?>) read(p);
    }
    assertEquals(expected.recordsRead(), ((Number) m.get("recordsRead")).intValue());
    assertEquals(expected.mergedRecords(), ((Number) m.get("mergedRecords")).intValue());
    assertEquals(expected.paperMerges().size(), ((List<?>) m.get("paperMerges")).size());
    assertEquals(expected.authorMerges().size(), ((List<?>) m.get("nameMerges")).size());
    assertEquals(expected.keptApart().size(), ((List<?>) m.get("keptApart")).size());
    List<?> issues = (List<?>) m.get("issues");
    assertEquals(expected.issues().size(), issues.size());
    assertTrue(issues.stream().anyMatch(i -> ((Map<?, ?>) ((Map<?, ?>) i).get("where")).get("source").toString()
        .endsWith("broken.txt")), issues.toString());

    Run csv = run("resolution", "--format", "csv", broken.toString());
    assertEquals(0, csv.code(), csv.err());
    List<String> lines = csv.out().lines().toList();
    assertEquals("section,subject,into,author,rule,detail,where", lines.get(0));
    assertTrue(lines.stream().filter(l -> l.startsWith("input problem,")).allMatch(l -> l.contains(broken.toString())),
        csv.out());
    int items = expected.paperMerges().size() + expected.authorMerges().size() + expected.keptApart().size()
        + expected.issues().size();
    assertEquals(items, lines.size() - 1, csv.out());
    assertEquals(expected.authorMerges().size(), lines.stream().filter(l -> l.startsWith("name merge,")).count());

    Run table = run("resolution", broken.toString());
    assertEquals(expected.toString(), table.out());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> array(String json) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      return (List<Map<String, Object>>) read(p);
    }
  }

  @Test
  void centralJsonRanksTheOwnerFirstUnderEveryMeasure() throws IOException {
    for (String measure : List.of("degree", "coauthors", "pagerank", "betweenness")) {
      Run r = run("central", "--measure", measure, "--top", "3", "--json");
      assertEquals(0, r.code(), r.err());
      List<Map<String, Object>> rows = array(r.out());
      assertEquals(3, rows.size(), measure);
      assertEquals("Niru Maheswaranathan", rows.get(0).get("name"), measure);
      assertEquals(1, ((Number) rows.get(0).get("rank")).intValue());
      assertEquals(19, ((Number) rows.get(0).get("papers")).intValue());
      for (int i = 1; i < rows.size(); i++) {
        assertTrue(((Number) rows.get(i - 1).get("score")).doubleValue()
            >= ((Number) rows.get(i).get("score")).doubleValue(), measure + " sorted");
      }
    }
    Run degree = run("central", "--json", "--top", "2");
    assertEquals("Luke Metz", array(degree.out()).get(1).get("name"));
    Run table = run("central", "--category", "q-bio.NC", "--top", "4");
    assertEquals(0, table.code(), table.err());
    assertTrue(table.out().startsWith("Authors by weighted degree (full counting, papers in q-bio.NC)"), table.out());
    Run bad = run("central", "--measure", "closeness");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("closeness"), bad.err());
  }

  @Test
  @SuppressWarnings("unchecked")
  void suggestJsonListsCandidatesWithTheirCommonCoauthors() throws IOException {
    Run r = run("suggest", "--author", "Olga Wichrowska", "--top", "2", "--json");
    assertEquals(0, r.code(), r.err());
    List<Map<String, Object>> rows = array(r.out());
    assertEquals(2, rows.size());
    assertEquals("Eric A. Weiss", rows.get(0).get("name"));
    List<Map<String, Object>> via = (List<Map<String, Object>>) rows.get(0).get("via");
    assertEquals(List.of("Jascha Sohl-Dickstein", "Niru Maheswaranathan"),
        via.stream().map(v -> v.get("name")).toList());
    assertEquals(1, ((Number) via.get(0).get("papersWithAuthor")).intValue());
    Run ra = run("suggest", "--author", "Olga Wichrowska", "--index", "resource-allocation", "--top", "1");
    assertEquals(0, ra.code(), ra.err());
    assertTrue(ra.out().contains("resource allocation index"), ra.out());
    assertTrue(ra.out().contains("Eric A. Weiss"));
    Run owner = run("suggest", "--author", "Niru Maheswaranathan", "--json");
    assertEquals(0, array(owner.out()).size(), "everyone is already a co-author of the owner");
    Run missing = run("suggest");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--author"));
    Run help = run("help", "suggest");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--author=NAME") && help.out().contains("--index=INDEX"), help.out());
    assertTrue(run("central", "--help").out().contains("--measure=MEASURE"));
  }

  @Test
  void timelineOfTheOwnerAsTextJsonAndSvg(@TempDir Path dir) throws IOException {
    Run text = run("timeline", "--author", "Niru Maheswaranathan");
    assertEquals(0, text.code(), text.err());
    assertTrue(text.out().startsWith("Research threads of Niru Maheswaranathan (19 papers, "), text.out());

    Path svg = dir.resolve("timeline.svg");
    Run json = run("timeline", "--author", "Niru Maheswaranathan", "--json", "--svg", svg.toString());
    assertEquals(0, json.code(), json.err());
    assertTrue(Files.readString(svg).startsWith("<?xml"), "no SVG written");
    int papers = 0;
    int threads = 0;
    String author = null;
    try (JsonParser p = new JsonFactory().createParser(json.out())) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("author") && author == null) {
          p.nextToken();
          author = p.getText();
        } else if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("label")) {
          threads++;
        } else if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("papers")
            && p.nextToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            papers++;
            p.skipChildren();
          }
        }
      }
    }
    assertEquals("Niru Maheswaranathan", author);
    assertEquals(19, papers);
    assertTrue(threads >= 3, json.out());
    for (String field : List.of("\"start\"", "\"end\"", "\"collaborators\"", "\"events\"", "\"STARTS\"")) {
      assertTrue(json.out().contains(field), field);
    }

    Run missing = run("timeline");
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--author"), missing.err());
    Run help = run("help", "timeline");
    assertTrue(help.out().contains("--author=NAME") && help.out().contains("--svg=FILE"), help.out());
  }

  @Test
  void citationsOnFilesWithReferences(@TempDir Path dir) throws IOException {
    // Two author-record files are not enough for references; the samples have none, so the graph is empty.
    Run samples = run("citations", "--json");
    assertEquals(0, samples.code(), samples.err());
    assertTrue(samples.out().contains("\"citationEdges\" : 0"), samples.out());
    Run bad = run("citations", "--measure", "closeness");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("--measure expects one of count, pagerank, got 'closeness'"), bad.err());
    Run author = run("citations", "--author", "Luke Metz");
    assertEquals(0, author.code(), author.err());
    assertTrue(author.out().contains("Luke Metz: 0 in-corpus citations, h-index 0"), author.out());
  }

  @Test
  void exportWritesGraphmlAndCsvAndVosviewer(@TempDir Path dir) throws IOException {
    Path graphml = dir.resolve("coauthors.graphml");
    Run r = run("export", "--format", "graphml", "--out", graphml.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("28 nodes") && r.out().contains(graphml.toString()), r.out());
    assertTrue(Files.readString(graphml).contains("<graphml"));

    Run csv = run("export", "--graph", "coauthor", "--format", "csv", "--counting", "fractional", "--out",
        dir.resolve("co.csv").toString());
    assertEquals(0, csv.code(), csv.err());
    assertTrue(Files.readString(dir.resolve("co-nodes.csv")).startsWith("Id,Label,"));
    assertTrue(Files.readString(dir.resolve("co-edges.csv")).startsWith("Source,Target,Type,Weight,"));
    assertTrue(csv.out().contains("co-edges.csv") && csv.out().contains("fractional"), csv.out());

    Run vos = run("export", "--format", "vosviewer", "--out", dir.resolve("co").toString(), "--json");
    assertEquals(0, vos.code(), vos.err());
    assertTrue(vos.out().contains("co-map.txt") && vos.out().contains("\"nodes\" : 28"), vos.out());
    assertTrue(Files.readString(dir.resolve("co-map.txt")).startsWith("id\tlabel\tcluster\t"));

    Run topic = run("export", "--graph", "topic", "--format", "gexf", "--out", dir.resolve("t.gexf").toString());
    assertEquals(0, topic.code(), topic.err());
    assertTrue(Files.readString(dir.resolve("t.gexf")).contains("category:cs.LG"));
  }

  @Test
  void exportUsageErrors(@TempDir Path dir) {
    assertEquals(2, run("export", "--out", dir.resolve("x").toString()).code());
    assertEquals(2, run("export", "--format", "graphml").code());
    assertEquals(2, run("export", "--format", "svg", "--out", "x").code());
    assertEquals(2, run("export", "--graph", "authors", "--format", "dot", "--out", dir.resolve("y").toString())
        .code());
    Run citation = run("export", "--graph", "citation", "--format", "dot", "--out", dir.resolve("c.dot").toString());
    assertEquals(0, citation.code(), citation.err());
    assertTrue(citation.out().contains("citation graph: 19 nodes, 0 edges"), citation.out());
    Run help = run("export", "-h");
    assertEquals(0, help.code());
    assertTrue(help.out().contains("--format=FORMAT") && help.out().contains("--out=FILE"), help.out());
  }

  private static String s2and(String name) throws Exception {
    // The fixture lives in the core's test jar: copy it out to a real file.
    Path file = Files.createTempDirectory("s2and").resolve(name);
    try (var in = MainTest.class.getResourceAsStream("/org/citegraph/io/scholarly/s2and/" + name)) {
      Files.copy(java.util.Objects.requireNonNull(in, name), file);
    }
    file.toFile().deleteOnExit();
    file.getParent().toFile().deleteOnExit();
    return file.toString();
  }

  @Test
  void evaluateResolutionPrintsCitegraphBesideTheBaselines() throws Exception {
    Run r = run("evaluate-resolution", "--signatures", s2and("signatures.json"), "--clusters", s2and("clusters.json"));
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("citegraph ") && r.out().contains("baseline: one cluster per block")
        && r.out().contains("baseline: every signature alone") && r.out().contains("a sattary"), r.out());
    Run json = run("evaluate-resolution", "--json", "--signatures", s2and("signatures.json"), "--clusters",
        s2and("clusters.json"));
    assertEquals(0, json.code(), json.err());
    assertTrue(json.out().contains("\"b3\"") && json.out().contains("\"worstBlocks\""), json.out());
    Run missing = run("evaluate-resolution", "--signatures", s2and("signatures.json"));
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("--clusters"), missing.err());
    assertTrue(run("help").out().contains("evaluate-resolution"));
  }

  @Test
  void clustersTakeALevel() {
    Run fine = run("clusters", "--level", "fine");
    assertEquals(0, fine.code(), fine.err());
    assertTrue(fine.out().contains("subtopics, modularity"), fine.out());
    Run bad = run("clusters", "--level", "middle");
    assertEquals(2, bad.code(), bad.out());
    assertTrue(bad.err().contains("--level takes broad or fine"), bad.err());
  }

  @Test
  void reportJsonHoldsEverySection() throws IOException {
    Run r = run("report", "--author", "Niru Maheswaranathan", "--json");
    assertEquals(0, r.code(), r.err());
    try (JsonParser p = new JsonFactory().createParser(r.out())) {
      p.nextToken();
      @SuppressWarnings("unchecked")
      Map<String, Object> report = (Map<String, Object>) read(p);
      assertEquals("Niru Maheswaranathan", report.get("author"));
      assertEquals(19, ((Number) ((Map<?, ?>) report.get("statistics")).get("papers")).intValue());
      assertEquals("Luke Metz", ((Map<?, ?>) ((List<?>) report.get("collaborators")).get(0)).get("name"));
      Map<?, ?> topics = (Map<?, ?>) report.get("clusters");
      assertEquals("broad", topics.get("level"));
      List<?> clusters = (List<?>) topics.get("clusters");
      assertTrue(clusters.size() >= 2);
      int clustered = 0;
      int inSubtopics = 0;
      for (Object c : clusters) {
        clustered += ((List<?>) ((Map<?, ?>) c).get("papers")).size();
        for (Object sub : (List<?>) ((Map<?, ?>) c).get("subtopics")) {
          inSubtopics += ((List<?>) ((Map<?, ?>) sub).get("papers")).size();
          assertEquals(((Map<?, ?>) c).get("id"), ((Map<?, ?>) sub).get("parent"));
        }
      }
      assertEquals(19, clustered);
      assertEquals(19, inSubtopics);
      Map<?, ?> timeline = (Map<?, ?>) report.get("timeline");
      assertEquals("Niru Maheswaranathan", timeline.get("author"));
      assertTrue(((List<?>) timeline.get("threads")).size() >= 3);
    }
  }

  @Test
  void snapshotSaveThenCommandsReadIt(@TempDir Path dir) throws IOException {
    Path snap = dir.resolve("samples.snap");
    Run saved = run("snapshot", "save", "--out", snap.toString());
    assertEquals(0, saved.code(), saved.err());
    assertTrue(saved.out().contains("Saved Corpus(19 papers"), saved.out());
    assertEquals(run("stats", "--json").out(), run("stats", "--json", snap.toString()).out());
    assertEquals(run("collaborators", "--author", "Niru Maheswaranathan").out(),
        run("collaborators", "--author", "Niru Maheswaranathan", snap.toString()).out());
    assertEquals(2, run("snapshot", "save").code());
    assertEquals(2, run("snapshot", "load", snap.toString()).code());
    Run strict = run("stats", "--strict", snap.toString());
    assertEquals(2, strict.code());
    assertTrue(strict.err().contains("is a snapshot"), strict.err());
    byte[] bytes = Files.readAllBytes(snap);
    bytes[bytes.length / 2] ^= 1;
    Files.write(snap, bytes);
    Run corrupt = run("stats", snap.toString());
    assertEquals(1, corrupt.code());
    assertTrue(corrupt.err().contains("checksum mismatch"), corrupt.err());
  }
}
