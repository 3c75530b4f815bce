package org.citegraph.export;

import static com.google.common.base.Preconditions.checkNotNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The file formats {@link GraphExporter} writes. Single-file formats write to the path given; {@link #CSV} and
 * {@link #VOSVIEWER} write two files named after it (see {@link #files(Path)}).
 */
public enum ExportFormat {
  /** GraphML (XML), read by Gephi, Cytoscape, yEd, NetworkX, igraph and JGraphT's {@code GraphMLImporter}. */
  GRAPHML("graphml", true),
  /** GEXF 1.2 (XML), Gephi's own format; JGraphT reads it back with {@code SimpleGEXFImporter}. */
  GEXF("gexf", true),
  /** Graphviz DOT, read by Graphviz, Gephi and JGraphT's {@code DOTImporter}. */
  DOT("dot", true),
  /** Two RFC 4180 CSV files with header rows, {@code -nodes.csv} and {@code -edges.csv} (Gephi's spreadsheet import). */
  CSV("csv", true),
  /** Node-link JSON: {@code {"nodes":[{"id":..}], "links":[{"source":..,"target":..,"weight":..}]}} (d3, NetworkX). */
  JSON("json", true),
  /**
   * VOSviewer map and network files ({@code -map.txt}, {@code -network.txt}), tab-separated, nodes numbered 1..n.
   * Not read back: the string ids are replaced by numbers.
   */
  VOSVIEWER("txt", false);

  private final String extension;
  private final boolean readBack;

  ExportFormat(String extension, boolean readBack) {
    this.extension = extension;
    this.readBack = readBack;
  }

  /**
   * The file extension, without the dot.
   *
   * @return {@code graphml}, {@code gexf}, {@code dot}, {@code csv}, {@code json}, or {@code txt} for VOSviewer
   */
  public String extension() {
    return extension;
  }

  /**
   * Whether a written file can be read back into the same node ids, edges and weights (by JGraphT's importers for
   * GraphML, GEXF, DOT and JSON, by any CSV reader for CSV). False for VOSviewer, which numbers the nodes.
   *
   * @return {@code true} for every format but {@link #VOSVIEWER}
   */
  public boolean canReadBack() {
    return readBack;
  }

  /**
   * Whether the format writes two files (nodes and edges) rather than one.
   *
   * @return {@code true} for {@link #CSV} and {@link #VOSVIEWER}, {@code false} for the single-file formats
   */
  public boolean isTwoFiles() {
    return this == CSV || this == VOSVIEWER;
  }

  /**
   * The files written for an output path: the path itself for single-file formats; for {@link #CSV}
   * {@code NAME-nodes.csv} and {@code NAME-edges.csv}, for {@link #VOSVIEWER} {@code NAME-map.txt} and
   * {@code NAME-network.txt}, where NAME is the path with a trailing {@code .csv} or {@code .txt} removed.
   * Nothing is written or checked on disk.
   *
   * @param out the output path the user gave
   * @return one path, or two (nodes or map file first, then edges or network file), beside {@code out}
   * @throws NullPointerException if {@code out} is null
   */
  public List<Path> files(Path out) {
    checkNotNull(out, "out");
    if (!isTwoFiles()) {
      return List.of(out);
    }
    String name = out.getFileName().toString();
    String dotExt = "." + extension;
    if (name.toLowerCase(Locale.ROOT).endsWith(dotExt) && name.length() > dotExt.length()) {
      name = name.substring(0, name.length() - dotExt.length());
    }
    String first = this == CSV ? "-nodes.csv" : "-map.txt";
    String second = this == CSV ? "-edges.csv" : "-network.txt";
    return List.of(out.resolveSibling(name + first), out.resolveSibling(name + second));
  }

  /**
   * The format with this name, case-insensitive ({@code graphml}, {@code gexf}, {@code dot}, ...).
   *
   * @param name a constant's name in any case, surrounding white space ignored, e.g. {@code "GraphML"} or
   *     {@code "vosviewer"}
   * @return the format so named
   * @throws IllegalArgumentException if no format has this name; the message lists the known names
   * @throws NullPointerException if {@code name} is null
   */
  public static ExportFormat parse(String name) {
    checkNotNull(name, "name");
    for (ExportFormat f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format '" + name
        + "'; expected graphml, gexf, dot, csv, json or vosviewer");
  }
}
