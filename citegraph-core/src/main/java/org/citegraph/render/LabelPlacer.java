package org.citegraph.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places text labels beside circles so that no label overlaps another label, a circle or the picture's edge:
 * greedy, in the order asked (most important first), trying eight positions around the circle at three distances
 * (right, left, below, above, then the diagonals) and taking the first free one (Christensen, Marks &amp; Shieber
 * 1995, "An empirical study of algorithms for point-feature label placement", ACM Transactions on Graphics 14(3),
 * call this the greedy baseline). A label with no free position is left out (its node keeps its hover title).
 * Widths are {@link Svg#textWidth} estimates, never narrower than the drawn text. O(k · (c + l)) per label for k
 * candidates, c circles and l labels placed.
 */
final class LabelPlacer {
  /** A placed label: the text's anchor point (baseline), its {@code text-anchor}, and the box it occupies. */
  record Placed(double x, double y, String anchor, Svg.Box box) {}

  private static final double[] DISTANCES = {3, 9, 18};

  private final double width;
  private final double height;
  private final List<double[]> circles = new ArrayList<>();
  private final List<Svg.Box> boxes = new ArrayList<>();

  LabelPlacer(double width, double height) {
    this.width = width;
    this.height = height;
  }

  /** A circle no label may overlap. */
  void blockCircle(double cx, double cy, double r) {
    circles.add(new double[] {cx, cy, r});
  }

  /** A box no label may overlap. */
  void blockBox(Svg.Box box) {
    boxes.add(box);
  }

  /** The boxes of the labels placed so far (and blocked boxes), in order. */
  List<Svg.Box> boxes() {
    return List.copyOf(boxes);
  }

  /**
   * Places a label of {@code lines} lines (the widest {@code textWidth} wide) next to the circle at (cx, cy) of
   * radius r, or nothing when every candidate position is taken.
   */
  Optional<Placed> place(double textWidth, int lines, double fontSize, double lineHeight, double cx, double cy,
      double r) {
    double h = fontSize * 1.05 + (lines - 1) * lineHeight;
    double ascent = fontSize * 0.8;
    for (double extra : DISTANCES) {
      double d = r + extra;
      double diag = d * 0.72;
      double[][] candidates = {
          {cx + d, cy - h / 2 + ascent, 0}, // right
          {cx - d, cy - h / 2 + ascent, 1}, // left
          {cx, cy + d + ascent, 2}, // below
          {cx, cy - d - h + ascent, 2}, // above
          {cx + diag, cy - diag - h + ascent, 0}, // above right
          {cx + diag, cy + diag + ascent, 0}, // below right
          {cx - diag, cy - diag - h + ascent, 1}, // above left
          {cx - diag, cy + diag + ascent, 1}}; // below left
      for (double[] c : candidates) {
        double bx = c[2] == 0 ? c[0] : c[2] == 1 ? c[0] - textWidth : c[0] - textWidth / 2;
        Svg.Box box = new Svg.Box(bx - 1, c[1] - ascent - 1, textWidth + 2, h + 2);
        if (free(box)) {
          boxes.add(box);
          return Optional.of(new Placed(c[0], c[1], c[2] == 0 ? "start" : c[2] == 1 ? "end" : "middle", box));
        }
      }
    }
    return Optional.empty();
  }

  private boolean free(Svg.Box box) {
    if (!box.inside(width, height)) {
      return false;
    }
    for (Svg.Box b : boxes) {
      if (b.overlaps(box)) {
        return false;
      }
    }
    for (double[] c : circles) {
      if (box.overlapsCircle(c[0], c[1], c[2] + 1)) {
        return false;
      }
    }
    return true;
  }
}
