package org.citegraph.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.citegraph.io.IngestIssue;
import org.citegraph.io.Inputs;
import org.citegraph.io.RecordSink;
import org.citegraph.model.Author;
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.resolve.AuthorMerge;
import org.citegraph.resolve.AuthorResolver;
import org.citegraph.resolve.Decisions;
import org.citegraph.resolve.EvidenceStatistics;
import org.citegraph.resolve.KeptApart;
import org.citegraph.resolve.NameFilter;
import org.citegraph.resolve.PaperDeduplicator;

/**
 * Runs the embedded resolution ({@link PaperDeduplicator} and {@link AuthorResolver} on the whole corpus, as {@code
 * CiteGraph} does) and the adapter's group-wise resolution (linked record groups de-duplicated one by one, {@link
 * CoreAdapter#slices}, one {@link CoreAdapter#resolveGroup} per name group with the statistics each group looks up,
 * as {@link SparkPipeline} wires them) on the same records, without Spark, and compares what they give: the authors
 * as sets of (paper, position) mentions, the merges, the names kept apart and the name issues.
 *
 * <p>Also a command for larger files, run from the test class path: {@code AdapterComparison FILE...} reads the
 * files as the job does and prints the comparison ({@code -Dlimit=N}: differing lines shown per section, default 10).
 */
final class AdapterComparison {
  private AdapterComparison() {}

  /**
   * What the two paths gave, each as sorted, printable lines.
   *
   * @param embeddedAuthors each embedded author as its sorted (paper@position) mentions
   * @param groupAuthors each adapter author likewise
   * @param embeddedMerges the embedded merges
   * @param groupMerges the adapter's merges over all groups
   * @param embeddedKept the embedded names kept apart
   * @param groupKept the adapter's names kept apart over all groups
   * @param embeddedIssues the embedded name issues
   * @param groupIssues the adapter's name issues over all groups
   * @param authorGroup each adapter author's mentions (as in {@code groupAuthors}) to its group key
   */
  record Comparison(List<String> embeddedAuthors, List<String> groupAuthors, List<String> embeddedMerges,
      List<String> groupMerges, List<String> embeddedKept, List<String> groupKept, List<String> embeddedIssues,
      List<String> groupIssues, Map<String, String> authorGroup) {

    boolean equal() {
      return embeddedAuthors.equals(groupAuthors) && embeddedMerges.equals(groupMerges)
          && embeddedKept.equals(groupKept) && embeddedIssues.equals(groupIssues);
    }

    /** The lines of {@code a} not in {@code b}, at most {@code limit}. */
    static List<String> minus(List<String> a, List<String> b, int limit) {
      Map<String, Integer> count = new HashMap<>();
      b.forEach(x -> count.merge(x, 1, Integer::sum));
      List<String> out = new ArrayList<>();
      for (String x : a) {
        if (count.merge(x, -1, Integer::sum) < 0 && out.size() < limit) {
          out.add(x);
        }
      }
      return out;
    }

    String summary(int limit) {
      StringBuilder sb = new StringBuilder();
      section(sb, "authors", embeddedAuthors, groupAuthors, limit);
      section(sb, "merges", embeddedMerges, groupMerges, limit);
      section(sb, "kept apart", embeddedKept, groupKept, limit);
      section(sb, "name issues", embeddedIssues, groupIssues, limit);
      return sb.toString();
    }

    private void section(StringBuilder sb, String what, List<String> e, List<String> g, int limit) {
      sb.append(what).append(": embedded ").append(e.size()).append(", groups ").append(g.size()).append('\n');
      for (String x : minus(e, g, limit)) {
        sb.append("  only embedded: ").append(x).append('\n');
      }
      for (String x : minus(g, e, limit)) {
        sb.append("  only groups:   ").append(x).append(what.equals("authors") ? "  [" + authorGroup.get(x) + "]"
            : "").append('\n');
      }
    }
  }

  /**
   * Compares the two paths on some records, the same-slot variants delivered to the groups in a shuffled order (as
   * a shuffle delivers them).
   *
   * @param records the records as read
   * @return the comparison
   */
  static Comparison compare(List<Paper> records) {
    return compare(records, v -> {
      List<CoreAdapter.OrderedVariant> out = new ArrayList<>(v);
      Collections.shuffle(out, new Random(v.size()));
      return out;
    });
  }

