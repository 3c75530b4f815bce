/** Readers of author profile pages and author-record exports; see {@code docs/formats.md}. Found by {@link java.util.ServiceLoader} as {@link org.citegraph.io.RecordReader}s. */
package org.citegraph.io.profile;
