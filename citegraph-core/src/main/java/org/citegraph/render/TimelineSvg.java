package org.citegraph.render;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.citegraph.model.Paper;
import org.citegraph.model.PubDate;
import org.citegraph.query.ResearchThread;
import org.citegraph.query.ThreadEvent;
import org.citegraph.query.Timeline;

/**
 * Renders a {@link Timeline} as a standalone SVG 1.1 document, written as text with no graphics dependency, that
 * stays readable for prolific authors.
 *
 * <ul>
 *   <li>At most {@code maxLanes} threads ({@link #DEFAULT_MAX_LANES}) get a lane of their own: those with the most
 *       papers (ties: earlier start, then label), shown in the timeline's order. Threads of one paper and the
 *       threads beyond the cap share a last, grey lane "single papers", so every paper is drawn whatever the
 *       number of threads.
 *   <li>Each lane's label (the thread's terms) is wrapped, never cut, in a column as wide as the widest word needs;
 *       under it the years and number of papers.
 *   <li>A year axis runs along the top and the bottom, with a dashed line at each new year; undated papers are in a
 *       column "n.d." right of the axis.
 *   <li>Each paper is a dot at its date (the middle of its year or month when only those are known; dots at the
 *       same place are stacked) with a {@code <title>} tooltip "title (date)"; for threads of at most {@link
 *       #SHORT_THREAD} papers the titles are also written beside the dots, wrapped into the free space.
 *   <li>A thread that "branches off" an earlier paper of another thread ({@link ThreadEvent.Kind#BRANCHES_OFF}) is
 *       joined to that paper by a dashed arrow.
 *   <li>A legend at the bottom explains the marks.
 * </ul>
 *
 * <p>The document depends only on the timeline (no clock, no hash order), so equal timelines give equal bytes. All
 * text is XML-escaped. Stateless; O(threads + papers · p) where p is the number of papers drawn near one place.
 */
public final class TimelineSvg {
  /** At most this many threads get a lane of their own by default; the others' papers share the last lane. */
  public static final int DEFAULT_MAX_LANES = 10;
  /** Threads of at most this many papers have their titles written on the picture. */
  public static final int SHORT_THREAD = 3;

  private static final double FONT = 12;
  /** The size at which the bold lane labels are measured. */
  private static final double LABEL_EM = FONT * Svg.BOLD;
  private static final double LINE = 14;
  private static final double META_FONT = 10.5;
  private static final double TITLE_FONT = 10;
  private static final double TITLE_LINE = 12;
  private static final int TITLE_LINES = 3;
  private static final double MIN_TITLE_WIDTH = 110;
  private static final double MAX_TITLE_WIDTH = 240;
  private static final double LABEL_WIDTH = 230;
  private static final double LEFT = 12;
  private static final double GAP = 18;
  private static final double TARGET_PLOT_WIDTH = 900;
  private static final double MIN_YEAR_WIDTH = 30;
  private static final double MAX_YEAR_WIDTH = 96;
  private static final double MIN_LANE = 34;
  private static final double DOT = 5.5;
  private static final int MAX_STACK = 3;
  private static final double RIGHT = 24;
  private static final double TITLE_MARGIN = 200;
  private static final double HEADER = 58;
  private static final double AXIS = 22;
  private static final double MIN_WIDTH = 760;

  private TimelineSvg() {}

  /** One lane of the picture: a thread, or the shared lane of single papers. */
  private record Lane(String label, String meta, List<Paper> papers, String colour,
      Optional<ResearchThread> thread) {}

  /** Where a paper's dot is drawn. */
  private record Dot(Paper paper, double x, double y, String colour) {}

  /**
   * The SVG document of a timeline with at most {@link #DEFAULT_MAX_LANES} thread lanes.
   *
   * @param timeline the author's research threads; a timeline with no threads gives a document with its title and
   *     no lanes
   * @return a complete SVG 1.1 document with an XML declaration, as text
   * @throws NullPointerException if {@code timeline} is null
   */
  public static String render(Timeline timeline) {
    return render(timeline, DEFAULT_MAX_LANES);
  }

