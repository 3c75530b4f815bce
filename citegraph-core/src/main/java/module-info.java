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
  exports org.citegraph.io.arxiv;
  exports org.citegraph.io.bib;
  exports org.citegraph.io.delimited;
  exports org.citegraph.io.profile;
  exports org.citegraph.io.scholarly;
  exports org.citegraph.resolve;
  exports org.citegraph.resolve.eval;
  exports org.citegraph.graph;
  exports org.citegraph.query;
  exports org.citegraph.render;
  exports org.citegraph.export;
  exports org.citegraph.table;
  exports org.citegraph.snapshot;

  uses org.citegraph.io.RecordReader;

  // The built-in readers, in the order format detection tries them (formats with an unmistakable signature first);
  // META-INF/services/org.citegraph.io.RecordReader lists the same for the class path.
  provides org.citegraph.io.RecordReader with
      org.citegraph.io.arxiv.ArxivAtomReader,
      org.citegraph.io.arxiv.ArxivOaiReader,
      org.citegraph.io.arxiv.ArxivAbsReader,
      org.citegraph.io.scholarly.S2andSignaturesReader,
      org.citegraph.io.profile.ProfilePageReader,
      org.citegraph.io.profile.AuthorRecordReader,
      org.citegraph.io.arxiv.UnarxiveReader,
      org.citegraph.io.arxiv.ArxivDocMetaReader,
      org.citegraph.io.arxiv.ArxivApiJsonReader,
      org.citegraph.io.arxiv.ArxivJsonLinesReader,
      org.citegraph.io.bib.BibtexReader,
      org.citegraph.io.bib.RisReader,
      org.citegraph.io.scholarly.OpenAlexReader,
      org.citegraph.io.scholarly.SemanticScholarReader,
      org.citegraph.io.delimited.ArxivOaiTsvReader,
      org.citegraph.io.delimited.PaperscapeCsvReader,
      org.citegraph.io.delimited.ScopusCsvReader,
      org.citegraph.io.scholarly.AanMetadataReader,
      org.citegraph.io.scholarly.AanCitationListReader;
}