  /**
   * Compares the two paths on some records.
   *
   * @param records the records as read
   * @param delivery the order in which the groups receive the same-slot variants, from the de-duplicator's order
   * @return the comparison
   */
  static Comparison compare(List<Paper> records,
      UnaryOperator<List<CoreAdapter.OrderedVariant>> delivery) {
    // Embedded, as CiteGraph.Builder#build does it.
    PaperDeduplicator.Result dedup = new PaperDeduplicator().deduplicate(records);
    AuthorResolver.Result embedded = new AuthorResolver(Decisions.NONE).resolve(dedup.papers(), dedup.variants());
    List<String> embeddedAuthors = new ArrayList<>();
    Map<Integer, TreeSet<String>> mentionsOf = new TreeMap<>();
    for (int p = 0; p < dedup.papers().size(); p++) {
      Paper paper = dedup.papers().get(p);
      List<Integer> slots = firstMentionSlots(paper);
      int[] row = embedded.paperAuthors()[p];
      if (slots.size() != row.length) {
        throw new IllegalStateException("paper " + paper.id() + ": " + slots.size() + " kept names but "
            + row.length + " authors");
      }
      for (int i = 0; i < row.length; i++) {
        mentionsOf.computeIfAbsent(row[i], k -> new TreeSet<>()).add(paper.id() + "@" + slots.get(i));
      }
    }
    mentionsOf.values().forEach(m -> embeddedAuthors.add(m.toString()));
    embeddedAuthors.sort(null);

    // Group-wise, as SparkPipeline wires it: linked record groups, slices, name groups, looked-up statistics.
    List<Paper> papers = new ArrayList<>();
    List<CoreAdapter.OrderedVariant> variants = new ArrayList<>();
    for (List<Paper> group : linkedGroups(records)) {
      PaperDeduplicator.Result r = CoreAdapter.deduplicate(group);
      papers.addAll(r.papers());
      variants.addAll(CoreAdapter.ordered(r.variants()));
    }
    variants = delivery.apply(variants);
    List<String> pairs = new ArrayList<>();
    for (CoreAdapter.OrderedVariant ov : variants) {
      pairs.add(ov.variant().kept().blockKey() + '\u0000' + ov.variant().variant().blockKey());
    }
    Map<String, String> joined = SparkPipeline.joinedBlocks(new ArrayList<>(new TreeSet<>(pairs)));
    Map<String, List<CoreAdapter.Slice>> slices = new TreeMap<>();
    for (Paper p : papers) {
      CoreAdapter.slices(p, joined).forEach((g, s) -> slices.computeIfAbsent(g, k -> new ArrayList<>()).add(
          new CoreAdapter.Slice(PaperCodec.decode(PaperCodec.encode(s.paper())), s.index(), s.placedNames())));
    }
    Map<String, List<CoreAdapter.OrderedVariant>> variantsOf = new HashMap<>();
    for (CoreAdapter.OrderedVariant v : variants) {
      variantsOf.computeIfAbsent(CoreAdapter.groupOf(v.variant().kept(), joined), k -> new ArrayList<>()).add(v);
    }
    EvidenceStatistics corpus = EvidenceStatistics.of(papers);
    List<String> groupAuthors = new ArrayList<>();
    Map<String, String> authorGroup = new HashMap<>();
    List<String> groupMerges = new ArrayList<>();
    List<String> groupKept = new ArrayList<>();
    List<String> groupIssues = new ArrayList<>();
    for (Map.Entry<String, List<CoreAdapter.Slice>> e : slices.entrySet()) {
      List<Paper> slicePapers = e.getValue().stream().map(CoreAdapter.Slice::paper).toList();
      CoreAdapter.GroupResult r = CoreAdapter.resolveGroup(e.getKey(), e.getValue(),
          variantsOf.getOrDefault(e.getKey(), List.of()), joined, corpus.restrict(slicePapers));
      Map<String, TreeSet<String>> byAuthor = new TreeMap<>();
      for (Author a : r.authors()) {
        byAuthor.put(a.id(), new TreeSet<>());
      }
      for (CoreAdapter.Authorship s : r.authorships()) {
        byAuthor.computeIfAbsent(s.author(), k -> new TreeSet<>()).add(s.paper() + "@" + s.position());
      }
      byAuthor.values().forEach(m -> {
        groupAuthors.add(m.toString());
        authorGroup.put(m.toString(), e.getKey());
      });
      r.merges().forEach(m -> groupMerges.add(line(m)));
      r.keptApart().forEach(k -> groupKept.add(line(k)));
      r.nameIssues().forEach(i -> groupIssues.add(i.toString()));
    }
    groupAuthors.sort(null);
    List<String> embeddedMerges = new ArrayList<>(embedded.merges().stream().map(AdapterComparison::line).toList());
    List<String> embeddedKept = new ArrayList<>(embedded.keptApart().stream().map(AdapterComparison::line).toList());
    List<String> embeddedIssues = new ArrayList<>(embedded.nameIssues().stream().map(IngestIssue::toString)
        .toList());
    for (List<String> l : List.of(embeddedMerges, groupMerges, embeddedKept, groupKept, embeddedIssues,
        groupIssues)) {
      l.sort(null);
    }
    return new Comparison(embeddedAuthors, groupAuthors, embeddedMerges, groupMerges, embeddedKept, groupKept,
        embeddedIssues, groupIssues, authorGroup);
  }

