package org.citegraph.model;

import org.citegraph.internal.Text;

/** Title normalisation used to recognise records of one paper. */
public final class Titles {
  private Titles() {}

  /**
   * The matching key of a title: markup decoded, accents and case folded, punctuation removed, white space
   * collapsed. "Learned Optimizers that Scale and Generalize" and "Learned optimizers that scale and generalize."
   * share a key.
   *
   * @param title a title as written in a record, possibly with markup (LaTeX, HTML entities)
   * @return the folded key; empty when the title has no letters or digits
   */
  public static String key(String title) {
    return Text.fold(Text.clean(title));
  }
}
