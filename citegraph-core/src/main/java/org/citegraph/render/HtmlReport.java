package org.citegraph.render;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.citegraph.graph.CorpusView;
import org.citegraph.model.Author;
import org.citegraph.model.Category;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.query.Collaborator;
import org.citegraph.query.CollaboratorRanking;
import org.citegraph.query.CollaboratorSuggestions;
import org.citegraph.query.Collaborators;
import org.citegraph.query.CommonNeighbor;
import org.citegraph.query.Contribution;
import org.citegraph.query.Explanation;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.ResearchThreads;
import org.citegraph.query.Suggestion;
import org.citegraph.query.SuggestionRanking;
import org.citegraph.query.ThreadEvent;
import org.citegraph.query.Timeline;
import org.citegraph.query.TopicCluster;
import org.citegraph.query.TopicClustering;
import org.citegraph.query.TopicClusters;

/**
 * The report on one author as a single self-contained HTML file: statistics, collaborators with their co-author
 * network and an explanation of each score, suggested collaborators with the co-authors behind them, the topics of
 * the author's papers and a map of the corpus's topics, the research threads with their timeline, and the papers.
 * The three pictures ({@link TimelineSvg}, {@link CoauthorNetworkSvg}, {@link TopicMapSvg}) are inline SVG; the
 * style sheet is inline; nothing is loaded from the network. Explanations open on demand ({@code <details>}); a
 * one-line inline script opens them all before printing, and a print style sheet lays the report out for paper
 * (A4, pictures not split, navigation hidden), so "Print to PDF" gives the whole report. The markup is also
 * well-formed XML (void elements closed, no entity but the five of XML), so XML tools can read it.
 *
 * <p>Usage: {@code HtmlReport.of(corpus, author).write(Path.of("report.html"))}, or {@link #builder} to pass
 * results computed with other settings (the command line passes its statistics and its collaborator settings).
 * Every result is computed once when the report is built; {@link #render()} only writes text, and equal inputs give
 * equal bytes (nothing depends on the clock, the locale or hash order). Instances are immutable.
 */
public final class HtmlReport {
  /** Collaborators listed in the table by default (all are counted in the statistics). */
  public static final int DEFAULT_COLLABORATOR_ROWS = 15;
  /** Suggestions listed by default. */
  public static final int DEFAULT_SUGGESTION_ROWS = 10;
  /** The most papers listed in the table of papers. */
  public static final int MAX_PAPER_ROWS = 1_000;
  /** Co-authors shown on a paper's row before "et al.". */
  private static final int COAUTHORS_PER_PAPER = 6;

  /** What the co-author network is coloured by. */
  public enum Colouring {
    /** The topics of the author's papers ({@code TopicClusters.clusterPapersOf}). */
    TOPICS,
    /** The author's research threads, in the timeline's colours. */
    THREADS
  }

  private final CorpusView corpus;
  private final Author author;
  private final Map<String, Number> statistics;
  private final CollaboratorRanking ranking;
  private final List<Explanation> explanations;
  private final int collaboratorRows;
  private final SuggestionRanking suggestions;
  private final int suggestionRows;
  private final TopicClustering authorTopics;
  private final TopicClustering corpusTopics;
  private final TopicMap topicMap;
  private final Timeline timeline;
  private final int maxLanes;
  private final CoauthorNetwork network;
  private final List<Paper> papers;

