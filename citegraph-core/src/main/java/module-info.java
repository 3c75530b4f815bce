/** citegraph: scholarly records to co-authorship, topic and citation graphs. */
module org.citegraph {
  requires transitive org.jgrapht.core;
  requires org.jgrapht.io;
  requires transitive com.google.common;
  requires com.fasterxml.jackson.core;
  requires java.xml;
  requires org.citegraph.networkanalysis;
  requires org.tukaani.xz;
  requires org.apache.commons.compress;
  requires org.apache.commons.io;

  exports org.citegraph;
  exports org.citegraph.model;
  exports org.citegraph.io;
  exports org.citegraph.resolve;
  exports org.citegraph.resolve.eval;
  exports org.citegraph.graph;
  exports org.citegraph.query;
  exports org.citegraph.render;
  exports org.citegraph.export;
  exports org.citegraph.table;
}
