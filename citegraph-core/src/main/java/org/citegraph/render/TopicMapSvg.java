package org.citegraph.render;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citegraph.model.Category;

/**
 * Draws a {@link TopicMap} as a standalone SVG 1.1 document, after VOSviewer's overlay maps: each topic a circle
 * whose area grows with its papers, filled with the colour of its dominant primary category (LG, NE, NC, CV, CL;
 * other categories grey), placed by text similarity (JGraphT's Fruchterman–Reingold on the links to each topic's
 * most similar topics, fixed seed, circles pushed apart until none overlap; {@link ForceLayout}), the links drawn
 * as lines whose width grows with the similarity. With an overlay author, the topics holding the author's papers
 * get a dark ring, thicker for more papers. Labels (the topic's first two terms) sit inside a circle when they fit,
 * else beside it where they overlap nothing ({@link LabelPlacer}); every circle has a hover title with the full
 * label, papers, years and category. A legend explains colours, rings and sizes.
 *
 * <p>The document depends only on the map, so equal maps give equal bytes. Stateless; O(i · k² + k · c) for i
 * layout iterations, k topics and c label candidates.
 */
public final class TopicMapSvg {
  private static final double WIDTH = 960;
  private static final double PLOT_HEIGHT = 600;
  private static final double HEADER = 62;
  private static final double MIN_R = 8;
  private static final double MAX_R = 62;
  private static final double FONT = 11;
  private static final double LINE = 13;
  /** The longest gap a median link keeps between its two circles. */
  private static final double LINK_ROOM = 120;

  private TopicMapSvg() {}