  /**
   * The SVG document of a timeline with at most {@code maxLanes} thread lanes plus the lane of single papers.
   *
   * @param timeline the timeline to draw
   * @param maxLanes the most threads given a lane of their own, at least 1
   * @return a complete SVG 1.1 document with an XML declaration, as text
   * @throws NullPointerException if {@code timeline} is null
   * @throws IllegalArgumentException if {@code maxLanes} is below 1
   */
  public static String render(Timeline timeline, int maxLanes) {
    checkNotNull(timeline, "timeline");
    checkArgument(maxLanes >= 1, "maxLanes must be at least 1, got %s", maxLanes);
    List<Lane> lanes = lanes(timeline, maxLanes);
    List<Paper> all = timeline.threads().stream().flatMap(t -> t.papers().stream()).toList();
    IntSummaryStatistics years = all.stream().flatMap(p -> p.date().stream()).mapToInt(PubDate::year)
        .summaryStatistics();
    boolean undated = all.stream().anyMatch(p -> p.date().isEmpty());
    int from = years.getCount() == 0 ? 0 : years.getMin();
    int span = years.getCount() == 0 ? 0 : years.getMax() - from + 1;
    double yearWidth = span == 0 ? MAX_YEAR_WIDTH
        : Math.max(MIN_YEAR_WIDTH, Math.min(MAX_YEAR_WIDTH, Math.floor(TARGET_PLOT_WIDTH / span)));
    int yearStep = (int) Math.ceil(Svg.textWidth("2000", 11) * 1.25 / yearWidth);

    // The label column: as wide as the longest label up to LABEL_WIDTH, wider only when one word needs it.
    double labelWidth = 0;
    for (Lane lane : lanes) {
      labelWidth = Math.max(labelWidth, Math.min(LABEL_WIDTH, Svg.textWidth(lane.label(), LABEL_EM)));
      labelWidth = Math.max(labelWidth, Svg.widestWord(lane.label(), LABEL_EM));
      labelWidth = Math.max(labelWidth, Svg.textWidth(lane.meta(), META_FONT));
    }
    labelWidth = Math.ceil(Math.max(labelWidth, 80));
    double axisX = LEFT + labelWidth + GAP;
    double plotRight = axisX + span * yearWidth + (undated ? yearWidth : 0);
    boolean titles = lanes.stream().anyMatch(TimelineSvg::showsTitles);
    double width = Math.ceil(Math.max(MIN_WIDTH, plotRight + (titles ? TITLE_MARGIN : 0) + RIGHT));
    double titleRight = width - RIGHT;

    // Lane geometry: the height fits the wrapped label, the stacked dots and the wrapped titles.
    List<List<String>> labelLines = new ArrayList<>();
    List<double[]> laneDots = new ArrayList<>();
    List<List<List<String>>> laneTitles = new ArrayList<>();
    List<double[]> titleX = new ArrayList<>();
    List<boolean[]> titleLeft = new ArrayList<>();
    double[] laneTop = new double[lanes.size() + 1];
    double y = HEADER + AXIS;
    for (int li = 0; li < lanes.size(); li++) {
      Lane lane = lanes.get(li);
      List<String> lines = Svg.wrap(lane.label(), labelWidth, LABEL_EM);
      labelLines.add(lines);
      double[] xs = new double[lane.papers().size()];
      for (int i = 0; i < xs.length; i++) {
        Paper p = lane.papers().get(i);
        xs[i] = p.date().isPresent() ? axisX + (p.date().get().fractionalYear() - from) * yearWidth
            : axisX + span * yearWidth + yearWidth / 2;
      }
      int[] level = stack(xs);
      int maxLevel = 0;
      for (int l : level) {
        maxLevel = Math.max(maxLevel, Math.abs(l));
      }
      double height = Math.max(MIN_LANE, lines.size() * LINE + META_FONT + 14);
      height = Math.max(height, (2 * maxLevel + 1) * (2 * DOT + 1) + 10);
      List<List<String>> tl = new ArrayList<>();
      double[] tx = new double[xs.length];
      boolean[] left = new boolean[xs.length];
      if (showsTitles(lane)) {
        Integer[] order = sortedIndices(xs);
        for (int k = 0; k < order.length; k++) {
          int i = order[k];
          double rightSpace = (k + 1 < order.length ? xs[order[k + 1]] - DOT - 6 : titleRight) - (xs[i] + DOT + 5);
          double leftSpace = (xs[i] - DOT - 5) - (k > 0 ? xs[order[k - 1]] + DOT + 6 : axisX);
          boolean useLeft = rightSpace < MIN_TITLE_WIDTH && leftSpace > rightSpace;
          double space = Math.min(MAX_TITLE_WIDTH, useLeft ? leftSpace : rightSpace);
          if (space >= MIN_TITLE_WIDTH) {
            List<String> t = Svg.wrap(lane.papers().get(i).title(), space, TITLE_FONT, TITLE_LINES);
            height = Math.max(height, t.size() * TITLE_LINE + 10);
            tl.add(t);
            tx[i] = useLeft ? xs[i] - DOT - 5 : xs[i] + DOT + 5;
            left[i] = useLeft;
          } else {
            tl.add(List.of());
          }
        }
        List<List<String>> byPaper = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
          byPaper.add(List.of());
        }
        for (int k = 0; k < order.length; k++) {
          byPaper.set(order[k], tl.get(k));
        }
        tl = byPaper;
      }
      laneTitles.add(tl);
      titleX.add(tx);
      titleLeft.add(left);
      double[] dotY = new double[xs.length * 2];
      for (int i = 0; i < xs.length; i++) {
        dotY[2 * i] = xs[i];
        dotY[2 * i + 1] = level[i] * (2 * DOT + 1);
      }
      laneDots.add(dotY);
      laneTop[li] = y;
      y += Math.ceil(height);
    }
    laneTop[lanes.size()] = y;
    double plotBottom = y;