  private HtmlReport(Builder b) {
    this.corpus = b.corpus;
    this.author = b.author;
    this.statistics = b.statistics != null ? b.statistics : defaultStatistics(b.corpus);
    Collaborators collaborators = b.collaborators != null ? b.collaborators : Collaborators.of(b.corpus);
    this.ranking = collaborators.rank(b.author);
    this.collaboratorRows = b.collaboratorRows;
    List<Explanation> ex = new ArrayList<>();
    for (Collaborator c : ranking.rows().subList(0, Math.min(collaboratorRows, ranking.size()))) {
      ex.add(collaborators.explain(b.author, c.coauthor()));
    }
    this.explanations = List.copyOf(ex);
    this.suggestions = b.suggestions != null ? b.suggestions
        : CollaboratorSuggestions.of(b.corpus).top(b.suggestionRows).suggest(b.author);
    this.suggestionRows = b.suggestionRows;
    this.authorTopics = b.authorTopics != null ? b.authorTopics
        : TopicClusters.of(b.corpus).clusterPapersOf(b.author);
    this.corpusTopics = b.corpusTopics != null ? b.corpusTopics : TopicClusters.of(b.corpus).cluster();
    this.topicMap = TopicMap.of(b.corpus, corpusTopics, Optional.of(b.author), b.maxTopics);
    this.timeline = b.timeline != null ? b.timeline : ResearchThreads.of(b.corpus).timeline(b.author);
    this.maxLanes = b.maxLanes;
    PaperGroups groups = b.colouring == Colouring.THREADS ? PaperGroups.of(timeline, maxLanes)
        : PaperGroups.of(authorTopics);
    this.network = CoauthorNetwork.of(b.corpus, b.author, b.hops, b.networkSize, groups);
    this.papers = b.corpus.papersOf(b.author);
  }

  /**
   * The report on an author with the default settings of every part.
   *
   * @param corpus the corpus
   * @param author an author of the corpus
   * @return the report, every part computed
   * @throws IllegalArgumentException if the author is not in the corpus
   */
  public static HtmlReport of(CorpusView corpus, Author author) {
    return builder(corpus, author).build();
  }

  /**
   * A builder for a report on an author, to pass results computed with other settings.
   *
   * @param corpus the corpus
   * @param author an author of the corpus
   * @return a builder with the defaults
   * @throws IllegalArgumentException if the author is not in the corpus
   */
  public static Builder builder(CorpusView corpus, Author author) {
    return new Builder(corpus, author);
  }

  /** Collects the settings and precomputed parts of a report. Not thread-safe. */
  public static final class Builder {
    private final CorpusView corpus;
    private final Author author;
    private Map<String, Number> statistics;
    private Collaborators collaborators;
    private int collaboratorRows = DEFAULT_COLLABORATOR_ROWS;
    private SuggestionRanking suggestions;
    private int suggestionRows = DEFAULT_SUGGESTION_ROWS;
    private TopicClustering authorTopics;
    private TopicClustering corpusTopics;
    private int maxTopics = TopicMap.DEFAULT_MAX_TOPICS;
    private Timeline timeline;
    private int maxLanes = TimelineSvg.DEFAULT_MAX_LANES;
    private int hops = 1;
    private int networkSize = CoauthorNetwork.DEFAULT_TOP;
    private Colouring colouring = Colouring.TOPICS;

    private Builder(CorpusView corpus, Author author) {
      this.corpus = checkNotNull(corpus, "corpus");
      this.author = checkNotNull(author, "author");
      corpus.indexOf(author);
    }

    /**
     * The corpus statistics to list (default: papers, authors, co-author edges, hyper-authored papers, citation
     * edges and unresolved references, from the corpus).
     *
     * @param values measure names (camel case, e.g. {@code mergedRecords}) to values, in the order to list them
     * @return this builder
     */
    public Builder statistics(Map<String, ? extends Number> values) {
      this.statistics = new LinkedHashMap<>(checkNotNull(values, "values"));
      return this;
    }

    /**
     * The collaborator ranking's settings (default {@code Collaborators.of(corpus)}); used for the ranking and the
     * explanations.
     *
     * @param value the configured ranking over the same corpus
     * @return this builder
     */
    public Builder collaborators(Collaborators value) {
      this.collaborators = checkNotNull(value, "collaborators");
      return this;
    }

    /**
     * How many collaborators the table lists, each with its explanation (default {@link
     * #DEFAULT_COLLABORATOR_ROWS}).
     *
     * @param rows at least 1
     * @return this builder
     * @throws IllegalArgumentException if rows is below 1
     */
    public Builder collaboratorRows(int rows) {
      checkArgument(rows >= 1, "collaborator rows must be at least 1, got %s", rows);
      this.collaboratorRows = rows;
      return this;
    }

