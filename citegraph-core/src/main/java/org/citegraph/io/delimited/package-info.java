/** The delimited (CSV, TSV) reader, its column mapping and the ready-made delimited formats; see {@code docs/formats.md}. Found by {@link java.util.ServiceLoader} as {@link org.citegraph.io.RecordReader}s. */
package org.citegraph.io.delimited;
