package org.citegraph.render;

import java.util.List;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Node positions for the network pictures: JGraphT's Fruchterman–Reingold force-directed layout (Fruchterman &amp;
 * Reingold 1991, "Graph drawing by force-directed placement", Software: Practice and Experience 21(11); O(i · (n² +
 * m)) for i iterations) from a seeded random start, then scaled into the drawing area and pushed apart until no two
 * circles overlap. The same graph (same node and edge order) and seed give the same positions on every run: the
 * layout iterates the graph's vertices in insertion order and draws all randomness from the seeded generator.
 * Package-private; for the small graphs of pictures (at most a few hundred nodes).
 */
final class ForceLayout {
  /** Fruchterman–Reingold iterations. */
  static final int ITERATIONS = 300;
  /** The seed of the random start, fixed so that pictures are the same on every run. */
  static final long SEED = 42L;
  /** Rounds of pushing overlapping circles apart. */
  private static final int SEPARATION_ROUNDS = 200;

  private ForceLayout() {}

  /**
   * Positions of nodes 0..n-1 with the given edges, inside [left, left + width] × [top, top + height] (centres;
   * keep room for the radii), node {@code fixed} (or none if -1) at the centre of the area.
   */
  static double[][] layout(int n, List<int[]> edges, int fixed, double left, double top, double width,
      double height) {
    double[][] xy = new double[n][2];
    if (n == 0) {
      return xy;
    }
    if (n == 1) {
      xy[0][0] = left + width / 2;
      xy[0][1] = top + height / 2;
      return xy;
    }
    Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    for (int i = 0; i < n; i++) {
      g.addVertex(i);
    }
    for (int[] e : edges) {
      if (e[0] != e[1]) {
        g.addEdge(e[0], e[1]);
      }
    }
    double side = 1000;
    MapLayoutModel2D<Integer> model = new MapLayoutModel2D<>(new Box2D(side, side * height / width));
    new FRLayoutAlgorithm2D<Integer, DefaultEdge>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
        new Random(SEED)).layout(g, model);
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      Point2D p = model.get(i);
      xy[i][0] = p.getX();
      xy[i][1] = p.getY();
    }
    if (fixed >= 0) {
      // Centre the drawing on the fixed node: shift, then scale each side so the farthest node reaches the edge.
      double cx = xy[fixed][0];
      double cy = xy[fixed][1];
      double rx = 1e-9;
      double ry = 1e-9;
      for (double[] p : xy) {
        rx = Math.max(rx, Math.abs(p[0] - cx));
        ry = Math.max(ry, Math.abs(p[1] - cy));
      }
      for (double[] p : xy) {
        p[0] = left + width / 2 + (p[0] - cx) / rx * width / 2;
        p[1] = top + height / 2 + (p[1] - cy) / ry * height / 2;
      }
      return xy;
    }
    for (double[] p : xy) {
      minX = Math.min(minX, p[0]);
      maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]);
      maxY = Math.max(maxY, p[1]);
    }
    double sx = maxX > minX ? width / (maxX - minX) : 0;
    double sy = maxY > minY ? height / (maxY - minY) : 0;
    for (double[] p : xy) {
      p[0] = sx == 0 ? left + width / 2 : left + (p[0] - minX) * sx;
      p[1] = sy == 0 ? top + height / 2 : top + (p[1] - minY) * sy;
    }
    return xy;
  }

  /**
   * Pushes circles apart until no two overlap (with {@code pad} between them) or the rounds run out, keeping node
   * {@code fixed} (or none if -1) in place and every centre inside the area. Each round visits the pairs in index
   * order and moves both circles of an overlapping pair half the overlap apart along the line joining them (a fixed
   * direction by index when the centres coincide). O(rounds · n²).
   */
  static void separate(double[][] xy, double[] r, double pad, int fixed, double left, double top, double width,
      double height) {
    int n = xy.length;
    for (int round = 0; round < SEPARATION_ROUNDS; round++) {
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          double dx = xy[j][0] - xy[i][0];
          double dy = xy[j][1] - xy[i][1];
          double d = Math.sqrt(dx * dx + dy * dy);
          double need = r[i] + r[j] + pad;
          if (d >= need) {
            continue;
          }
          if (d < 1e-9) {
            double a = 2 * Math.PI * ((i * 31 + j * 17) % 360) / 360.0;
            dx = Math.cos(a);
            dy = Math.sin(a);
            d = 1;
          } else {
            dx /= d;
            dy /= d;
          }
          double push = need - Math.max(d, 0);
          double si = i == fixed ? 0 : j == fixed ? 1 : 0.5;
          double sj = 1 - si;
          if (i != fixed) {
            xy[i][0] -= dx * push * si;
            xy[i][1] -= dy * push * si;
          }
          if (j != fixed) {
            xy[j][0] += dx * push * sj;
            xy[j][1] += dy * push * sj;
          }
          moved = true;
        }
      }
      for (int i = 0; i < n; i++) {
        xy[i][0] = Math.max(left + r[i], Math.min(left + width - r[i], xy[i][0]));
        xy[i][1] = Math.max(top + r[i], Math.min(top + height - r[i], xy[i][1]));
      }
      if (!moved) {
        return;
      }
    }
  }
}
