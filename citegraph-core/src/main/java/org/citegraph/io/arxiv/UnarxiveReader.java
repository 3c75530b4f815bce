package org.citegraph.io.arxiv;

import org.citegraph.io.AbstractRecordReader;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.citegraph.model.PaperId;

/**
 * Reads unarXive 2022 JSON Lines (format {@value #FORMAT}): one paper per line with its Kaggle-format arXiv
 * metadata under {@code metadata} (read as by {@link ArxivJsonLinesReader}) and its bibliography under {@code
 * bib_entries}. The full text ({@code body_text}, {@code ref_entries}) is skipped by the streaming parser.
 *
 * <p>Each bibliography entry becomes one {@link org.citegraph.model.Paper#references() reference} key, the first of:
 * {@code arxiv:<id>} for the linked arXiv id ({@code ids.arxiv_id}) or else an arXiv id found in the reference text
 * ({@code contained_arXiv_ids}); {@code openalex:W...} for the linked OpenAlex work ({@code ids.open_alex_id});
 * {@code doi:...} for a linked DOI ({@code ids.doi}); else {@code unresolved:} followed by the raw reference text
 * (white space collapsed, at most 200 characters). An entry with no text and no id is reported and left out. A
 * record without metadata id falls back to {@code paper_id}. Stateless and thread-safe.
 */
public final class UnarxiveReader extends AbstractRecordReader {
  /** The format name, {@code unarxive-jsonl}. */
  public static final String FORMAT = "unarxive-jsonl";

  private static final String EXPECTED =
      "one unarXive paper per line, e.g. {\"paper_id\":\"2212.11867\",\"metadata\":{...},\"bib_entries\":{...}}";

  /** Creates the reader. */
  public UnarxiveReader() {
    super(FORMAT);
  }

  /** True when the first line starts a JSON object with a {@code "paper_id"} and a {@code "_pdf_hash"} or {@code "metadata"} field. */
  @Override
  public boolean looksLike(String head) {
    String h = checkNotNull(head, "head").stripLeading();
    if (!h.startsWith("{")) {
      return false;
    }
    int nl = h.indexOf('\n');
    String first = nl < 0 ? h : h.substring(0, nl);
    return first.contains("\"paper_id\"") && (first.contains("\"_pdf_hash\"") || first.contains("\"metadata\""));
  }

  @Override
  protected void readRecords(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    ArxivJson.readLines(in, sourceName, sink, EXPECTED, UnarxiveReader::readPaper);
  }

  private static void readPaper(JsonParser p, ArxivRecord r) throws IOException {
    String paperId = null;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "paper_id" -> paperId = ArxivJson.text(p, r, name);
        case "metadata" -> {
          if (p.currentToken() == JsonToken.START_OBJECT) {
            ArxivJson.readKaggle(p, r);
          } else {
            ArxivJson.unexpected(p, r, name, "the Kaggle arXiv metadata object");
          }
        }
        case "bib_entries" -> readBibliography(p, r);
        default -> p.skipChildren();
      }
    }
    if ((r.arxivId == null || r.arxivId.isBlank()) && paperId != null) {
      r.arxivId = paperId;
    }
  }

  private static void readBibliography(JsonParser p, ArxivRecord r) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      ArxivJson.unexpected(p, r, "bib_entries", "an object of bibliography entries");
      return;
    }
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String key = p.currentName();
      if (p.nextToken() != JsonToken.START_OBJECT) {
        ArxivJson.unexpected(p, r, "bib_entries." + key, "an object");
        continue;
      }
      String raw = null;
      String arxiv = null;
      String contained = null;
      String openAlex = null;
      String doi = null;
      for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "bib_entry_raw" -> raw = ArxivJson.text(p, r, "bib_entry_raw");
          case "contained_arXiv_ids" -> contained = firstContainedId(p);
          case "ids" -> {
            if (p.currentToken() != JsonToken.START_OBJECT) {
              p.skipChildren();
              break;
            }
            for (JsonToken g = p.nextToken(); g == JsonToken.FIELD_NAME; g = p.nextToken()) {
              String id = p.currentName();
              p.nextToken();
              switch (id) {
                case "arxiv_id" -> arxiv = ArxivJson.text(p, r, "ids.arxiv_id");
                case "open_alex_id" -> openAlex = ArxivJson.text(p, r, "ids.open_alex_id");
                case "doi" -> doi = ArxivJson.text(p, r, "ids.doi");
                default -> p.skipChildren();
              }
            }
          }
          default -> p.skipChildren();
        }
      }
      String ref = referenceKey(r, key, raw, arxiv, contained, openAlex, doi);
      if (ref != null) {
        r.references.add(ref);
      }
    }
  }

  /** The {@code id} of the first element of {@code contained_arXiv_ids}, or null. */
  private static String firstContainedId(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    String found = null;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      for (JsonToken f = p.nextToken(); f == JsonToken.FIELD_NAME; f = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("id") && found == null && p.currentToken() == JsonToken.VALUE_STRING) {
          found = p.getText();
        } else {
          p.skipChildren();
        }
      }
    }
    return found;
  }

  private static String referenceKey(ArxivRecord r, String key, String raw, String arxiv, String contained,
      String openAlex, String doi) {
    for (String a : new String[] {arxiv, contained}) {
      if (a != null && !a.isBlank()) {
        try {
          return PaperId.arxiv(a).toString();
        } catch (IllegalArgumentException e) {
          r.repaired("bibliography entry " + key + ": arXiv id '" + a + "' is not an arXiv id; not used");
        }
      }
    }
    if (openAlex != null && !openAlex.isBlank()) {
      try {
        return PaperId.openAlex(openAlex).toString();
      } catch (IllegalArgumentException e) {
        r.repaired("bibliography entry " + key + ": " + e.getMessage() + "; not used");
      }
    }
    if (doi != null && !doi.isBlank()) {
      try {
        return PaperId.doi(doi).toString();
      } catch (IllegalArgumentException e) {
        r.repaired("bibliography entry " + key + ": " + e.getMessage() + "; not used");
      }
    }
    String text = raw == null ? "" : ArxivRecord.referenceText(raw);
    if (text.isEmpty()) {
      r.repaired("bibliography entry " + key + " has neither text nor a linked id; left out");
      return null;
    }
    return "unresolved:" + text;
  }
}