  /**
   * The SVG document of a topic map.
   *
   * @param map the map to draw
   * @return the SVG document
   */
  public static String render(TopicMap map) {
    checkNotNull(map, "map");
    List<TopicMap.Topic> topics = map.topics();
    int k = topics.size();
    int maxPapers = topics.stream().mapToInt(TopicMap.Topic::papers).max().orElse(1);
    int maxOwn = topics.stream().mapToInt(TopicMap.Topic::overlayPapers).max().orElse(0);
    double[] r = new double[k];
    for (int i = 0; i < k; i++) {
      r[i] = MIN_R + (MAX_R - MIN_R) * Math.sqrt((double) topics.get(i).papers() / maxPapers);
    }
    List<int[]> edges = new ArrayList<>();
    for (TopicMap.Link l : map.links()) {
      edges.add(new int[] {l.from(), l.to()});
    }
    double top = HEADER;
    double[][] xy = ForceLayout.layout(k, edges, -1, MAX_R + 40, top + MAX_R, WIDTH - 2 * (MAX_R + 40),
        PLOT_HEIGHT - 2 * MAX_R);
    compact(xy, r, map.links(), WIDTH / 2, top + PLOT_HEIGHT / 2);
    ForceLayout.separate(xy, r, 4, -1, 8, top, WIDTH - 16, PLOT_HEIGHT);

    Map<String, String> legendColours = legendColours(map);
    List<String[]> legendItems = new ArrayList<>();
    legendColours.forEach((code, colour) -> legendItems.add(new String[] {colour, code}));
    map.overlay().ifPresent(a -> {
      if (maxOwn > 0) {
        legendItems.add(new String[] {"ring", "ring: topics with papers of " + a.displayName() + " (thicker: more)"});
      }
    });
    legendItems.add(new String[] {"link", "line: most similar topics"});
    legendItems.add(new String[] {"o", "circle area: papers (largest " + maxPapers + ")"});
    int rows = legendRows(legendItems, null, 0);
    double height = Math.ceil(top + PLOT_HEIGHT + 8 + rows * 20 + 10);

    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(Svg.num(WIDTH))
        .append("\" height=\"").append(Svg.num(height)).append("\" viewBox=\"0 0 ").append(Svg.num(WIDTH))
        .append(' ').append(Svg.num(height)).append("\" font-family=\"").append(Svg.FONT_FAMILY)
        .append("\" font-size=\"").append(Svg.num(FONT)).append("\">\n");
    sb.append("  <title>").append(Svg.escape(map.title())).append("</title>\n");
    sb.append("  <rect x=\"0\" y=\"0\" width=\"").append(Svg.num(WIDTH)).append("\" height=\"")
        .append(Svg.num(height)).append("\" fill=\"white\"/>\n");
    sb.append("  <text x=\"12\" y=\"24\" font-size=\"16\" font-weight=\"bold\">").append(Svg.escape(map.title()))
        .append("</text>\n");
    String caption = (k == map.totalTopics() ? "All " + k + " topics" : "The " + k + " largest of " + map.totalTopics()
        + " topics") + " (" + map.shownPapers() + " of " + map.totalPapers() + " papers), placed by text similarity;"
        + " colour: most frequent primary category";
    sb.append("  <text x=\"12\" y=\"44\" font-size=\"11\" fill=\"#555\">").append(Svg.escape(caption))
        .append("</text>\n");

    double maxSim = map.links().stream().mapToDouble(TopicMap.Link::similarity).max().orElse(1);
    sb.append("  <g class=\"links\" stroke=\"#8c8c8c\" stroke-opacity=\"0.55\" stroke-linecap=\"round\">\n");
    for (TopicMap.Link l : map.links()) {
      sb.append("    <line x1=\"").append(Svg.num(xy[l.from()][0])).append("\" y1=\"")
          .append(Svg.num(xy[l.from()][1])).append("\" x2=\"").append(Svg.num(xy[l.to()][0])).append("\" y2=\"")
          .append(Svg.num(xy[l.to()][1])).append("\" stroke-width=\"")
          .append(Svg.num(1 + 5 * l.similarity() / maxSim)).append("\"><title>")
          .append(Svg.escape(shortLabel(topics.get(l.from())) + " \u2013 " + shortLabel(topics.get(l.to()))
              + ": similarity " + String.format(java.util.Locale.ROOT, "%.2f", l.similarity())))
          .append("</title></line>\n");
    }
    sb.append("  </g>\n");

    LabelPlacer placer = new LabelPlacer(WIDTH, top + PLOT_HEIGHT);
    placer.blockBox(new Svg.Box(0, 0, WIDTH, top - 4));
    for (int i = 0; i < k; i++) {
      placer.blockCircle(xy[i][0], xy[i][1], r[i]);
    }
    sb.append("  <g class=\"topics\">\n");
    for (int i = 0; i < k; i++) {
      TopicMap.Topic t = topics.get(i);
      sb.append("    <circle cx=\"").append(Svg.num(xy[i][0])).append("\" cy=\"").append(Svg.num(xy[i][1]))
          .append("\" r=\"").append(Svg.num(r[i])).append("\" fill=\"").append(Svg.categoryColour(t.category()))
          .append("\" fill-opacity=\"0.92\"");
      if (t.overlayPapers() > 0) {
        sb.append(" stroke=\"#111\" stroke-width=\"")
            .append(Svg.num(1.5 + 3.5 * t.overlayPapers() / (double) Math.max(1, maxOwn))).append('"');
      } else {
        sb.append(" stroke=\"white\" stroke-width=\"1\"");
      }
      sb.append(" class=\"topic\"><title>").append(Svg.escape(tooltip(map, t))).append("</title></circle>\n");
    }
    sb.append("  </g>\n  <g class=\"labels\" fill=\"#1a1a1a\">\n");
    for (int i = 0; i < k; i++) {
      TopicMap.Topic t = topics.get(i);
      List<String> terms = terms(t);
      // Inside the circle when the terms fit (both, else the first), else beside it (both, else the first).
      double room = 2 * r[i] - 8;
      List<String> both = new ArrayList<>();
      terms.forEach(term -> both.addAll(Svg.wrap(term, room, FONT)));
      List<List<String>> inside = terms.size() > 1
          ? List.of(terms, both, Svg.wrap(terms.get(0), room, FONT)) : List.of(both);
      boolean placed = false;
      for (List<String> lines : inside) {
        double inner = lines.stream().mapToDouble(s -> Svg.textWidth(s, FONT)).max().orElse(0);
        double blockHeight = FONT + (lines.size() - 1) * LINE;
        if (inner <= room && blockHeight <= 2 * r[i] - 6) {
          double y = xy[i][1] - blockHeight / 2 + FONT * 0.8;
          placer.blockBox(new Svg.Box(xy[i][0] - inner / 2, y - FONT * 0.8, inner, blockHeight));
          Svg.textLines(sb, "    ", xy[i][0], y, LINE, lines, "text-anchor=\"middle\" class=\"label\"");
          placed = true;
          break;
        }
      }
      List<String> outside = terms.size() > 1 ? List.of(String.join(" \u00b7 ", terms), terms.get(0))
          : List.of(terms.get(0));
      for (int o = 0; o < outside.size() && !placed; o++) {
        String line = outside.get(o);
        Optional<LabelPlacer.Placed> p = placer.place(Svg.textWidth(line, FONT), 1, FONT, LINE, xy[i][0],
            xy[i][1], r[i]);
        if (p.isPresent()) {
          Svg.textLines(sb, "    ", p.get().x(), p.get().y(), LINE, List.of(line),
              (p.get().anchor().equals("start") ? "" : "text-anchor=\"" + p.get().anchor() + "\" ")
                  + "class=\"label\"");
          placed = true;
        }
      }
    }
    sb.append("  </g>\n");
    sb.append("  <g class=\"legend\" font-size=\"11\" fill=\"#333\">\n");
    legendRows(legendItems, sb, top + PLOT_HEIGHT + 20);
    sb.append("  </g>\n</svg>\n");
    return sb.toString();
  }

