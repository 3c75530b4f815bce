/** Readers of arXiv metadata: Kaggle and unarXive JSON Lines, API JSON, DocMeta, .abs files, Atom feeds, OAI-PMH; see {@code docs/formats.md}. Found by {@link java.util.ServiceLoader} as {@link org.citegraph.io.RecordReader}s. */
package org.citegraph.io.arxiv;
