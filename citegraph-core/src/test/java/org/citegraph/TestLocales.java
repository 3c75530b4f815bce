package org.citegraph;

import java.util.Locale;

/** Runs test code under another default locale and restores the previous one. */
public final class TestLocales {
  /** The Turkish locale, where {@code "I".toLowerCase()} is a dotless ı. */
  public static final Locale TURKISH = new Locale("tr", "TR");

  private TestLocales() {}

  /** Runs {@code body} with {@link #TURKISH} as the default locale. */
  public static void underTurkish(Runnable body) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(TURKISH);
      body.run();
    } finally {
      Locale.setDefault(saved);
    }
  }
}
