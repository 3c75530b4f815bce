package org.citegraph.render;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.IntSummaryStatistics;
import java.util.Locale;

import org.citegraph.model.Paper;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.Timeline;

/**
 * Renders a {@link Timeline} as a standalone SVG 1.1 document, written as text with no graphics dependency. Each
 * thread is a horizontal lane (alternately shaded) with its label at the left; each paper is a circle at its date
 * (the middle of its year or month when only those are known) with a {@code <title>} tooltip giving the title and
 * date; a year axis runs along the bottom with a tick per year. Undated papers are drawn in a column "n.d." right of
 * the axis. All text is XML-escaped. Stateless; O(threads + papers + years).
 */
public final class TimelineSvg {
  private static final int LABEL_WIDTH = 260;
  private static final int YEAR_WIDTH = 90;
  private static final int LANE_HEIGHT = 34;
  private static final int TOP = 40;
  private static final int AXIS_HEIGHT = 40;
  private static final int RIGHT = 30;
  private static final int LABEL_CHARS = 38;
  private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
      "#e377c2", "#17becf"};

  private TimelineSvg() {}

  /**
   * The SVG document of a timeline.
   *
   * @param timeline the author's research threads; a timeline with no threads gives a document with its title and
   *     no lanes
   * @return a complete SVG 1.1 document with an XML declaration, as text
   * @throws NullPointerException if {@code timeline} is null
   */
  public static String render(Timeline timeline) {
    checkNotNull(timeline, "timeline");
    IntSummaryStatistics years = timeline.threads().stream().flatMap(t -> t.papers().stream())
        .flatMap(p -> p.date().stream()).mapToInt(d -> d.year()).summaryStatistics();
    boolean undated = timeline.threads().stream().flatMap(t -> t.papers().stream())
        .anyMatch(p -> p.date().isEmpty());
    int from = years.getCount() == 0 ? 0 : years.getMin();
    int span = years.getCount() == 0 ? 0 : years.getMax() - from + 1;
    int axisX = LABEL_WIDTH;
    int width = axisX + span * YEAR_WIDTH + (undated ? YEAR_WIDTH : 0) + RIGHT;
    int lanes = timeline.threads().size();
    int axisY = TOP + lanes * LANE_HEIGHT;
    int height = axisY + AXIS_HEIGHT;

    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
    sb.append("  <title>").append(escape("Research threads of " + timeline.author().displayName()))
        .append("</title>\n");
    sb.append("  <rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" fill=\"white\"/>\n");
    sb.append("  <text x=\"10\" y=\"24\" font-size=\"15\" font-weight=\"bold\">")
        .append(escape("Research threads of " + timeline.author().displayName())).append("</text>\n");

    // Lane backgrounds, then the year grid over them, then the lanes' contents.
    sb.append("  <g class=\"lanes\">\n");
    for (int i = 0; i < lanes; i++) {
      sb.append("    <rect x=\"0\" y=\"").append(TOP + i * LANE_HEIGHT).append("\" width=\"").append(width)
          .append("\" height=\"").append(LANE_HEIGHT).append("\" fill=\"").append(i % 2 == 0 ? "#eef1f5" : "#ffffff")
          .append("\"/>\n");
    }
    sb.append("  </g>\n");
    sb.append("  <g class=\"axis\" stroke=\"#999\">\n");
    sb.append("    <line x1=\"").append(axisX).append("\" y1=\"").append(axisY).append("\" x2=\"")
        .append(axisX + span * YEAR_WIDTH).append("\" y2=\"").append(axisY).append("\"/>\n");
    for (int y = 0; y <= span; y++) {
      int x = axisX + y * YEAR_WIDTH;
      sb.append("    <line x1=\"").append(x).append("\" y1=\"").append(TOP).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(axisY + 5).append("\" stroke-dasharray=\"2,3\"/>\n");
    }
    sb.append("  </g>\n  <g class=\"years\" text-anchor=\"middle\" fill=\"#333\">\n");
    for (int y = 0; y < span; y++) {
      sb.append("    <text x=\"").append(axisX + y * YEAR_WIDTH + YEAR_WIDTH / 2).append("\" y=\"")
          .append(axisY + 20).append("\">").append(from + y).append("</text>\n");
    }
    if (undated) {
      sb.append("    <text x=\"").append(axisX + span * YEAR_WIDTH + YEAR_WIDTH / 2).append("\" y=\"")
          .append(axisY + 20).append("\">n.d.</text>\n");
    }
    sb.append("  </g>\n");

    for (int i = 0; i < lanes; i++) {
      ResearchThread t = timeline.threads().get(i);
      int laneTop = TOP + i * LANE_HEIGHT;
      int mid = laneTop + LANE_HEIGHT / 2;
      String colour = COLOURS[i % COLOURS.length];
      sb.append("  <g class=\"thread\">\n");
      sb.append("    <text x=\"10\" y=\"").append(mid + 4).append("\"><title>").append(escape(t.toString()))
          .append("</title>").append(escape(com.google.common.base.Ascii.truncate(t.label(), LABEL_CHARS, "…"))).append("</text>\n");
      double firstX = Double.NaN;
      double lastX = Double.NaN;
      StringBuilder circles = new StringBuilder();
      for (Paper p : t.papers()) {
        double x = p.date().isPresent()
            ? axisX + (p.date().get().fractionalYear() - from) * YEAR_WIDTH
            : axisX + span * YEAR_WIDTH + YEAR_WIDTH / 2.0;
        if (p.date().isPresent()) {
          firstX = Double.isNaN(firstX) ? x : Math.min(firstX, x);
          lastX = Double.isNaN(lastX) ? x : Math.max(lastX, x);
        }
        circles.append("    <circle cx=\"").append(num(x)).append("\" cy=\"").append(mid)
            .append("\" r=\"6\" fill=\"").append(colour).append("\" fill-opacity=\"0.8\" stroke=\"#222\">")
            .append("<title>").append(escape(p.title() + " (" + p.date().map(Object::toString).orElse("undated")
                + ")")).append("</title></circle>\n");
      }
      if (!Double.isNaN(firstX) && lastX > firstX) {
        sb.append("    <line x1=\"").append(num(firstX)).append("\" y1=\"").append(mid).append("\" x2=\"")
            .append(num(lastX)).append("\" y2=\"").append(mid).append("\" stroke=\"").append(colour)
            .append("\" stroke-width=\"3\"/>\n");
      }
      sb.append(circles).append("  </g>\n");
    }
    sb.append("</svg>\n");
    return sb.toString();
  }

  /**
   * Escapes text for XML content and attribute values; drops characters XML 1.0 does not allow.
   *
   * @param text any text
   * @return the text with {@code < > & " '} replaced by entities and control characters other than tab, newline
   *     and carriage return, unpaired surrogates, U+FFFE and U+FFFF removed
   */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF)) {
            sb.appendCodePoint(c);
          }
        }
      }
    });
    return sb.toString();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
