/** The entry point: {@link org.citegraph.CiteGraph} loads records, resolves them and builds a queryable corpus. */
package org.citegraph;