    /**
     * The suggested collaborators (default: Adamic–Adar, the top {@link #DEFAULT_SUGGESTION_ROWS}).
     *
     * @param value suggestions for the report's author
     * @return this builder
     * @throws IllegalArgumentException if the suggestions are for another author
     */
    public Builder suggestions(SuggestionRanking value) {
      checkArgument(checkNotNull(value, "suggestions").author().equals(author),
          "the suggestions are for %s, not %s", value.author(), author);
      this.suggestions = value;
      return this;
    }

    /**
     * How many suggestions are listed (default {@link #DEFAULT_SUGGESTION_ROWS}).
     *
     * @param rows at least 1
     * @return this builder
     * @throws IllegalArgumentException if rows is below 1
     */
    public Builder suggestionRows(int rows) {
      checkArgument(rows >= 1, "suggestion rows must be at least 1, got %s", rows);
      this.suggestionRows = rows;
      return this;
    }

    /**
     * The topics of the author's papers (default {@code TopicClusters.of(corpus).clusterPapersOf(author)}).
     *
     * @param value a clustering of the author's papers
     * @return this builder
     */
    public Builder authorTopics(TopicClustering value) {
      this.authorTopics = checkNotNull(value, "authorTopics");
      return this;
    }

    /**
     * The topics of the corpus, drawn on the topic map (default {@code TopicClusters.of(corpus).cluster()}).
     *
     * @param value a clustering of the corpus
     * @return this builder
     */
    public Builder corpusTopics(TopicClustering value) {
      this.corpusTopics = checkNotNull(value, "corpusTopics");
      return this;
    }

    /**
     * The most topics on the map (default {@link TopicMap#DEFAULT_MAX_TOPICS}).
     *
     * @param value 1..{@link TopicMap#MAX_TOPICS}
     * @return this builder
     * @throws IllegalArgumentException if value is out of range
     */
    public Builder maxTopics(int value) {
      checkArgument(value >= 1 && value <= TopicMap.MAX_TOPICS, "maxTopics must be in 1..%s, got %s",
          TopicMap.MAX_TOPICS, value);
      this.maxTopics = value;
      return this;
    }

    /**
     * The author's research threads (default {@code ResearchThreads.of(corpus).timeline(author)}).
     *
     * @param value the author's timeline
     * @return this builder
     * @throws IllegalArgumentException if the timeline is of another author
     */
    public Builder timeline(Timeline value) {
      checkArgument(checkNotNull(value, "timeline").author().equals(author), "the timeline is of %s, not %s",
          value.author(), author);
      this.timeline = value;
      return this;
    }

    /**
     * The most threads with a lane of their own on the timeline (default {@link TimelineSvg#DEFAULT_MAX_LANES}).
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException if value is below 1
     */
    public Builder maxLanes(int value) {
      checkArgument(value >= 1, "maxLanes must be at least 1, got %s", value);
      this.maxLanes = value;
      return this;
    }

    /**
     * The co-author network: hops and number of co-authors (default 1 hop, {@link CoauthorNetwork#DEFAULT_TOP}).
     *
     * @param hops 1 or 2
     * @param top 1..{@link CoauthorNetwork#MAX_TOP}
     * @return this builder
     * @throws IllegalArgumentException if either is out of range
     */
    public Builder network(int hops, int top) {
      checkArgument(hops == 1 || hops == 2, "hops must be 1 or 2, got %s", hops);
      checkArgument(top >= 1 && top <= CoauthorNetwork.MAX_TOP, "top must be in 1..%s, got %s",
          CoauthorNetwork.MAX_TOP, top);
      this.hops = hops;
      this.networkSize = top;
      return this;
    }

    /**
     * What the co-author network is coloured by (default {@link Colouring#TOPICS}).
     *
     * @param value topics or threads
     * @return this builder
     */
    public Builder colouring(Colouring value) {
      this.colouring = checkNotNull(value, "colouring");
      return this;
    }

    /**
     * Computes every part not given.
     *
     * @return the report
     */
    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }

  /**
   * The statistics listed by default, from the corpus alone.
   *
   * @param corpus the corpus
   * @return measure names to values, in listing order
   */
  public static Map<String, Number> defaultStatistics(CorpusView corpus) {
    Map<String, Number> m = new LinkedHashMap<>();
    m.put("papers", corpus.papers().size());
    m.put("authors", corpus.authors().size());
    m.put("coauthorEdges", corpus.coauthorGraph().edgeCount());
    m.put("hyperAuthoredPapers", corpus.coauthorGraph().hyperAuthoredPapers().size());
    m.put("citationEdges", corpus.citationGraph().edgeCount());
    m.put("unresolvedReferences", corpus.citationGraph().unresolvedCount());
    return m;
  }

  /**
   * The co-author network of the report.
   *
   * @return the network drawn in the collaborators section
   */
  public CoauthorNetwork network() {
    return network;
  }

  /**
   * The topic map of the report.
   *
   * @return the map drawn in the topics section
   */
  public TopicMap topicMap() {
    return topicMap;
  }

  /**
   * The timeline of the report.
   *
   * @return the research threads drawn in the threads section
   */
  public Timeline timeline() {
    return timeline;
  }

  /**
   * Writes the report to a file (UTF-8), replacing it.
   *
   * @param file where to write
   * @throws IOException if the file cannot be written
   */
  public void write(Path file) throws IOException {
    Files.writeString(checkNotNull(file, "file"), render(), StandardCharsets.UTF_8);
  }