  private static String line(AuthorMerge m) {
    return m.author() + " | " + m.variant() + " -> " + m.into() + " | " + m.rule() + " | " + m.evidence();
  }

  private static String line(KeptApart k) {
    return k.name() + " | " + k.candidates() + " | " + k.reason();
  }

  /** The positions in {@link Paper#allAuthors()} that become an author: not junk, not a key listed before. */
  private static List<Integer> firstMentionSlots(Paper paper) {
    List<Integer> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    List<PersonName> all = paper.allAuthors();
    for (int i = 0; i < all.size(); i++) {
      PersonName n = all.get(i);
      if (NameFilter.problem(n).isEmpty() && keys.add(n.key())) {
        out.add(i);
      }
    }
    return out;
  }

  /** The records linked by a shared key ({@link CoreAdapter#linkKeys}), each group in input order. */
  static List<List<Paper>> linkedGroups(List<Paper> records) {
    int[] parent = new int[records.size()];
    Map<String, Integer> firstWithKey = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < records.size(); i++) {
      for (String k : CoreAdapter.linkKeys(records.get(i))) {
        Integer j = firstWithKey.putIfAbsent(k, i);
        if (j != null) {
          int a = find(parent, i);
          int b = find(parent, j);
          parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    Map<Integer, List<Paper>> groups = new TreeMap<>();
    for (int i = 0; i < records.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(records.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** The records one per line: id, title, year, placed names (for failure messages). */
  static String describe(List<Paper> records) {
    StringBuilder sb = new StringBuilder();
    for (Paper p : records) {
      sb.append(p.id()).append(" \"").append(p.title()).append("\" ").append(p.year().orElse(0)).append(' ')
          .append(p.authors().stream().map(PersonName::displayName).toList()).append('\n');
    }
    return sb.toString();
  }

  /** Reads a file as the Spark job and the command line do. */
  static List<Paper> read(Path file) throws IOException {
    List<Paper> out = new ArrayList<>();
    Inputs.read(file, new RecordSink() {
      @Override
      public void paper(Paper record) {
        out.add(record);
      }

      @Override
      public void issue(IngestIssue issue) {}

      @Override
      public void profile(AuthorProfile profile) {}
    });
    return out;
  }

  /**
   * Compares the two paths on the records of some files and prints the result.
   *
   * @param args the input files
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    List<Paper> records = new ArrayList<>();
    for (String f : args) {
      records.addAll(read(Path.of(f)));
    }
    long t = System.nanoTime();
    Comparison c = compare(records);
    System.out.println(records.size() + " records, " + (System.nanoTime() - t) / 1_000_000 + " ms");
    System.out.println(c.equal() ? "EQUAL" : "DIFFERENT");
    System.out.print(c.summary(Integer.getInteger("limit", 10)));
  }
}
