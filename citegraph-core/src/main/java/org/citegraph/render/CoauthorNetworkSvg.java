package org.citegraph.render;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.citegraph.model.Author;

/**
 * Draws a {@link CoauthorNetwork} as a standalone SVG 1.1 document: the author at the centre, each co-author a
 * circle whose area grows with their papers in the corpus, each link a line whose width grows with the papers the
 * two share, co-authors coloured by the group (topic or research thread) of most of their shared papers, second-hop
 * authors grey. The layout is JGraphT's Fruchterman–Reingold with a fixed seed and the centre pinned ({@link
 * ForceLayout}), circles are pushed apart until none overlap, and names are placed greedily so that no name
 * overlaps another name or a circle ({@link LabelPlacer}); a name that finds no room is left to the hover title
 * (every circle and line has one). A caption names the heaviest link; a legend explains colours and sizes.
 *
 * <p>The document depends only on the network, so equal networks give equal bytes. Stateless; O(i · n² + n · c)
 * for i layout iterations, n nodes and c label candidates.
 */
public final class CoauthorNetworkSvg {
  private static final double WIDTH = 960;
  private static final double PLOT_HEIGHT = 620;
  private static final double HEADER = 62;
  private static final double MARGIN = 70;
  private static final double FONT = 11;
  private static final double CENTRE_FONT = 13;
  private static final double MIN_R = 4;
  private static final double MAX_R = 26;
  private static final double MAX_LINK = 7;
  private static final String CENTRE_COLOUR = "#333333";

  private CoauthorNetworkSvg() {}

  /**
   * The SVG document of a co-author network.
   *
   * @param network the network to draw
   * @return the SVG document
   */
  public static String render(CoauthorNetwork network) {
    checkNotNull(network, "network");
    List<CoauthorNetwork.Node> nodes = network.nodes();
    int n = nodes.size();
    int maxPapers = nodes.stream().mapToInt(CoauthorNetwork.Node::papers).max().orElse(1);
    int maxLink = network.links().stream().mapToInt(CoauthorNetwork.Link::papers).max().orElse(1);
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = radius(nodes.get(i).papers(), maxPapers);
    }
    List<int[]> edges = new ArrayList<>();
    for (CoauthorNetwork.Link l : network.links()) {
      edges.add(new int[] {l.from(), l.to()});
    }
    double top = HEADER;
    double[][] xy = ForceLayout.layout(n, edges, 0, MARGIN + MAX_R, top + MAX_R + 10,
        WIDTH - 2 * (MARGIN + MAX_R), PLOT_HEIGHT - 2 * MAX_R - 20);
    ForceLayout.separate(xy, r, 6, 0, 8, top, WIDTH - 16, PLOT_HEIGHT);

    String name = network.centre().displayName();
    String title = "Co-authors of " + name;
    LegendRows legend = legend(network, maxPapers, maxLink);
    double height = Math.ceil(top + PLOT_HEIGHT + legend.height() + 12);

    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(Svg.num(WIDTH))
        .append("\" height=\"").append(Svg.num(height)).append("\" viewBox=\"0 0 ").append(Svg.num(WIDTH))
        .append(' ').append(Svg.num(height)).append("\" font-family=\"").append(Svg.FONT_FAMILY)
        .append("\" font-size=\"").append(Svg.num(FONT)).append("\">\n");
    sb.append("  <title>").append(Svg.escape(title)).append("</title>\n");
    sb.append("  <rect x=\"0\" y=\"0\" width=\"").append(Svg.num(WIDTH)).append("\" height=\"")
        .append(Svg.num(height)).append("\" fill=\"white\"/>\n");
    sb.append("  <text x=\"12\" y=\"24\" font-size=\"16\" font-weight=\"bold\">").append(Svg.escape(title))
        .append("</text>\n");
    sb.append("  <text x=\"12\" y=\"44\" font-size=\"11\" fill=\"#555\">").append(Svg.escape(caption(network)))
        .append("</text>\n");

    // Links: centre links in the co-author's colour, the others grey; heavier links wider.
    sb.append("  <g class=\"links\" stroke-linecap=\"round\">\n");
    List<CoauthorNetwork.Link> links = new ArrayList<>(network.links());
    links.sort((a, b) -> a.papers() != b.papers() ? Integer.compare(a.papers(), b.papers())
        : a.from() != b.from() ? Integer.compare(a.from(), b.from()) : Integer.compare(a.to(), b.to()));
    for (CoauthorNetwork.Link l : links) {
      CoauthorNetwork.Node a = nodes.get(l.from());
      CoauthorNetwork.Node b = nodes.get(l.to());
      String colour = l.from() == 0 ? colour(b) : "#9a9a9a";
      sb.append("    <line x1=\"").append(Svg.num(xy[l.from()][0])).append("\" y1=\"")
          .append(Svg.num(xy[l.from()][1])).append("\" x2=\"").append(Svg.num(xy[l.to()][0])).append("\" y2=\"")
          .append(Svg.num(xy[l.to()][1])).append("\" stroke=\"").append(colour).append("\" stroke-opacity=\"")
          .append(l.from() == 0 ? "0.75" : "0.45").append("\" stroke-width=\"")
          .append(Svg.num(linkWidth(l.papers(), maxLink))).append("\" class=\"link\"><title>")
          .append(Svg.escape(a.author().displayName() + " \u2013 " + b.author().displayName() + ": "
              + papers(l.papers()) + " together"))
          .append("</title></line>\n");
    }
    sb.append("  </g>\n");

