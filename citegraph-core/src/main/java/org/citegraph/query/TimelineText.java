package org.citegraph.query;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.citegraph.model.Paper;

/**
 * Renders a {@link Timeline} as plain text for terminals and JShell: one row per thread, the label (truncated) at
 * the left, one column per year from the author's first to last dated paper, and in each year the number of the
 * thread's papers ({@code o} for one, a digit for 2–9, {@code +} for more); {@code -} marks the years between a
 * thread's first and last paper. Undated papers are counted in a last column {@code n.d.}. Below the grid, each
 * thread is listed with its years, papers, main collaborators and branching. Spans of more than {@link
 * #WIDE_YEARS} years use narrow columns headed by two-digit years ({@code '98}). Stateless; O(threads · years +
 * papers).
 */
public final class TimelineText {
  /** Default width of the label column, in characters. */
  public static final int DEFAULT_LABEL_WIDTH = 32;
  /** Spans of more years than this get narrow, two-digit year columns. */
  public static final int WIDE_YEARS = 12;

  /** The line under the grid that explains its marks. */
  public static final String LEGEND = "o one paper in the year, 2-9 that many, + ten or more, - none in a year between"
      + " the thread's first and last";
  /** Added to {@link #LEGEND} when a column of undated papers is shown. */
  public static final String UNDATED_LEGEND = "; n.d. papers without a date";

  private TimelineText() {}

  /**
   * The text timeline with labels of at most {@link #DEFAULT_LABEL_WIDTH} characters.
   *
   * @param timeline the timeline to render
   * @return the heading line, the grid, the legend and the thread list, lines ending in {@code \n}; only the heading
   *     and {@code (no papers)} for an empty timeline
   * @throws NullPointerException if {@code timeline} is null
   */
  public static String render(Timeline timeline) {
    return render(timeline, DEFAULT_LABEL_WIDTH);
  }

  /**
   * The text timeline with labels of at most {@code labelWidth} characters.
   *
   * @param timeline the timeline to render
   * @param labelWidth the width of the label column, in characters, at least 8; longer labels are truncated
   * @return the heading line, the grid, the legend and the thread list, lines ending in {@code \n}; only the heading
   *     and {@code (no papers)} for an empty timeline
   * @throws NullPointerException if {@code timeline} is null
   * @throws IllegalArgumentException if {@code labelWidth} is less than 8
   */
  public static String render(Timeline timeline, int labelWidth) {
    checkNotNull(timeline, "timeline");
    checkArgument(labelWidth >= 8, "labelWidth must be at least 8, got %s", labelWidth);
    StringBuilder sb = new StringBuilder();
    sb.append("Research threads of ").append(timeline.author().displayName()).append(" (")
        .append(timeline.paperCount()).append(" papers, ").append(timeline.size()).append(" threads)\n");
    if (timeline.threads().isEmpty()) {
      return sb.append("(no papers)\n").toString();
    }
    OptionalInt min = timeline.threads().stream().flatMap(t -> t.papers().stream()).flatMap(p -> p.date().stream())
        .mapToInt(d -> d.year()).min();
    OptionalInt max = timeline.threads().stream().flatMap(t -> t.papers().stream()).flatMap(p -> p.date().stream())
        .mapToInt(d -> d.year()).max();
    boolean undated = timeline.threads().stream().flatMap(t -> t.papers().stream())
        .anyMatch(p -> p.date().isEmpty());
    int from = min.orElse(0);
    int years = min.isPresent() ? max.getAsInt() - from + 1 : 0;
    boolean wide = years <= WIDE_YEARS;
    int cell = wide ? 5 : 4;
    int labelCol = Math.min(labelWidth,
        Math.max(6, timeline.threads().stream().mapToInt(t -> t.label().length()).max().orElse(6)));

    StringBuilder header = new StringBuilder(pad("thread", labelCol)).append(" |");
    for (int y = 0; y < years; y++) {
      String text = wide ? Integer.toString(from + y) : String.format("'%02d", (from + y) % 100);
      header.append(center(text, cell));
    }
    if (undated) {
      header.append(center("n.d.", 5));
    }
    sb.append(header.toString().stripTrailing()).append('\n');
    sb.append("-".repeat(labelCol)).append("-+").append("-".repeat(years * cell + (undated ? 5 : 0))).append('\n');

    for (ResearchThread t : timeline.threads()) {
      Map<Integer, Integer> perYear = new TreeMap<>();
      int noDate = 0;
      for (Paper p : t.papers()) {
        if (p.date().isPresent()) {
          perYear.merge(p.date().get().year(), 1, Integer::sum);
        } else {
          noDate++;
        }
      }
      int first = perYear.isEmpty() ? Integer.MAX_VALUE : ((TreeMap<Integer, Integer>) perYear).firstKey();
      int last = perYear.isEmpty() ? Integer.MIN_VALUE : ((TreeMap<Integer, Integer>) perYear).lastKey();
      StringBuilder row = new StringBuilder(pad(truncate(t.label(), labelCol), labelCol)).append(" |");
      for (int y = 0; y < years; y++) {
        int year = from + y;
        Integer n = perYear.get(year);
        String mark = n != null ? mark(n) : (year > first && year < last ? "-" : " ");
        row.append(center(mark, cell));
      }
      if (undated) {
        row.append(center(noDate > 0 ? mark(noDate) : " ", 5));
      }
      sb.append(row.toString().stripTrailing()).append('\n');
    }
    sb.append(LEGEND).append(undated ? UNDATED_LEGEND : "").append('\n');
    sb.append('\n');
    int i = 1;
    for (ResearchThread t : timeline.threads()) {
      sb.append(i++).append(". ").append(t).append('\n');
      if (!t.collaborators().isEmpty()) {
        sb.append("   with ").append(t.collaborators().stream().limit(3).map(Object::toString)
            .collect(Collectors.joining(", "))).append('\n');
      }
      for (ThreadEvent e : t.events()) {
        if (e.kind() == ThreadEvent.Kind.BRANCHES_OFF) {
          sb.append("   branches off \"").append(truncate(e.related().get().title(), 60)).append("\"\n");
        }
      }
    }
    return sb.toString();
  }

  private static String mark(int n) {
    return n == 1 ? "o" : n <= 9 ? Integer.toString(n) : "+";
  }

  /** Cuts text longer than {@code width} to {@code width - 1} characters and an ellipsis. */
  static String truncate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String center(String text, int width) {
    int left = Math.max(0, (width - text.length()) / 2);
    return pad(" ".repeat(left) + text, width);
  }
}
