/**
 * Binary snapshots of a built corpus: the format ({@link org.citegraph.snapshot.SnapshotFormat}), the writer
 * ({@link org.citegraph.snapshot.SnapshotWriter}), the loader ({@link org.citegraph.snapshot.SnapshotLoader}) and
 * what a snapshot holds ({@link org.citegraph.snapshot.SnapshotContents}). This package depends on the model, graph,
 * resolve and io packages only; {@code Corpus.save} and {@code CiteGraph.loadSnapshot} turn a corpus into contents
 * and back. See {@code docs/snapshot.md}.
 */
package org.citegraph.snapshot;
