/**
 * Readers, one per input format, streaming records with their provenance and reporting malformed input.
 *
 * <p>{@link org.citegraph.io.ProfilePageReader} reads scraped author-profile pages, {@link
 * org.citegraph.io.AuthorRecordReader} reads "Last, First" author record files. arXiv metadata in JSON is read, streaming
 * with jackson-core, by {@link org.citegraph.io.ArxivJsonLinesReader} (the Kaggle snapshot), {@link
 * org.citegraph.io.UnarxiveReader} (unarXive, with references), {@link org.citegraph.io.ArxivApiJsonReader} (an arXiv
 * API export keyed by id) and {@link org.citegraph.io.ArxivDocMetaReader} (arXiv DocMeta). {@link org.citegraph.io.Inputs}
 * opens files (UTF-8, byte-order mark removed, gzip or xz decompressed, tar archives entry by entry), detects their format and reads the bundled
 * samples; {@link org.citegraph.io.CollectingSink} collects what a reader produces, leniently or strictly.
 */
package org.citegraph.io;
