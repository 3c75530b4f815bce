/**
 * Readers, one per input format, streaming records with their provenance and reporting malformed input.
 *
 * <p>{@link org.citegraph.io.ProfilePageReader} reads scraped author-profile pages, {@link
 * org.citegraph.io.AuthorRecordReader} reads "Last, First" author record files. {@link org.citegraph.io.Inputs}
 * opens files (UTF-8, byte-order mark removed, gzip decompressed), detects their format and reads the bundled
 * samples; {@link org.citegraph.io.CollectingSink} collects what a reader produces, leniently or strictly.
 */
package org.citegraph.io;
