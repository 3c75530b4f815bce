/** Readers of BibTeX and RIS; see {@code docs/formats.md}. Found by {@link java.util.ServiceLoader} as {@link org.citegraph.io.RecordReader}s. */
package org.citegraph.io.bib;
