package org.citegraph.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.common.collect.ImmutableMap;

/**
 * What the SVG renderers share: text escaping, number formatting, an estimate of how wide a line of text is drawn,
 * word wrapping against that estimate, and the colour palettes. Package-private; stateless.
 *
 * <p>Widths are estimated from the advance widths of DejaVu Sans (the sans-serif face Debian's browsers use, and
 * wider than Arial, Helvetica or Liberation Sans), so text drawn in any of the fonts of {@link #FONT_FAMILY} is at
 * most as wide as estimated and a box sized by the estimate never cuts it.
 */
final class Svg {
  /** The font list of every picture: DejaVu Sans first (its metrics are the estimate), then narrower faces. */
  static final String FONT_FAMILY = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";

  /** How much wider bold text is drawn than regular text of the same size (DejaVu Sans Bold against Book). */
  static final double BOLD = 1.16;

  /** Tableau 10, the colours of threads and groups, in order. */
  static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
      "#b07aa1", "#ff9da7", "#9c755f", "#86bcb6");

  /** The colour of whatever belongs to no group (single papers, authors outside the author's lines of work). */
  static final String GREY = "#b8b8b8";

  /** The colours of the five categories the library was built around, by profile short form; others are grey. */
  static final Map<String, String> CATEGORY_COLOURS = ImmutableMap.of("LG", "#4e79a7", "NE", "#f28e2b", "NC",
      "#59a14f", "CV", "#e15759", "CL", "#b07aa1");

  /** Advance widths of DejaVu Sans for the printable ASCII characters 32..126, in 1/2048 em. */
  private static final int[] ASCII_WIDTHS = {
      651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690, // space .. /
      1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, // 0 .. 9
      690, 690, 1716, 1716, 1716, 1087, 2048, // : ; < = > ? @
      1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612, 1235, 1612, 1423,
      1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, // A .. Z
      799, 690, 799, 1716, 1024, 1024, // [ \ ] ^ _ `
      1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253, 1300, 1300, 842, 1067,
      803, 1298, 1212, 1675, 1212, 1212, 1075, // a .. z
      1303, 690, 1303, 1716 // { | } ~
  };
  /** The width assumed for letters outside ASCII (accented Latin, Greek, Cyrillic): a wide lower-case letter. */
  private static final int OTHER_WIDTH = 1401;
  /** The width assumed for ideographs and other wide characters: a full em. */
  private static final int WIDE_WIDTH = 2048;

  private Svg() {}

  /** Escapes text for XML content and attribute values; drops characters XML 1.0 does not allow. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    org.citegraph.internal.Text.xmlChars(text).codePoints().forEach(c -> {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> sb.appendCodePoint(c);
      }
    });
    return sb.toString();
  }

  /** A coordinate with one decimal, always with a dot (locale-independent). */
  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.equals("-0.0") ? "0.0" : s;
  }

  /** The estimated drawn width of a line of text at a font size, in pixels (never less than the real width). */
  static double textWidth(String text, double fontSize) {
    long units = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c >= 32 && c <= 126) {
        units += ASCII_WIDTHS[c - 32];
      } else if (c == 0xB7 || c == 0x2009) {
        units += 651; // middle dot, thin space
      } else if (c >= 0x1100 && Character.isIdeographic(c) || c >= 0x2E80 && c <= 0xFFEF || c >= 0x1F000) {
        units += WIDE_WIDTH;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        units += 0;
      } else {
        units += c == 0x2026 || c == 0x2014 ? WIDE_WIDTH : OTHER_WIDTH;
      }
    }
    return units * fontSize / 2048.0;
  }

  /**
   * Breaks text into lines no wider than {@code maxWidth} at a font size, at spaces; a word wider than the line
   * stays whole on a line of its own (the caller widens the box to {@link #widestWord}). Never drops a character
   * other than the spaces it breaks at.
   */
  static List<String> wrap(String text, double maxWidth, double fontSize) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() == 0) {
        line.append(word);
      } else if (textWidth(line + " " + word, fontSize) <= maxWidth) {
        line.append(' ').append(word);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * The lines of {@link #wrap}, at most {@code maxLines}; when more were needed, the last line kept ends with an
   * ellipsis (the caller gives the whole text as a hover title).
   */
  static List<String> wrap(String text, double maxWidth, double fontSize, int maxLines) {
    List<String> lines = wrap(text, maxWidth, fontSize);
    if (lines.size() <= maxLines) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.subList(0, maxLines));
    String last = out.get(maxLines - 1);
    while (!last.isEmpty() && textWidth(last + "\u2026", fontSize) > maxWidth) {
      last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
    }
    out.set(maxLines - 1, last.stripTrailing() + "\u2026");
    return out;
  }

  /** The estimated width of the widest space-separated word of the text. */
  static double widestWord(String text, double fontSize) {
    double max = 0;
    for (String word : text.trim().split("\\s+")) {
      max = Math.max(max, textWidth(word, fontSize));
    }
    return max;
  }

  /** The colour of a category short form (LG, NE, NC, CV, CL), grey for any other. */
  static String categoryColour(String shortForm) {
    return CATEGORY_COLOURS.getOrDefault(shortForm, GREY);
  }

  /** Appends {@code <text>} lines (tspans) of one block starting with the baseline at y. */
  static void textLines(StringBuilder sb, String indent, double x, double y, double lineHeight, List<String> lines,
      String attributes) {
    sb.append(indent).append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    if (!attributes.isEmpty()) {
      sb.append(' ').append(attributes);
    }
    sb.append('>');
    for (int i = 0; i < lines.size(); i++) {
      if (i == 0) {
        sb.append("<tspan>");
      } else {
        sb.append("<tspan x=\"").append(num(x)).append("\" dy=\"").append(num(lineHeight)).append("\">");
      }
      sb.append(escape(lines.get(i))).append("</tspan>");
    }
    sb.append("</text>\n");
  }

  /** An axis-aligned box, for label placement. */
  record Box(double x, double y, double width, double height) {
    /** Whether the two boxes overlap by more than a hair. */
    boolean overlaps(Box o) {
      return x < o.x + o.width - 0.01 && o.x < x + width - 0.01 && y < o.y + o.height - 0.01
          && o.y < y + height - 0.01;
    }

    /** Whether the box overlaps a circle. */
    boolean overlapsCircle(double cx, double cy, double r) {
      double nx = Math.max(x, Math.min(cx, x + width));
      double ny = Math.max(y, Math.min(cy, y + height));
      double dx = cx - nx;
      double dy = cy - ny;
      return dx * dx + dy * dy < r * r - 0.01;
    }

    /** Whether the box lies within [0, w] × [0, h]. */
    boolean inside(double w, double h) {
      return x >= 0 && y >= 0 && x + width <= w && y + height <= h;
    }
  }
}