    // Where each paper is, for the branch links.
    Map<Paper, Dot> dots = new HashMap<>();
    for (int l = 0; l < lanes.size(); l++) {
      double mid = (laneTop[l] + laneTop[l + 1]) / 2;
      double[] d = laneDots.get(l);
      for (int i = 0; i < lanes.get(l).papers().size(); i++) {
        Paper p = lanes.get(l).papers().get(i);
        dots.put(p, new Dot(p, d[2 * i], mid + d[2 * i + 1], lanes.get(l).colour()));
      }
    }

    StringBuilder legend = new StringBuilder();
    double legendHeight = legend(legend, plotBottom + AXIS + 16, width, lanes.stream().anyMatch(
        l -> l.thread().isEmpty()), maxLanes);
    double height = Math.ceil(plotBottom + AXIS + 16 + legendHeight + 10);

    String title = "Research threads of " + timeline.author().displayName();
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(Svg.num(width))
        .append("\" height=\"").append(Svg.num(height)).append("\" viewBox=\"0 0 ").append(Svg.num(width))
        .append(' ').append(Svg.num(height)).append("\" font-family=\"").append(Svg.FONT_FAMILY)
        .append("\" font-size=\"12\">\n");
    sb.append("  <title>").append(Svg.escape(title)).append("</title>\n");
    sb.append("  <defs><marker id=\"tl-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
        + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/>"
        + "</marker></defs>\n");
    sb.append("  <rect x=\"0\" y=\"0\" width=\"").append(Svg.num(width)).append("\" height=\"")
        .append(Svg.num(height)).append("\" fill=\"white\"/>\n");
    sb.append("  <text x=\"").append(Svg.num(LEFT)).append("\" y=\"24\" font-size=\"16\" font-weight=\"bold\">")
        .append(Svg.escape(title)).append("</text>\n");
    int threadCount = timeline.threads().size();
    long ownLanes = lanes.stream().filter(l -> l.thread().isPresent()).count();
    String subtitle = all.size() + (all.size() == 1 ? " paper in " : " papers in ") + threadCount
        + (threadCount == 1 ? " thread" : " threads")
        + (ownLanes < threadCount ? "; the " + ownLanes + " largest threads have a lane each" : "");
    sb.append("  <text x=\"").append(Svg.num(LEFT)).append("\" y=\"44\" font-size=\"11\" fill=\"#555\">")
        .append(Svg.escape(subtitle)).append("</text>\n");

