package org.citegraph.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableMap;

/**
 * An arXiv subject category, from the arXiv taxonomy shipped with the library. Codes outside the taxonomy are kept
 * as they are ({@link #isKnown()} is then false), never dropped.
 *
 * <p>Profile pages write the five categories the library was built around in short form: {@code LG} = cs.LG,
 * {@code NE} = cs.NE, {@code NC} = q-bio.NC, {@code CV} = cs.CV, {@code CL} = cs.CL; {@link #of(String)} expands
 * them.
 *
 * @param code the full code, e.g. {@code cs.LG} or {@code q-bio.NC}
 * @param archive the archive, e.g. {@code cs}; for unknown codes the part before the dot
 * @param name the human-readable name; for unknown codes the code itself
 */
public record Category(String code, String archive, String name) implements Comparable<Category> {

  private static final Map<String, Category> TAXONOMY = loadTaxonomy();
  private static final Map<String, String> SHORT_FORMS =
      ImmutableMap.of("LG", "cs.LG", "NE", "cs.NE", "NC", "q-bio.NC", "CV", "cs.CV", "CL", "cs.CL");

  /**
   * Validates the parts.
   *
   * @param code the full code, e.g. {@code cs.LG}; not blank, no white space
   * @param archive the archive, e.g. {@code cs}
   * @param name the human-readable name
   * @throws IllegalArgumentException if {@code code} is blank or contains white space
   * @throws NullPointerException if a part is null
   */
  public Category {
    checkNotNull(code, "code");
    checkNotNull(archive, "archive");
    checkNotNull(name, "name");
    checkArgument(!code.isBlank() && CharMatcher.whitespace().matchesNoneOf(code),
        "'%s' is not a category code (expected e.g. cs.LG)", code);
  }

  /**
   * The category for a code: a full arXiv code ({@code cs.LG}), a profile-page short form ({@code LG}), or any other
   * code, kept as an unknown category.
   *
   * @param code a category code; leading and trailing white space is ignored
   * @return the taxonomy's category for a known code or short form; otherwise an unknown category whose archive is
   *     the part before the first dot and whose name is the code
   * @throws IllegalArgumentException if the code is blank or contains white space inside
   * @throws NullPointerException if {@code code} is null
   */
  public static Category of(String code) {
    String c = checkNotNull(code, "code").trim();
    Category known = TAXONOMY.get(SHORT_FORMS.getOrDefault(c, c));
    if (known != null) {
      return known;
    }
    int dot = c.indexOf('.');
    return new Category(c, dot > 0 ? c.substring(0, dot) : c, c);
  }

  /**
   * The profile-page short forms and the codes they stand for: LG, NE, NC, CV, CL.
   *
   * @return an immutable map from short form ({@code LG}) to full code ({@code cs.LG})
   */
  public static Map<String, String> shortForms() {
    return SHORT_FORMS;
  }

  /**
   * Whether the code is in the bundled arXiv taxonomy.
   *
   * @return true for a taxonomy code, false for a code kept as an unknown category
   */
  public boolean isKnown() {
    return TAXONOMY.containsKey(code);
  }

  /**
   * The profile-page short form (LG, NE, NC, CV, CL) or the code itself.
   *
   * @return the short form for the five profile-page categories, otherwise {@link #code()}
   */
  public String shortForm() {
    for (Map.Entry<String, String> e : SHORT_FORMS.entrySet()) {
      if (e.getValue().equals(code)) {
        return e.getKey();
      }
    }
    return code;
  }

  @Override
  public int compareTo(Category other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }

  private static Map<String, Category> loadTaxonomy() {
    ImmutableMap.Builder<String, Category> map = ImmutableMap.builder();
    try (InputStream in = Category.class.getResourceAsStream("arxiv-categories.tsv")) {
      checkNotNull(in, "arxiv-categories.tsv is missing from the citegraph jar");
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        map.put(f[0], new Category(f[0], f[1], f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map.buildOrThrow();
  }
}
