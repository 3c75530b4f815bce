package org.citegraph.io.scholarly;

import org.citegraph.io.Inputs;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the ground truth of the S2AND benchmark (Subramanian et al. 2021, "S2AND: A Benchmark and Evaluation
 * System for Author Name Disambiguation", JCDL): a {@code clusters.json} {@code {"<cluster_id>": {"cluster_id":
 * ..., "signature_ids": ["0", "1", ...]}, ...}} in which each cluster is one real person. Streamed with a JSON
 * parser; optionally gzip- or xz-compressed.
 */
public final class S2andClusters {
  private S2andClusters() {}

  private static final JsonFactory FACTORY = org.citegraph.internal.io.Json.factory(org.citegraph.io.InputLimits.defaults());

  /**
   * The true person of every signature: signature id to cluster id, in file order.
   *
   * @param file a {@code clusters.json}, possibly gzip- or xz-compressed
   * @return signature id to the id of its cluster (the object's key), in file order; empty for an empty object
   * @throws IOException if reading fails, or the file is not such an object, or a signature is in two clusters
   *     (the message names the line)
   */
  public static Map<String, String> read(Path file) throws IOException {
    checkNotNull(file, "file");
    Map<String, String> out = new LinkedHashMap<>();
    try (BufferedReader in = Inputs.open(file); JsonParser p = FACTORY.createParser(in)) {
      expect(p, p.nextToken() == JsonToken.START_OBJECT, file, "a top-level object of clusters");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        expect(p, p.nextToken() == JsonToken.START_OBJECT, file, "cluster " + key + " to be an object");
        String cluster = key;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          JsonToken t = p.nextToken();
          if (field.equals("signature_ids") && t == JsonToken.START_ARRAY) {
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
              expect(p, e == JsonToken.VALUE_STRING || e == JsonToken.VALUE_NUMBER_INT, file,
                  "signature ids of cluster " + key + " to be strings");
              String sig = p.getText();
              String before = out.putIfAbsent(sig, cluster);
              expect(p, before == null, file, "signature " + sig + " in one cluster only, but it is in clusters "
                  + before + " and " + cluster);
            }
          } else {
            p.skipChildren();
          }
        }
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static void expect(JsonParser p, boolean ok, Path file, String what) throws IOException {
    if (!ok) {
      throw new JsonParseException(p, "S2AND clusters file '" + file + "' at line "
          + p.currentTokenLocation().getLineNr() + ": expected " + what);
    }
  }
}