    // Lane backgrounds, the year grid over them, the axes.
    sb.append("  <g class=\"lanes\">\n");
    for (int i = 0; i < lanes.size(); i++) {
      sb.append("    <rect x=\"0\" y=\"").append(Svg.num(laneTop[i])).append("\" width=\"").append(Svg.num(width))
          .append("\" height=\"").append(Svg.num(laneTop[i + 1] - laneTop[i])).append("\" fill=\"")
          .append(laneFill(lanes.get(i), i))
          .append("\"/>\n");
    }
    sb.append("  </g>\n");
    double top = HEADER + AXIS;
    sb.append("  <g class=\"axis\" stroke=\"#999\">\n");
    for (double ay : new double[] {top, plotBottom}) {
      sb.append("    <line x1=\"").append(Svg.num(axisX)).append("\" y1=\"").append(Svg.num(ay))
          .append("\" x2=\"").append(Svg.num(axisX + span * yearWidth)).append("\" y2=\"").append(Svg.num(ay))
          .append("\"/>\n");
    }
    for (int k = 0; k <= span; k++) {
      double x = axisX + k * yearWidth;
      sb.append("    <line x1=\"").append(Svg.num(x)).append("\" y1=\"").append(Svg.num(top - 4))
          .append("\" x2=\"").append(Svg.num(x)).append("\" y2=\"").append(Svg.num(plotBottom + 4))
          .append("\" stroke-dasharray=\"2,3\"/>\n");
    }
    sb.append("  </g>\n  <g class=\"years\" text-anchor=\"middle\" fill=\"#333\" font-size=\"11\">\n");
    for (int k = 0; k < span; k++) {
      if ((from + k) % yearStep != 0 && yearStep > 1) {
        continue;
      }
      double x = axisX + k * yearWidth + yearWidth / 2;
      for (double ay : new double[] {top - 7, plotBottom + 16}) {
        sb.append("    <text x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(ay)).append("\">")
            .append(from + k).append("</text>\n");
      }
    }
    if (undated) {
      double x = axisX + span * yearWidth + yearWidth / 2;
      for (double ay : new double[] {top - 7, plotBottom + 16}) {
        sb.append("    <text x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(ay))
            .append("\">n.d.</text>\n");
      }
    }
    sb.append("  </g>\n");

    StringBuilder papersSvg = new StringBuilder();
    for (int l = 0; l < lanes.size(); l++) {
      Lane lane = lanes.get(l);
      double mid = (laneTop[l] + laneTop[l + 1]) / 2;
      List<String> lines = labelLines.get(l);
      papersSvg.append("  <g class=\"papers\">\n");
      double textHeight = lines.size() * LINE + META_FONT + 2;
      double baseline = mid - textHeight / 2 + FONT - 1;
      sb.append("  <g class=\"").append(lane.thread().isPresent() ? "thread" : "single").append("\">\n");
      sb.append("    <title>").append(Svg.escape(lane.thread().map(ResearchThread::toString)
          .orElse(lane.label() + ": " + lane.meta()))).append("</title>\n");
      Svg.textLines(sb, "    ", LEFT, baseline, LINE, lines,
          "font-weight=\"bold\" fill=\"" + (lane.thread().isPresent() ? "#222" : "#555") + "\"");
      sb.append("    <text x=\"").append(Svg.num(LEFT)).append("\" y=\"")
          .append(Svg.num(baseline + (lines.size() - 1) * LINE + META_FONT + 4)).append("\" font-size=\"")
          .append(Svg.num(META_FONT)).append("\" fill=\"#666\">").append(Svg.escape(lane.meta()))
          .append("</text>\n");
      double firstX = Double.NaN;
      double lastX = Double.NaN;
      for (Paper p : lane.papers()) {
        if (p.date().isPresent()) {
          double x = dots.get(p).x();
          firstX = Double.isNaN(firstX) ? x : Math.min(firstX, x);
          lastX = Double.isNaN(lastX) ? x : Math.max(lastX, x);
        }
      }
      if (lane.thread().isPresent() && !Double.isNaN(firstX) && lastX > firstX) {
        sb.append("    <line x1=\"").append(Svg.num(firstX)).append("\" y1=\"").append(Svg.num(mid))
            .append("\" x2=\"").append(Svg.num(lastX)).append("\" y2=\"").append(Svg.num(mid))
            .append("\" stroke=\"").append(lane.colour()).append("\" stroke-width=\"3\"/>\n");
      }
      List<List<String>> tl = laneTitles.get(l);
      for (int i = 0; i < lane.papers().size(); i++) {
        if (tl.isEmpty() || tl.get(i).isEmpty()) {
          continue;
        }
        List<String> t = tl.get(i);
        double ty = mid - (t.size() - 1) * TITLE_LINE / 2 + 3.5;
        double boxWidth = t.stream().mapToDouble(line -> Svg.textWidth(line, TITLE_FONT)).max().orElse(0) + 4;
        double boxX = titleLeft.get(l)[i] ? titleX.get(l)[i] - boxWidth + 2 : titleX.get(l)[i] - 2;
        sb.append("    <rect x=\"").append(Svg.num(boxX)).append("\" y=\"").append(Svg.num(ty - TITLE_FONT))
            .append("\" width=\"").append(Svg.num(boxWidth)).append("\" height=\"")
            .append(Svg.num(t.size() * TITLE_LINE + 1)).append("\" fill=\"").append(laneFill(lane, l))
            .append("\"/>\n");
        Svg.textLines(sb, "    ", titleX.get(l)[i], ty, TITLE_LINE, t, "font-size=\"" + Svg.num(TITLE_FONT)
            + "\" fill=\"#333\""
            + (titleLeft.get(l)[i] ? " text-anchor=\"end\"" : "") + " class=\"paper-title\"");
      }
      for (Paper p : lane.papers()) {
        Dot d = dots.get(p);
        papersSvg.append("    <circle cx=\"").append(Svg.num(d.x())).append("\" cy=\"").append(Svg.num(d.y()))
            .append("\" r=\"").append(Svg.num(DOT)).append("\" fill=\"").append(d.colour())
            .append("\" fill-opacity=\"0.9\" stroke=\"#222\" stroke-width=\"0.8\"><title>")
            .append(Svg.escape(p.title() + " (" + p.date().map(Object::toString).orElse("undated") + ")"))
            .append("</title></circle>\n");
      }
      sb.append("  </g>\n");
      papersSvg.append("  </g>\n");
    }
    // Branch links over the lanes and under the dots: from the earlier paper to the first paper of the thread that
    // branches off.
    sb.append("  <g class=\"branches\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.3\""
        + " stroke-dasharray=\"5,3\">\n");
    for (Lane lane : lanes) {
      if (lane.thread().isEmpty()) {
        continue;
      }
      for (ThreadEvent e : lane.thread().get().events()) {
        if (e.kind() != ThreadEvent.Kind.BRANCHES_OFF || e.related().isEmpty()) {
          continue;
        }
        Dot to = dots.get(e.paper());
        Dot fromDot = dots.get(e.related().get());
        if (to == null || fromDot == null || fromDot.y() == to.y()) {
          continue;
        }
        double dy = to.y() - fromDot.y();
        double endY = to.y() - Math.signum(dy) * (DOT + 1);
        double bend = Math.min(60, Math.abs(dy) / 2);
        sb.append("    <path d=\"M").append(Svg.num(fromDot.x())).append(',').append(Svg.num(fromDot.y()))
            .append(" C").append(Svg.num(fromDot.x() + bend)).append(',').append(Svg.num(fromDot.y() + dy / 2))
            .append(' ').append(Svg.num(to.x())).append(',').append(Svg.num(endY - Math.signum(dy) * bend))
            .append(' ').append(Svg.num(to.x())).append(',').append(Svg.num(endY))
            .append("\" marker-end=\"url(#tl-arrow)\"><title>")
            .append(Svg.escape("\"" + lane.label() + "\" branches off \"" + e.related().get().title() + "\""))
            .append("</title></path>\n");
      }
    }
    sb.append("  </g>\n");
    sb.append(papersSvg);
    sb.append(legend);
    sb.append("</svg>\n");
    return sb.toString();
  }