  /**
   * Draws a sparse map closer together: when the median link is longer than its two circles plus {@link
   * #LINK_ROOM}, scales the positions about the centre so that it is not (a map of a few topics would otherwise
   * spread to the corners).
   */
  private static void compact(double[][] xy, double[] r, List<TopicMap.Link> links, double cx, double cy) {
    if (links.isEmpty()) {
      return;
    }
    double[] ratio = new double[links.size()];
    for (int i = 0; i < ratio.length; i++) {
      TopicMap.Link l = links.get(i);
      double d = Math.hypot(xy[l.to()][0] - xy[l.from()][0], xy[l.to()][1] - xy[l.from()][1]);
      ratio[i] = d <= 0 ? 1 : (r[l.from()] + r[l.to()] + LINK_ROOM) / d;
    }
    java.util.Arrays.sort(ratio);
    double s = ratio[ratio.length / 2];
    if (s >= 1) {
      return;
    }
    for (double[] p : xy) {
      p[0] = cx + (p[0] - cx) * s;
      p[1] = cy + (p[1] - cy) * s;
    }
  }

  /** The first two terms of a topic's label. */
  private static List<String> terms(TopicMap.Topic t) {
    List<String> terms = new ArrayList<>();
    for (String s : t.label().split(" \u00b7 ")) {
      if (terms.size() < 2 && !s.isBlank()) {
        terms.add(s.strip());
      }
    }
    return terms.isEmpty() ? List.of("#" + t.id()) : terms;
  }

  private static String shortLabel(TopicMap.Topic t) {
    return String.join(" \u00b7 ", terms(t));
  }

  private static String tooltip(TopicMap map, TopicMap.Topic t) {
    StringBuilder sb = new StringBuilder("Topic ").append(t.id()).append(": ").append(t.label()).append(" \u2014 ")
        .append(t.papers()).append(t.papers() == 1 ? " paper, " : " papers, ").append(t.years()).append(", mostly ")
        .append(t.category());
    map.overlay().ifPresent(a -> sb.append("; ").append(t.overlayPapers()).append(" by ").append(a.displayName()));
    return sb.toString();
  }

  /** Category legend entries for the categories on the map: the five known ones in order, then "other". */
  private static Map<String, String> legendColours(TopicMap map) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String code : Svg.CATEGORY_COLOURS.keySet()) {
      if (map.topics().stream().anyMatch(t -> t.category().equals(code))) {
        out.put(code + " " + Category.of(code).name(), Svg.CATEGORY_COLOURS.get(code));
      }
    }
    if (map.topics().stream().anyMatch(t -> !Svg.CATEGORY_COLOURS.containsKey(t.category()))) {
      out.put("other categories", Svg.GREY);
    }
    return out;
  }

  /** Lays the legend out in rows (writing it when {@code sb} is not null) and returns the number of rows. */
  private static int legendRows(List<String[]> items, StringBuilder sb, double firstBaseline) {
    double x = 12;
    double row = firstBaseline;
    int rows = 1;
    for (String[] item : items) {
      double w = 26 + Svg.textWidth(item[1], 11) + 20;
      if (x > 12 && x + w > WIDTH - 12) {
        x = 12;
        row += 20;
        rows++;
      }
      if (sb != null) {
        switch (item[0]) {
          case "ring" -> sb.append("    <path d=\"M").append(Svg.num(x + 2)).append(',').append(Svg.num(row - 4))
              .append(" a7,7 0 1,0 14,0 a7,7 0 1,0 -14,0\" fill=\"#dddddd\" stroke=\"#111\" stroke-width=\"3\"/>\n");
          case "link" -> sb.append("    <path d=\"M").append(Svg.num(x)).append(',').append(Svg.num(row - 4))
              .append(" h18\" stroke=\"#8c8c8c\" stroke-width=\"3\"/>\n");
          case "o" -> sb.append("    <path d=\"M").append(Svg.num(x + 2)).append(',').append(Svg.num(row - 4))
              .append(" a7,7 0 1,0 14,0 a7,7 0 1,0 -14,0\" fill=\"none\" stroke=\"#555\"/>\n");
          default -> sb.append("    <rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(row - 10))
              .append("\" width=\"16\" height=\"12\" rx=\"3\" fill=\"").append(item[0]).append("\"/>\n");
        }
        sb.append("    <text x=\"").append(Svg.num(x + 26)).append("\" y=\"").append(Svg.num(row)).append("\">")
            .append(Svg.escape(item[1])).append("</text>\n");
      }
      x += w;
    }
    return rows;
  }

  /**
   * Writes the SVG document of {@link #render(TopicMap)} to a file (UTF-8), replacing it.
   *
   * @param map what to draw
   * @param file where to write
   * @throws java.io.IOException if the file cannot be written
   */
  public static void write(TopicMap map, java.nio.file.Path file) throws java.io.IOException {
    java.nio.file.Files.writeString(checkNotNull(file, "file"), render(map),
        java.nio.charset.StandardCharsets.UTF_8);
  }
}
