#!/usr/bin/python3
"""TF-IDF + k-means peer of citegraph's topic evaluation (see docs/topics.md).

Reads a TSV written by the bench command `topics-eval` (columns: id, primary category, citegraph's broad topic,
title, abstract; no header), clusters title + abstract with scikit-learn's TfidfVectorizer (English stop words,
sublinear tf, min_df 2) and KMeans (k-means++, n_init 10, fixed seed) for each k given, and prints one JSON
object per k with the NMI (arithmetic normalisation, as citegraph's) and ARI of the clusters against the primary
categories, and for comparison those of citegraph's topics from the same file.

Usage: /usr/bin/python3 kmeans_peer.py FILE K [K...]
"""
import csv
import json
import sys

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score


def main():
    path = sys.argv[1]
    ks = [int(k) for k in sys.argv[2:]]
    csv.field_size_limit(1 << 30)
    truth, ours, texts = [], [], []
    with open(path, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            truth.append(row[1])
            ours.append(row[2])
            texts.append(row[3] + " " + row[4])
    print(json.dumps({"method": "citegraph", "k": len(set(ours)),
                      "nmi": normalized_mutual_info_score(truth, ours),
                      "ari": adjusted_rand_score(truth, ours)}))
    x = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2).fit_transform(texts)
    for k in ks:
        labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(x)
        print(json.dumps({"method": "tfidf-kmeans", "k": k,
                          "nmi": normalized_mutual_info_score(truth, labels),
                          "ari": adjusted_rand_score(truth, labels)}))


if __name__ == "__main__":
    main()