  /**
   * The report as one HTML document.
   *
   * @return the HTML text
   */
  public String render() {
    String name = author.displayName();
    StringBuilder h = new StringBuilder(256 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"citegraph\"/>\n")
        .append("<title>").append(esc("citegraph report: " + name)).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n")
        .append("<script>addEventListener('beforeprint',function(){document.querySelectorAll('details')")
        .append(".forEach(function(d){d.open=true;});});</script>\n")
        .append("</head>\n<body>\n");
    header(h);
    h.append("<main>\n");
    statisticsSection(h);
    collaboratorsSection(h);
    suggestionsSection(h);
    topicsSection(h);
    threadsSection(h);
    papersSection(h);
    h.append("</main>\n<footer>Made by citegraph from the records given; every figure can be reproduced with"
        + " the library and the same records. Collaborators: ").append(esc(ranking.settings()))
        .append(". Suggestions: ").append(esc(suggestions.settings())).append(". Topics: ")
        .append(esc(corpusTopics.settings())).append(". Threads: ").append(esc(timeline.settings()))
        .append(".</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private void header(StringBuilder h) {
    String name = author.displayName();
    h.append("<header>\n<h1>").append(esc(name)).append("</h1>\n<p class=\"sub\">id <code>").append(esc(author.id()))
        .append("</code>");
    List<String> variants = author.variants().stream().map(PersonName::displayName).distinct().toList();
    if (variants.size() > 1) {
      h.append(" \u00b7 also written ").append(esc(String.join(", ", variants.stream()
          .filter(v -> !v.equals(name)).toList())));
    }
    h.append("</p>\n<div class=\"cards\">\n");
    card(h, papers.size(), papers.size() == 1 ? "paper" : "papers");
    card(h, ranking.size(), ranking.size() == 1 ? "co-author" : "co-authors");
    card(h, timeline.size(), timeline.size() == 1 ? "research thread" : "research threads");
    card(h, authorTopics.clusters().size(), authorTopics.clusters().size() == 1 ? "topic" : "topics");
    String years = years(papers);
    if (!years.equals("-")) {
      h.append("<div class=\"card\"><b>").append(esc(years)).append("</b><span>years</span></div>\n");
    }
    h.append("</div>\n<nav>");
    String[][] links = {{"statistics", "Statistics"}, {"collaborators", "Collaborators"},
        {"suggestions", "Suggestions"}, {"topics", "Topics"}, {"threads", "Research threads"},
        {"papers", "Papers"}};
    for (String[] l : links) {
      h.append("<a href=\"#").append(l[0]).append("\">").append(l[1]).append("</a>");
    }
    h.append("</nav>\n</header>\n");
  }

  private static void card(StringBuilder h, int value, String what) {
    h.append("<div class=\"card\"><b>").append(value).append("</b><span>").append(esc(what))
        .append("</span></div>\n");
  }

  private void statisticsSection(StringBuilder h) {
    h.append("<section id=\"statistics\">\n<h2>Statistics</h2>\n<p>").append(esc(author.displayName()))
        .append(" has ").append(papers.size()).append(papers.size() == 1 ? " paper" : " papers")
        .append(" in this corpus of ").append(String.format(Locale.ROOT, "%,d", corpus.papers().size()))
        .append(" papers by ").append(String.format(Locale.ROOT, "%,d", corpus.authors().size()))
        .append(" authors.</p>\n<table class=\"stats\">\n<thead><tr><th>measure</th><th class=\"num\">value</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (Map.Entry<String, Number> e : statistics.entrySet()) {
      h.append("<tr><td>").append(esc(words(e.getKey()))).append("</td><td class=\"num\">")
          .append(esc(number(e.getValue()))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private void collaboratorsSection(StringBuilder h) {
    h.append("<section id=\"collaborators\">\n<h2>Collaborators</h2>\n");
    figure(h, CoauthorNetworkSvg.render(network), "Co-author network of " + author.displayName() + ": "
        + "circle area grows with papers in the corpus, line width with shared papers; colours: "
        + (network.groups().size() == 0 ? "one colour" : "the " + network.groups().kind() + " of "
            + author.displayName() + " that most shared papers belong to") + ". Hover for details.");
    h.append("<p class=\"settings\">Ranking: ").append(esc(ranking.settings())).append(". ")
        .append(ranking.size()).append(ranking.size() == 1 ? " co-author" : " co-authors")
        .append(ranking.size() > collaboratorRows ? ", the first " + collaboratorRows + " listed" : "")
        .append(". Open a row's <i>why</i> to see each shared paper and what it adds to the score.</p>\n");
    if (ranking.rows().isEmpty()) {
      h.append("<p>No co-authors under these settings.</p>\n</section>\n");
      return;
    }
    h.append("<table class=\"collaborators\">\n<thead><tr><th class=\"num\">#</th><th>collaborator</th>")
        .append("<th class=\"num\">papers</th><th class=\"num\">score</th><th>first</th><th>last</th>")
        .append("<th>categories</th><th>why</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < explanations.size(); i++) {
      Collaborator c = ranking.rows().get(i);
      Explanation e = explanations.get(i);
      h.append("<tr><td class=\"num\">").append(c.rank()).append("</td><td>").append(esc(c.coauthor().displayName()))
          .append("</td><td class=\"num\">").append(c.sharedPapers()).append("</td><td class=\"num\">")
          .append(fixed(c.score())).append("</td><td>").append(esc(c.first().map(Object::toString).orElse("-")))
          .append("</td><td>").append(esc(c.last().map(Object::toString).orElse("-"))).append("</td><td>")
          .append(esc(c.categoryMix())).append("</td><td><details><summary>why</summary>\n");
      h.append("<table class=\"inner\"><thead><tr><th>date</th><th class=\"num\">authors</th>")
          .append("<th class=\"num\">weight</th><th class=\"num\">recency</th><th class=\"num\">adds</th>")
          .append("<th>title</th></tr></thead><tbody>\n");
      for (Contribution k : e.rows()) {
        h.append("<tr><td>").append(esc(k.paper().date().map(Object::toString).orElse("-")))
            .append("</td><td class=\"num\">").append(k.authors()).append("</td><td class=\"num\">")
            .append(fixed(k.countingWeight())).append("</td><td class=\"num\">").append(fixed(k.recencyFactor()))
            .append("</td><td class=\"num\">").append(fixed(k.contribution())).append("</td><td>")
            .append(esc(k.paper().title())).append("</td></tr>\n");
      }
      h.append("<tr class=\"total\"><td colspan=\"4\">score</td><td class=\"num\">").append(fixed(e.score()))
          .append("</td><td></td></tr>\n</tbody></table></details></td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private void suggestionsSection(StringBuilder h) {
    h.append("<section id=\"suggestions\">\n<h2>Suggested collaborators</h2>\n<p class=\"settings\">")
        .append(esc(suggestions.settings())).append(": authors who are not yet co-authors, scored by the co-authors")
        .append(" they share with ").append(esc(author.displayName()))
        .append(". Open <i>via</i> to see each common co-author and what they add.</p>\n");
    List<Suggestion> rows = suggestions.top(suggestionRows);
    if (rows.isEmpty()) {
      h.append("<p>No suggestions: no author is a co-author of a co-author without being a co-author.</p>\n")
          .append("</section>\n");
      return;
    }
    h.append("<table class=\"suggestions\">\n<thead><tr><th class=\"num\">#</th><th>candidate</th>")
        .append("<th class=\"num\">score</th><th class=\"num\">common</th><th>via</th></tr></thead>\n<tbody>\n");
    for (Suggestion s : rows) {
      h.append("<tr><td class=\"num\">").append(s.rank()).append("</td><td>").append(esc(s.candidate().displayName()))
          .append("</td><td class=\"num\">").append(fixed(s.score())).append("</td><td class=\"num\">")
          .append(s.via().size()).append("</td><td><details><summary>").append(esc(s.viaNames()))
          .append("</summary>\n<table class=\"inner\"><thead><tr><th>common co-author</th>")
          .append("<th class=\"num\">co-authors</th><th class=\"num\">papers with ")
          .append(esc(author.displayName())).append("</th><th class=\"num\">papers with candidate</th>")
          .append("<th class=\"num\">adds</th></tr></thead><tbody>\n");
      for (CommonNeighbor c : s.via()) {
        h.append("<tr><td>").append(esc(c.author().displayName())).append("</td><td class=\"num\">")
            .append(c.degree()).append("</td><td class=\"num\">").append(c.papersWithAuthor())
            .append("</td><td class=\"num\">").append(c.papersWithCandidate()).append("</td><td class=\"num\">")
            .append(fixed(c.contribution())).append("</td></tr>\n");
      }
      h.append("</tbody></table></details></td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private void topicsSection(StringBuilder h) {
    h.append("<section id=\"topics\">\n<h2>Topics</h2>\n<h3>Topics of ").append(esc(author.displayName()))
        .append("'s papers</h3>\n<p class=\"settings\">").append(esc(authorTopics.settings()))
        .append(String.format(Locale.ROOT, "; modularity %.3f", authorTopics.modularity())).append("</p>\n");
    topicTable(h, authorTopics.clusters(), false);
    h.append("<h3>Topics of the corpus</h3>\n");
    figure(h, TopicMapSvg.render(topicMap), "Topic map: circle area grows with papers, colour shows the most "
        + "frequent primary category, lines join the most similar topics, dark rings mark topics with papers by "
        + author.displayName() + ". Hover for details.");
    h.append("<p class=\"settings\">").append(esc(corpusTopics.settings()))
        .append(String.format(Locale.ROOT, "; modularity %.3f", corpusTopics.modularity())).append("</p>\n");
    topicTable(h, corpusTopics.clusters().subList(0, topicMap.topics().size()), true);
    h.append("</section>\n");
  }

  private void topicTable(StringBuilder h, List<TopicCluster> clusters, boolean overlay) {
    Map<Integer, Integer> own = new HashMap<>();
    for (TopicMap.Topic t : topicMap.topics()) {
      own.put(t.id(), t.overlayPapers());
    }
    h.append("<table class=\"topics\">\n<thead><tr><th class=\"num\">#</th><th class=\"num\">papers</th>");
    if (overlay) {
      h.append("<th class=\"num\">of ").append(esc(author.displayName())).append("</th>");
    }
    h.append("<th>years</th><th>label</th><th>categories</th><th>top authors</th></tr></thead>\n<tbody>\n");
    for (TopicCluster c : clusters) {
      h.append("<tr><td class=\"num\">").append(c.id()).append("</td><td class=\"num\">").append(c.size())
          .append("</td>");
      if (overlay) {
        h.append("<td class=\"num\">").append(own.getOrDefault(c.id(), 0)).append("</td>");
      }
      h.append("<td>").append(esc(c.years())).append("</td><td>").append(esc(c.label())).append("</td><td>")
          .append(esc(categoryMix(c))).append("</td><td>")
          .append(esc(String.join(", ", c.topAuthors().keySet().stream().limit(3).toList()))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  /** The first few categories of a cluster (the full mix can list dozens). */
  private static String categoryMix(TopicCluster c) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> e : c.categories().entrySet()) {
      if (parts.size() == 4) {
        parts.add("\u2026");
        break;
      }
      parts.add(Category.of(e.getKey()).shortForm() + " " + Math.round(100.0 * e.getValue() / c.size()) + "%");
    }
    return String.join(", ", parts);
  }

  private void threadsSection(StringBuilder h) {
    h.append("<section id=\"threads\">\n<h2>Research threads</h2>\n");
    figure(h, TimelineSvg.render(timeline, maxLanes), "Research threads of " + author.displayName()
        + " over time: one lane per thread (the " + maxLanes + " largest at most), single papers in the last lane;"
        + " dashed arrows show a thread branching off an earlier paper. Hover a dot for its title.");
    h.append("<p class=\"settings\">").append(esc(timeline.settings())).append("</p>\n<ol class=\"threads\">\n");
    for (ResearchThread t : timeline.threads()) {
      h.append("<li><details><summary><b>").append(esc(t.label())).append("</b> (")
          .append(esc(threadYears(t))).append(", ").append(t.size()).append(t.size() == 1 ? " paper)" : " papers)");
      if (!t.collaborators().isEmpty()) {
        h.append(" \u2014 with ").append(esc(String.join(", ", t.collaborators().stream().limit(3)
            .map(ResearchThread.CoauthorCount::toString).toList())));
      }
      h.append("</summary>\n<ul>\n");
      for (ThreadEvent e : t.events()) {
        h.append("<li><span class=\"date\">").append(esc(e.date().map(Object::toString).orElse("undated")))
            .append("</span> ").append(esc(eventWords(e.kind()))).append(" <i>").append(esc(e.paper().title()))
            .append("</i>");
        e.related().ifPresent(r -> h.append(" (from <i>").append(esc(r.title())).append("</i>)"));
        h.append("</li>\n");
      }
      h.append("</ul></details></li>\n");
    }
    h.append("</ol>\n</section>\n");
  }

  private static String threadYears(ResearchThread t) {
    String from = t.start().map(d -> Integer.toString(d.year())).orElse("?");
    String to = t.end().map(d -> Integer.toString(d.year())).orElse("?");
    return from.equals(to) ? from : from + "\u2013" + to;
  }

  private static String eventWords(ThreadEvent.Kind kind) {
    return switch (kind) {
      case STARTS -> "starts with";
      case CONTINUES -> "continues with";
      case BRANCHES_OFF -> "branches off an earlier paper with";
      case STOPS -> "stops after";
    };
  }

  private void papersSection(StringBuilder h) {
    h.append("<section id=\"papers\">\n<h2>Papers</h2>\n");
    Map<PaperId, String> threadOf = new HashMap<>();
    for (ResearchThread t : timeline.threads()) {
      for (Paper p : t.papers()) {
        threadOf.put(p.id(), t.label());
      }
    }
    if (papers.size() > MAX_PAPER_ROWS) {
      h.append("<p class=\"settings\">The first ").append(MAX_PAPER_ROWS).append(" of ").append(papers.size())
          .append(" papers, in date order.</p>\n");
    }
    h.append("<table class=\"papers\">\n<thead><tr><th>date</th><th>category</th><th>title</th><th>co-authors</th>")
        .append("<th>thread</th></tr></thead>\n<tbody>\n");
    for (Paper p : papers.subList(0, Math.min(MAX_PAPER_ROWS, papers.size()))) {
      List<String> others = corpus.authorsOf(p).stream().filter(a -> !a.equals(author)).map(Author::displayName)
          .toList();
      String coauthors = others.size() <= COAUTHORS_PER_PAPER ? String.join(", ", others)
          : String.join(", ", others.subList(0, COAUTHORS_PER_PAPER)) + " et al. (" + others.size() + ")";
      h.append("<tr><td class=\"date\">").append(esc(p.date().map(Object::toString).orElse("-"))).append("</td><td>")
          .append(esc(p.primaryCategory().map(Category::code).orElse("-"))).append("</td><td>")
          .append(esc(p.title())).append(p.venue().map(v -> " — <em>" + esc(v) + "</em>").orElse(""))
          .append(" <span class=\"id\">").append(esc(p.id().toString())).append("</span>")
          .append("</td><td>").append(esc(coauthors)).append("</td><td>")
          .append(esc(threadOf.getOrDefault(p.id(), "-"))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  /** An inline SVG picture (its XML declaration dropped) with a caption. */
  private static void figure(StringBuilder h, String svg, String caption) {
    String body = svg.startsWith("<?xml") ? svg.substring(svg.indexOf("?>") + 2).stripLeading() : svg;
    h.append("<figure>\n").append(body).append("<figcaption>").append(esc(caption))
        .append("</figcaption>\n</figure>\n");
  }

  private static String years(List<Paper> papers) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (Paper p : papers) {
      if (p.date().isPresent()) {
        min = Math.min(min, p.date().get().year());
        max = Math.max(max, p.date().get().year());
      }
    }
    return min > max ? "-" : min == max ? Integer.toString(min) : min + "\u2013" + max;
  }

  /** Display names of the measures whose words need more than splitting. */
  private static final Map<String, String> MEASURE_NAMES = Map.of("coauthorEdges", "co-author edges",
      "hyperAuthoredPapers", "hyper-authored papers");

  /** "mergedRecords" as "merged records". */
  static String words(String camel) {
    String known = MEASURE_NAMES.get(camel);
    if (known != null) {
      return known;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        sb.append(' ').append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String number(Number n) {
    if (n instanceof Double || n instanceof Float) {
      return String.format(Locale.ROOT, "%,.3f", n.doubleValue());
    }
    return String.format(Locale.ROOT, "%,d", n.longValue());
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static String esc(String text) {
    return Svg.escape(text);
  }

  /** The style sheet: a readable page on a laptop screen, and A4 pages in print. */
  private static final String CSS = """
      :root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9dde3; --band: #f3f5f8; --accent: #4e79a7; }
      * { box-sizing: border-box; }
      body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 "DejaVu Sans", "Segoe UI", Roboto,
        Helvetica, Arial, sans-serif; }
      header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
      header { padding-top: 24px; }
      h1 { font-size: 28px; margin: 0 0 2px; }
      h2 { font-size: 21px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
      h3 { font-size: 16px; margin: 22px 0 8px; }
      .sub, .settings, figcaption, footer { color: var(--muted); font-size: 13px; }
      code { font-size: 13px; }
      .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
      .card { background: var(--band); border-radius: 8px; padding: 10px 16px; min-width: 120px; }
      .card b { display: block; font-size: 22px; }
      .card span { color: var(--muted); font-size: 13px; }
      nav { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 0;
        z-index: 1; }
      nav a { color: var(--accent); text-decoration: none; margin-right: 18px; font-weight: 600; }
      figure { margin: 12px 0 16px; border: 1px solid var(--line); border-radius: 8px; padding: 8px; }
      figure svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
      table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 8px 0 12px; }
      th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
      th { background: var(--band); font-weight: 600; }
      .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      table.stats { width: auto; min-width: 360px; }
      table.inner { font-size: 12.5px; margin: 6px 0; background: #fff; }
      tr.total td { font-weight: 600; border-bottom: none; }
      details summary { cursor: pointer; color: var(--accent); }
      details[open] summary { margin-bottom: 4px; }
      ol.threads li { margin: 4px 0; }
      ol.threads ul { margin: 4px 0 8px; padding-left: 20px; font-size: 13.5px; }
      .date { white-space: nowrap; font-variant-numeric: tabular-nums; }
      .id { color: var(--muted); font-size: 12px; }
      footer { margin-top: 40px; padding-top: 12px; padding-bottom: 32px; border-top: 1px solid var(--line); }
      @media print {
        @page { size: A4; margin: 14mm; }
        body { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        header, main, footer { max-width: none; padding: 0; }
        nav { display: none; }
        h2 { break-after: avoid; }
        figure { break-inside: avoid; border: none; padding: 0; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        details summary { color: var(--ink); }
        details::details-content { content-visibility: visible; }
      }
      """;
}