  /** Whether a lane's titles are written on the picture. */
  private static boolean showsTitles(Lane lane) {
    return lane.papers().size() <= SHORT_THREAD;
  }

  /** The background of the i-th lane: grey for single papers, else alternating. */
  private static String laneFill(Lane lane, int i) {
    return lane.thread().isEmpty() ? "#f4f4f4" : i % 2 == 0 ? "#eef2f7" : "#ffffff";
  }

  /**
   * The lanes: the {@code maxLanes} threads with the most papers (at least two) in the timeline's order, then, if
   * any paper is left, one lane of all the others in date order.
   */
  private static List<Lane> lanes(Timeline timeline, int maxLanes) {
    List<ResearchThread> threads = timeline.threads();
    Set<ResearchThread> kept = new LinkedHashSet<>(laneThreads(timeline, maxLanes));
    List<Lane> lanes = new ArrayList<>();
    List<Paper> rest = new ArrayList<>();
    int colour = 0;
    int restThreads = 0;
    for (ResearchThread t : threads) {
      if (kept.contains(t)) {
        lanes.add(new Lane(t.label(), years(t.start(), t.end()) + " \u00b7 " + papers(t.size()), t.papers(),
            Svg.PALETTE.get(colour++ % Svg.PALETTE.size()), Optional.of(t)));
      } else {
        rest.addAll(t.papers());
        restThreads++;
      }
    }
    if (!rest.isEmpty()) {
      rest.sort(Comparator.comparing((Paper p) -> p.date().orElse(null), Comparator.nullsLast(
          Comparator.naturalOrder())).thenComparing(Paper::id));
      boolean onlySingles = restThreads == rest.size();
      String label = onlySingles ? "single papers" : "single papers and smaller threads";
      Optional<PubDate> first = rest.stream().flatMap(p -> p.date().stream()).min(Comparator.naturalOrder());
      Optional<PubDate> last = rest.stream().flatMap(p -> p.date().stream()).max(Comparator.naturalOrder());
      lanes.add(new Lane(label, years(first, last) + " \u00b7 " + papers(rest.size())
          + (onlySingles ? "" : " in " + restThreads + " threads"), rest, Svg.GREY, Optional.empty()));
    }
    return lanes;
  }

