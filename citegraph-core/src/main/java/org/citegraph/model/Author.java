package org.citegraph.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

import com.google.common.collect.ImmutableList;

/**
 * A resolved person: every name variant the resolver attributed to one author, with a canonical display name (the
 * most complete variant seen).
 *
 * @param id a stable identifier derived from the canonical name's key ("alex-h-williams"); a numeric suffix
 *     distinguishes persons who share a name but were kept apart by a cannot-link decision
 * @param name the canonical name
 * @param variants every distinct variant seen, canonical first, then in a deterministic order
 */
public record Author(String id, PersonName name, List<PersonName> variants) implements Comparable<Author> {

  /**
   * Validates the fields and copies the variants.
   *
   * @param id a stable, non-blank identifier derived from the canonical name's key
   * @param name the canonical name; must be one of {@code variants}
   * @param variants every distinct variant seen, canonical first (copied)
   * @throws IllegalArgumentException if {@code id} is blank or {@code name} is not among the variants
   * @throws NullPointerException if a field or a variant is null
   */
  public Author {
    checkNotNull(id, "id");
    checkArgument(!id.isBlank(), "An author id cannot be blank");
    checkNotNull(name, "name");
    variants = ImmutableList.copyOf(variants);
    checkArgument(variants.contains(name), "Author %s: the canonical name %s must be one of its variants %s", id,
        name, variants);
  }

  /**
   * The canonical display name.
   *
   * @return the canonical name as it is displayed ("Alex H. Williams"), see {@link PersonName#displayName()}
   */
  public String displayName() {
    return name.displayName();
  }

  @Override
  public int compareTo(Author other) {
    return id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return name.displayName();
  }
}
