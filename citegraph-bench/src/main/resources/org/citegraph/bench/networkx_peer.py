#!/usr/bin/python3
"""networkx peer of the citegraph benchmark (see docs/benchmarks.md).

Builds citegraph's co-authorship graph (CoauthorGraph) with networkx: one node per author, one edge per
pair of authors sharing a paper, edge attribute "weight" = number of shared papers. As in citegraph, a paper
with more than --hyper-authorship N authors (default 100) adds its authors as nodes but no edges. Two inputs:

  FILE                  an arXiv Kaggle JSON Lines file (plain, .gz or .xz); authors are keyed by a simple
                        name normalisation (folded given-name tokens + folded family name, as
                        PersonName.key() in citegraph) WITHOUT author resolution, so name variants that
                        citegraph merges stay apart here
  --author-lists LISTS  one line per paper with citegraph's resolved author indices separated by spaces
                        (written by the bench command): the very same graph as citegraph's

Prints one JSON object with the counts, timings and memory:

  parse_seconds  reading the input and computing each paper's author keys
  build_seconds  adding the nodes and weighted edges to a networkx.Graph
  graph_bytes    resident-set growth while building the graph (the parsed author lists stay alive, so
                 the delta is the graph's own memory); tracemalloc is not used as it slows Python down

Usage: /usr/bin/python3 networkx_peer.py (FILE | --author-lists LISTS) [--hyper-authorship N]
"""
import argparse
import gc
import gzip
import itertools
import json
import lzma
import os
import re
import sys
import time
import unicodedata

import networkx as nx

_SEP = re.compile(r"[\s\-.\u2010\u2011]+")
_NON_ALNUM = re.compile(r"[^0-9a-z ]+")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(_NON_ALNUM.sub(" ", s).split())


def key(last, first):
    tokens = [fold(t).replace(" ", "") for t in _SEP.split(first or "")]
    tokens = [t for t in tokens if t]
    family = fold(last).replace(" ", "")
    if not family:
        return None
    return " ".join(tokens + [family])


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def open_text(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    if path.endswith(".xz"):
        return lzma.open(path, "rt", encoding="utf-8")
    return open(path, "r", encoding="utf-8")


def read_file(path):
    papers = []
    with open_text(path) as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            keys = []
            seen = set()
            for parts in rec.get("authors_parsed") or []:
                if not parts:
                    continue
                k = key(parts[0], parts[1] if len(parts) > 1 else "")
                if k and k not in seen:
                    seen.add(k)
                    keys.append(k)
            papers.append(keys)
    return papers


def read_author_lists(path):
    with open(path, "r", encoding="ascii") as f:
        return [[int(a) for a in line.split()] for line in f]


def main(path, author_lists, hyper):
    t0 = time.perf_counter()
    papers = read_author_lists(author_lists) if author_lists else read_file(path)
    parse_s = time.perf_counter() - t0
    gc.collect()
    rss0 = rss_bytes()
    t1 = time.perf_counter()
    g = nx.Graph()
    hyper_papers = 0
    for keys in papers:
        g.add_nodes_from(keys)
        if len(keys) > hyper:
            hyper_papers += 1
            continue
        for a, b in itertools.combinations(keys, 2):
            if g.has_edge(a, b):
                g[a][b]["weight"] += 1
            else:
                g.add_edge(a, b, weight=1)
    build_s = time.perf_counter() - t1
    gc.collect()
    rss1 = rss_bytes()
    print(json.dumps({"input": "author-lists" if author_lists else "file", "papers": len(papers),
                      "hyper_authorship": hyper, "hyper_authored_papers": hyper_papers,
                      "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                      "parse_seconds": round(parse_s, 3), "build_seconds": round(build_s, 3),
                      "graph_bytes": rss1 - rss0, "networkx": nx.__version__,
                      "python": sys.version.split()[0]}))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="networkx peer of the citegraph benchmark")
    parser.add_argument("file", nargs="?", help="arXiv Kaggle JSON Lines file (.gz, .xz)")
    parser.add_argument("--author-lists", help="citegraph's resolved author indices, one paper per line")
    parser.add_argument("--hyper-authorship", type=int, default=100,
                        help="papers with more than N authors add no edges (default 100)")
    args = parser.parse_args()
    if (args.file is None) == (args.author_lists is None):
        parser.error("give either FILE or --author-lists LISTS")
    if args.hyper_authorship < 2:
        parser.error("--hyper-authorship needs at least 2")
    main(args.file, args.author_lists, args.hyper_authorship)
