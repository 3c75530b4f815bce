/**
 * The base of input reading: {@link org.citegraph.io.RecordReader} (one format, streaming) and {@link
 * org.citegraph.io.AbstractRecordReader} (its boilerplate), {@link org.citegraph.io.RecordSink} with {@link
 * org.citegraph.io.IngestIssue} and {@link org.citegraph.io.MalformedRecordException}, {@link
 * org.citegraph.io.CollectingSink}, {@link org.citegraph.io.InputLimits} (every size limit, see {@code
 * docs/limits.md}) and {@link org.citegraph.io.Inputs}, which opens files (UTF-8, byte-order mark removed, gzip or xz
 * decompressed, tar archives entry by entry), detects their format among the readers found through {@link
 * java.util.ServiceLoader}, reports a broken file per file, and reads the bundled samples.
 *
 * <p>The readers live by source family in {@code io.arxiv}, {@code io.bib} (BibTeX, RIS), {@code io.delimited},
 * {@code io.scholarly} (OpenAlex, Semantic Scholar, S2AND, ACL Anthology Network) and {@code io.profile}; this package
 * depends on none of them.
 */
package org.citegraph.io;
