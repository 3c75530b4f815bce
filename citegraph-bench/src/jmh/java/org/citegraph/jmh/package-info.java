/**
 * JMH micro benchmarks of citegraph's public API: parsing arXiv JSON lines and the full load, name normalisation,
 * and top-10 collaborator queries. Built only by the Maven profile {@code -Pjmh} into {@code
 * citegraph-bench/target/citegraph-jmh.jar}; see docs/benchmarks.md, "Micro benchmarks (JMH)".
 */
package org.citegraph.jmh;
