/** Readers of scholarly-graph exports: OpenAlex, Semantic Scholar, S2AND, ACL Anthology Network; see {@code docs/formats.md}. Found by {@link java.util.ServiceLoader} as {@link org.citegraph.io.RecordReader}s. */
package org.citegraph.io.scholarly;
