package example;

import java.nio.file.Path;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.query.TopicClusters;

import it.unimi.dsi.fastutil.ints.IntArrayList;

/**
 * A module-path application that uses fastutil beside citegraph (whose Leiden must not clash with it). Loads the
 * files named (or the bundled samples), then prints counts, one ranking and the topic cluster sizes.
 */
public final class Main {
  public static void main(String[] args) {
    Corpus corpus = args.length == 0 ? CiteGraph.loadSamples()
        : CiteGraph.load(java.util.Arrays.stream(args).map(Path::of).toArray(Path[]::new));
    System.out.println(corpus.papers().size() + " papers, " + corpus.authors().size() + " authors, "
        + corpus.coauthorGraph().edgeCount() + " co-author edges");
    System.out.println(corpus.collaborators(corpus.authors().get(0)));
    IntArrayList sizes = new IntArrayList();
    TopicClusters.of(corpus).cluster().clusters().forEach(c -> sizes.add(c.size()));
    System.out.println("topic cluster sizes (a fastutil list): " + sizes);
  }
}
