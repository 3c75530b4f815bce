/**
 * Benchmarking: a SYNTHETIC arXiv Kaggle JSON Lines generator calibrated to real samples ({@link
 * org.citegraph.bench.SyntheticCorpus}) and an end-to-end benchmark command ({@link org.citegraph.bench.Benchmark})
 * that measures ingest, graph build, memory and query latency, optionally against a networkx peer. Synthetic data is
 * never mixed with real data. See {@code docs/benchmarks.md}.
 */
package org.citegraph.bench;
