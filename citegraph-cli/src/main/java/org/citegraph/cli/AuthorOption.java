package org.citegraph.cli;

import org.citegraph.AuthorLookup;
import org.citegraph.Corpus;
import org.citegraph.model.Author;

/** Resolves the {@code --author} value of a command through the library's look-up, in the command line's words. */
final class AuthorOption {
  private AuthorOption() {}

  /**
   * The author a name means.
   *
   * @param corpus the corpus
   * @param name the name as given
   * @return the author
   * @throws UsageException naming the candidates or the nearest names when the name is not one author
   */
  static Author resolve(Corpus corpus, String name) {
    AuthorLookup found = corpus.lookup(name);
    return found.author().orElseThrow(() -> new UsageException("--author: " + found.message()
        + (found.outcome() == AuthorLookup.Outcome.NOT_FOUND ? "\n(the 'authors' command lists every author)" : "")));
  }
}
