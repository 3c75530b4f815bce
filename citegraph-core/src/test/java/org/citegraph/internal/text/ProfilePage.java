package org.citegraph.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The 19 papers of the bundled sample {@code org/citegraph/samples/profile-page.txt} (a scraped author profile page): entries start with a
 * line such as {@code LGMar 22, 2022Code}, followed by the title line, the author line and the abstract line, with
 * blank lines in between.
 */
final class ProfilePage {
  private ProfilePage() {}

  private static final Pattern ENTRY_START =
      Pattern.compile("^[A-Z]{2}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{1,2}, \\d{4}(?:Code)?$");

  /** The documents in page order. */
  static List<TermVectors.Document> documents() {
    List<String> lines = lines();
    List<TermVectors.Document> docs = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!ENTRY_START.matcher(lines.get(i)).matches()) {
        continue;
      }
      List<String> parts = new ArrayList<>();
      int j = i + 1;
      while (j < lines.size() && parts.size() < 3 && !ENTRY_START.matcher(lines.get(j)).matches()) {
        if (!lines.get(j).isBlank()) {
          parts.add(lines.get(j).strip());
        }
        j++;
      }
      docs.add(new TermVectors.Document(parts.get(0), parts.size() > 2 ? parts.get(2) : ""));
    }
    return docs;
  }

  /** Index of the document whose title equals the given one. */
  static int indexOfTitle(List<TermVectors.Document> docs, String title) {
    for (int i = 0; i < docs.size(); i++) {
      if (docs.get(i).title().equals(title)) {
        return i;
      }
    }
    throw new IllegalArgumentException("No document titled " + title);
  }

  private static List<String> lines() {
    try (InputStream in = ProfilePage.class.getResourceAsStream("/org/citegraph/samples/profile-page.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing profile-page.txt");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