    // Nodes, then names placed around them.
    LabelPlacer placer = new LabelPlacer(WIDTH, top + PLOT_HEIGHT);
    placer.blockBox(new Svg.Box(0, 0, WIDTH, top - 4));
    for (int i = 0; i < n; i++) {
      placer.blockCircle(xy[i][0], xy[i][1], r[i]);
    }
    sb.append("  <g class=\"nodes\" stroke=\"white\" stroke-width=\"1.5\">\n");
    for (int i = n - 1; i >= 0; i--) {
      CoauthorNetwork.Node node = nodes.get(i);
      sb.append("    <circle cx=\"").append(Svg.num(xy[i][0])).append("\" cy=\"").append(Svg.num(xy[i][1]))
          .append("\" r=\"").append(Svg.num(r[i])).append("\" fill=\"").append(colour(node)).append('"')
          .append(i == 0 ? " stroke=\"#000\" stroke-width=\"2\"" : "").append(" class=\"author\"><title>")
          .append(Svg.escape(tooltip(network, node))).append("</title></circle>\n");
    }
    sb.append("  </g>\n");
    sb.append("  <g class=\"names\" fill=\"#222\">\n");
    for (int i = 0; i < n; i++) {
      Author a = nodes.get(i).author();
      double font = i == 0 ? CENTRE_FONT : FONT;
      double w = Svg.textWidth(a.displayName(), font * (i == 0 ? Svg.BOLD : 1));
      Optional<LabelPlacer.Placed> p = placer.place(w, 1, font, font, xy[i][0], xy[i][1], r[i]);
      if (p.isEmpty()) {
        continue;
      }
      sb.append("    <text x=\"").append(Svg.num(p.get().x())).append("\" y=\"").append(Svg.num(p.get().y()))
          .append('"');
      if (!p.get().anchor().equals("start")) {
        sb.append(" text-anchor=\"").append(p.get().anchor()).append('"');
      }
      if (i == 0) {
        sb.append(" font-size=\"").append(Svg.num(CENTRE_FONT)).append("\" font-weight=\"bold\"");
      }
      sb.append(" class=\"name\">").append(Svg.escape(a.displayName())).append("</text>\n");
    }
    sb.append("  </g>\n");
    sb.append(legend.svg(top + PLOT_HEIGHT + 8));
    sb.append("</svg>\n");
    return sb.toString();
  }

  /** The caption under the title: what is shown and the heaviest link. */
  private static String caption(CoauthorNetwork network) {
    long coauthors = network.nodes().stream().filter(x -> x.hop() == 1).count();
    long second = network.nodes().stream().filter(x -> x.hop() == 2).count();
    StringBuilder sb = new StringBuilder();
    sb.append(coauthors).append(coauthors == 1 ? " co-author" : " co-authors").append(" with the most shared papers");
    if (second > 0) {
      sb.append(", and ").append(second).append(" of their co-authors");
    }
    network.heaviestCentreLink().ifPresent(l -> sb.append("; heaviest link: ")
        .append(network.nodes().get(l.to()).author().displayName()).append(" (").append(papers(l.papers()))
        .append(')'));
    return sb.toString();
  }

  private static String tooltip(CoauthorNetwork network, CoauthorNetwork.Node node) {
    StringBuilder sb = new StringBuilder(node.author().displayName()).append(": ").append(papers(node.papers()));
    if (node.hop() == 1) {
      sb.append(", ").append(node.shared()).append(" with ").append(network.centre().displayName());
    } else if (node.hop() == 2) {
      sb.append(", ").append(node.shared()).append(" with the co-authors shown");
    }
    node.group().ifPresent(g -> sb.append("; mostly ").append(network.groups().labels().get(g)));
    return sb.toString();
  }

  private static String papers(int n) {
    return n == 1 ? "1 paper" : n + " papers";
  }

  private static String colour(CoauthorNetwork.Node node) {
    if (node.hop() == 0) {
      return CENTRE_COLOUR;
    }
    if (node.hop() == 2) {
      return "#dddddd";
    }
    return node.group().isPresent() ? PaperGroups.colour(node.group().getAsInt()) : Svg.GREY;
  }

  /** Circle radius: area proportional to papers, between MIN_R and MAX_R. */
  private static double radius(int papers, int maxPapers) {
    return MIN_R + (MAX_R - MIN_R) * Math.sqrt((double) papers / Math.max(1, maxPapers));
  }

  /** Line width: from 1 for one paper to MAX_LINK for the heaviest link. */
  private static double linkWidth(int papers, int maxLink) {
    return maxLink <= 1 ? 1.5 : 1 + (MAX_LINK - 1) * (papers - 1) / (double) (maxLink - 1);
  }

  /** The legend, laid out in rows of at most the picture's width: marks (a colour, a line width, "text", "o"). */
  private record LegendRows(List<String[]> items, double height) {
    String svg(double y) {
      StringBuilder sb = new StringBuilder("  <g class=\"legend\" font-size=\"11\" fill=\"#333\">\n");
      layout(items, (item, x, row) -> {
        String mark = item[0];
        double tx = x + 26;
        if (mark.equals("text")) {
          tx = x;
        } else if (mark.equals("o")) {
          sb.append("    <path d=\"M").append(Svg.num(x + 2)).append(',').append(Svg.num(row - 4))
              .append(" a6,6 0 1,0 12,0 a6,6 0 1,0 -12,0\" fill=\"none\" stroke=\"#555\"/>\n");
        } else if (mark.startsWith("#")) {
          sb.append("    <rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(row - 10))
              .append("\" width=\"16\" height=\"12\" rx=\"3\" fill=\"").append(mark).append("\"/>\n");
        } else {
          sb.append("    <path d=\"M").append(Svg.num(x)).append(',').append(Svg.num(row - 4))
              .append(" h18\" stroke=\"#9a9a9a\" stroke-width=\"").append(mark).append("\"/>\n");
        }
        sb.append("    <text x=\"").append(Svg.num(tx)).append("\" y=\"").append(Svg.num(row)).append("\">")
            .append(Svg.escape(item[1])).append("</text>\n");
      }, y + 12);
      return sb.append("  </g>\n").toString();
    }
  }

  /** Receives each legend item with its position. */
  private interface ItemSink {
    void item(String[] item, double x, double baseline);
  }

  /** Lays the legend items out in rows and returns the number of rows. */
  private static int layout(List<String[]> items, ItemSink sink, double firstBaseline) {
    double x = 12;
    double row = firstBaseline;
    int rows = 1;
    for (String[] item : items) {
      double w = (item[0].equals("text") ? 0 : 26) + Svg.textWidth(item[1], 11) + 22;
      if (x > 12 && x + w > WIDTH - 12) {
        x = 12;
        row += 20;
        rows++;
      }
      sink.item(item, x, row);
      x += w;
    }
    return rows;
  }

  private static LegendRows legend(CoauthorNetwork network, int maxPapers, int maxLink) {
    List<String[]> items = new ArrayList<>();
    PaperGroups groups = network.groups();
    if (groups.size() > 0) {
      items.add(new String[] {"text", "Colours: " + network.centre().displayName() + "'s " + groups.kind() + ":"});
    }
    for (int g = 0; g < groups.size(); g++) {
      final int group = g;
      if (network.nodes().stream().anyMatch(x -> x.group().isPresent() && x.group().getAsInt() == group)) {
        items.add(new String[] {PaperGroups.colour(g), groups.labels().get(g) + " (" + papers(groups.sizes().get(g))
            + ")"});
      }
    }
    if (network.nodes().stream().anyMatch(x -> x.hop() == 1 && x.group().isEmpty())) {
      items.add(new String[] {Svg.GREY, groups.size() == 0 ? "co-author" : "co-author outside these " + groups.kind()});
    }
    if (network.nodes().stream().anyMatch(x -> x.hop() == 2)) {
      items.add(new String[] {"#dddddd", "co-author of co-authors"});
    }
    items.add(new String[] {"1", "1 shared paper"});
    if (maxLink > 1) {
      items.add(new String[] {Svg.num(MAX_LINK), maxLink + " shared papers"});
    }
    items.add(new String[] {"o", "circle area: papers in the corpus (largest " + maxPapers + ")"});
    int rows = layout(items, (item, x, y) -> { }, 0);
    return new LegendRows(items, rows * 20 + 6);
  }

  /**
   * Writes the SVG document of {@link #render(CoauthorNetwork)} to a file (UTF-8), replacing it.
   *
   * @param network what to draw
   * @param file where to write
   * @throws java.io.IOException if the file cannot be written
   */
  public static void write(CoauthorNetwork network, java.nio.file.Path file) throws java.io.IOException {
    java.nio.file.Files.writeString(checkNotNull(file, "file"), render(network),
        java.nio.charset.StandardCharsets.UTF_8);
  }
}