  /**
   * The threads that get a lane of their own: the {@code maxLanes} with the most papers, at least two (ties: earlier
   * start, then label), in the timeline's order.
   */
  static List<ResearchThread> laneThreads(Timeline timeline, int maxLanes) {
    Comparator<ResearchThread> bySize = Comparator.comparingInt(ResearchThread::size).reversed()
        .thenComparing(t -> t.start().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(ResearchThread::label);
    Set<ResearchThread> kept = new HashSet<>(timeline.threads().stream().filter(t -> t.size() >= 2).sorted(bySize)
        .limit(maxLanes).toList());
    return timeline.threads().stream().filter(kept::contains).toList();
  }

  private static String years(Optional<PubDate> start, Optional<PubDate> end) {
    String from = start.map(d -> Integer.toString(d.year())).orElse("?");
    String to = end.map(d -> Integer.toString(d.year())).orElse("?");
    return from.equals(to) ? from : from + "\u2013" + to;
  }

  private static String papers(int n) {
    return n == 1 ? "1 paper" : n + " papers";
  }

  /** The indices of the values in increasing value order (ties by index). */
  private static Integer[] sortedIndices(double[] xs) {
    Integer[] order = new Integer[xs.length];
    for (int i = 0; i < xs.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> xs[i]).thenComparingInt(i -> i));
    return order;
  }

  /**
   * Stacking levels (0, -1, 1, -2, 2, ...) so that no two dots closer than a diameter share a level, in at most
   * {@link #MAX_STACK} levels either side (beyond that dots may touch). O(n · k) for k dots near each.
   */
  private static int[] stack(double[] xs) {
    Integer[] order = sortedIndices(xs);
    int[] level = new int[xs.length];
    double[] lastAt = new double[2 * MAX_STACK + 1];
    java.util.Arrays.fill(lastAt, Double.NEGATIVE_INFINITY);
    for (Integer i : order) {
      int chosen = 0;
      for (int k = 0; k <= 2 * MAX_STACK; k++) {
        int l = k == 0 ? 0 : (k % 2 == 1 ? -(k + 1) / 2 : k / 2);
        if (xs[i] - lastAt[l + MAX_STACK] >= 2 * DOT + 1) {
          chosen = l;
          break;
        }
        if (k == 2 * MAX_STACK) {
          chosen = 0;
        }
      }
      level[i] = chosen;
      lastAt[chosen + MAX_STACK] = xs[i];
    }
    return level;
  }

