package example;

import java.nio.file.Path;

import org.citegraph.CiteGraph;
import org.citegraph.Corpus;
import org.citegraph.query.TopicClusters;

/** Loads the files named (or the bundled samples), then prints counts, one ranking and the topic clusters. */
public final class Main {
  public static void main(String[] args) {
    Corpus corpus = args.length == 0 ? CiteGraph.loadSamples()
        : CiteGraph.load(java.util.Arrays.stream(args).map(Path::of).toArray(Path[]::new));
    System.out.println(corpus.papers().size() + " papers, " + corpus.authors().size() + " authors, "
        + corpus.coauthorGraph().edgeCount() + " co-author edges");
    System.out.println(corpus.collaborators(corpus.authors().get(0)));
    System.out.println(TopicClusters.of(corpus).cluster().clusters().size() + " topic clusters");
  }
}