  /** Writes the legend at y and returns its height. */
  private static double legend(StringBuilder sb, double y, double width, boolean singles, int maxLanes) {
    List<String> items = new ArrayList<>(List.of("dot", "a paper at its date (hover for title and date)", "line",
        "a thread, from its first to its last paper", "branch", "a thread branching off an earlier paper"));
    if (singles) {
      items.add("grey");
      items.add("papers of threads of one paper or beyond the " + maxLanes + " largest");
    }
    sb.append("  <g class=\"legend\" font-size=\"11\" fill=\"#333\">\n");
    double x = LEFT;
    double row = y;
    for (int i = 0; i < items.size(); i += 2) {
      double w = 30 + Svg.textWidth(items.get(i + 1), 11) + 24;
      if (x > LEFT && x + w > width - RIGHT) {
        x = LEFT;
        row += 20;
      }
      String mark = items.get(i);
      switch (mark) {
        case "dot" -> sb.append("    <path d=\"").append(dotPath(x + 10, row - 4)).append("\" fill=\"")
            .append(Svg.PALETTE.get(0)).append("\" stroke=\"#222\" stroke-width=\"0.8\"/>\n");
        case "grey" -> sb.append("    <path d=\"").append(dotPath(x + 10, row - 4)).append("\" fill=\"")
            .append(Svg.GREY).append("\" stroke=\"#222\" stroke-width=\"0.8\"/>\n");
        case "line" -> sb.append("    <path d=\"M").append(Svg.num(x)).append(',').append(Svg.num(row - 4))
            .append(" h22\" stroke=\"").append(Svg.PALETTE.get(0)).append("\" stroke-width=\"3\"/>\n");
        default -> sb.append("    <path d=\"M").append(Svg.num(x)).append(',').append(Svg.num(row - 4))
            .append(" h20\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.3\" stroke-dasharray=\"5,3\""
                + " marker-end=\"url(#tl-arrow)\"/>\n");
      }
      sb.append("    <text x=\"").append(Svg.num(x + 30)).append("\" y=\"").append(Svg.num(row)).append("\">")
          .append(Svg.escape(items.get(i + 1))).append("</text>\n");
      x += w;
    }
    sb.append("  </g>\n");
    return row - y + 14;
  }

  /** A filled circle as a path (the legend's marks are paths, so circles stay the papers). */
  private static String dotPath(double cx, double cy) {
    return "M" + Svg.num(cx - DOT) + "," + Svg.num(cy) + " a" + Svg.num(DOT) + "," + Svg.num(DOT) + " 0 1,0 "
        + Svg.num(2 * DOT) + ",0 a" + Svg.num(DOT) + "," + Svg.num(DOT) + " 0 1,0 " + Svg.num(-2 * DOT) + ",0";
  }

  /**
   * Escapes text for XML content and attribute values; drops characters XML 1.0 does not allow.
   *
   * @param text any text
   * @return the text with {@code < > & " '} replaced by entities and control characters other than tab, newline
   *     and carriage return, unpaired surrogates, U+FFFE and U+FFFF removed
   */
  public static String escape(String text) {
    return Svg.escape(text);
  }

  /**
   * Writes the SVG document of {@link #render(Timeline)} to a file (UTF-8), replacing it.
   *
   * @param timeline what to draw
   * @param file where to write
   * @throws java.io.IOException if the file cannot be written
   */
  public static void write(Timeline timeline, java.nio.file.Path file) throws java.io.IOException {
    java.nio.file.Files.writeString(checkNotNull(file, "file"), render(timeline),
        java.nio.charset.StandardCharsets.UTF_8);
  }
}
