package org.citegraph.internal.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

import org.citegraph.internal.Text;

/**
 * Splits titles and abstracts into normalised content-word tokens.
 *
 * <p>Processing of one text, in order:
 *
 * <ol>
 *   <li>{@linkplain #stripMarkup(String) markup removal}: HTML character references are decoded; URLs and e-mail
 *       addresses, LaTeX math ({@code $...$}, {@code $$...$$}, {@code \(...\)}, {@code \[...\]}, equation
 *       environments) and citation/reference commands ({@code ~\citep{...}}, {@code \ref{...}}, ...) are removed;
 *       LaTeX accents are decoded ({@link Text#decodeLatex}) and any remaining {@code \command} is dropped (its
 *       braced argument is kept as text).
 *   <li>Word splitting: a word is a maximal run of letters, digits and combining marks; a hyphen or apostrophe
 *       <em>between</em> two such characters stays inside the word ({@code meta-training}, {@code don't}), so
 *       hyphenated compounds are single tokens. A trailing possessive {@code 's} is removed.
 *   <li>Folding of every hyphen-separated part with {@link Text#fold} (accents removed, lower case in
 *       {@link java.util.Locale#ROOT}), so the result never depends on the default locale.
 *   <li>Filtering: tokens without any letter (numbers such as {@code 2012} or {@code 90}), one-character tokens and
 *       stop words (checked before and after stemming) are dropped.
 *   <li>{@linkplain #stem(String) Light plural stemming}.
 * </ol>
 *
 * <p>Besides the flat token list, {@link #segments(String)} returns the runs of consecutive kept tokens: a run ends
 * at every punctuation character (anything that is neither a word character nor white space) and at every dropped
 * token. {@link PhraseExtractor} only forms phrases inside one segment, so phrases never span a stop word, a number
 * or punctuation.
 *
 * <p>The default stop list ({@link #english()}) is the SMART list (Salton 1971; as distributed with Lewis et al.
 * 2004, "RCV1: A New Benchmark Collection for Text Categorization Research", JMLR 5) plus generic scholarly words
 * ("paper", "propose", "show", "results", "method", "approach", "using", "based", "new", "work", ...), read from the
 * resource {@code stopwords.txt} next to this class.
 *
 * <p>Instances are immutable and thread-safe. Running time is linear in the length of the text (plus the regular
 * expression passes of markup removal, also linear in practice).
 */
public final class Tokenizer {

  private static final String STOPWORDS_RESOURCE = "stopwords.txt";

  private static final Pattern URL =
      Pattern.compile("(?i)(?:\\b(?:https?|ftp)://|\\bwww\\.)[^\\s<>\"]+");
  private static final Pattern WWW = Pattern.compile("(?i)www\\.");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern MATH_ENVIRONMENT = Pattern.compile(
      "(?s)\\\\begin\\{(equation|align|eqnarray|gather|multline|math|displaymath)(\\*?)\\}.*?\\\\end\\{\\1\\2\\}");
  private static final Pattern DISPLAY_MATH = Pattern.compile("(?s)\\$\\$.*?\\$\\$|\\\\\\[.*?\\\\\\]");
  private static final Pattern INLINE_MATH = Pattern.compile("(?s)(?<!\\\\)\\$[^$]{0,500}?(?<!\\\\)\\$|\\\\\\(.*?\\\\\\)");
  private static final Pattern CITATION = Pattern.compile(
      "~?\\\\(?:[cC]ite[a-zA-Z]*|[a-zA-Z]*ref|label|url|footnote(?:mark)?)\\*?(?:\\s*\\[[^\\]]*\\])*\\s*\\{[^}]*\\}");
  private static final Pattern HREF = Pattern.compile("\\\\href\\s*\\{[^}]*\\}");
  /** Multi-letter commands other than the special letters Text#decodeLatex handles ({@code \ss}, {@code \ae}...). */
  private static final Pattern WORD_COMMAND =
      Pattern.compile("\\\\(?!(?:ss|ae|AE|oe|OE|aa|AA)(?![a-zA-Z]))[a-zA-Z]{2,}\\*?");
  private static final Pattern COMMAND = Pattern.compile("\\\\[a-zA-Z]+\\*?|\\\\");

  /** Irregular and Latin/Greek plurals common in scholarly text, mapped to their singular. */
  private static final Map<String, String> IRREGULAR_PLURALS = ImmutableMap.<String, String>builder()
      .put("analyses", "analysis").put("hypotheses", "hypothesis").put("theses", "thesis")
      .put("syntheses", "synthesis").put("diagnoses", "diagnosis").put("crises", "crisis")
      .put("parentheses", "parenthesis").put("emphases", "emphasis").put("axes", "axis")
      .put("biases", "bias").put("aliases", "alias").put("gases", "gas").put("atlases", "atlas")
      .put("matrices", "matrix").put("vertices", "vertex").put("indices", "index").put("appendices", "appendix")
      .put("simplices", "simplex").put("apices", "apex")
      .put("criteria", "criterion").put("phenomena", "phenomenon").put("corpora", "corpus")
      .put("stimuli", "stimulus").put("nuclei", "nucleus").put("radii", "radius").put("loci", "locus")
      .put("foci", "focus").put("fungi", "fungus").put("spectra", "spectrum").put("maxima", "maximum")
      .put("minima", "minimum").put("optima", "optimum").put("schemata", "schema").put("curricula", "curriculum")
      .put("children", "child").put("women", "woman").put("men", "man").put("feet", "foot").put("teeth", "tooth")
      .put("mice", "mouse").put("geese", "goose").put("people", "person")
      .buildOrThrow();

  /**
   * Words ending in {@code s} that are not plurals (or whose plural is itself), left unchanged. Words ending in
   * {@code ss}, {@code us} and {@code is} are always left unchanged and need not be listed.
   */
  private static final Set<String> NOT_PLURAL = ImmutableSet.of(
      "bias", "gas", "atlas", "canvas", "alias", "pancreas", "whereas", "chaos", "cosmos", "ethos", "pathos", "logos",
      "kudos", "thermos", "lens", "series", "species", "news", "means", "always", "perhaps", "towards", "afterwards",
      "sometimes", "besides", "mars", "yes", "has", "was", "does", "its", "his", "hers", "ours", "yours", "theirs",
      "aids", "sars");

  /** Nouns in {@code -ics} that are count nouns and so are stemmed; every other {@code -ics} word is a field name. */
  private static final Set<String> ICS_PLURALS = ImmutableSet.of(
      "topics", "metrics", "heuristics", "characteristics", "clinics", "critics", "tactics", "antibiotics", "lyrics",
      "relics", "comics", "harmonics", "biometrics", "statistics");

  /** Plurals in {@code -ies} whose singular ends in {@code -ie}. */
  private static final Set<String> IE_PLURALS = ImmutableSet.of(
      "movies", "cookies", "calories", "zombies", "rookies", "selfies", "prairies", "brownies", "smoothies",
      "hippies", "goalies", "genies", "aunties", "pixies", "lingeries", "magpies", "eyries");

  /** Plurals in {@code -ches} whose singular ends in {@code -che}. */
  private static final Set<String> CHE_PLURALS = ImmutableSet.of(
      "caches", "niches", "headaches", "moustaches", "mustaches", "avalanches", "cliches", "psyches", "quiches",
      "creches", "microniches", "douches");

  private static final Tokenizer ENGLISH = new Tokenizer(loadDefaultStopWords());

  private final ImmutableSet<String> stopWords;

  private Tokenizer(ImmutableSet<String> stopWords) {
    this.stopWords = stopWords;
  }

  /** The tokenizer with the default English + scholarly stop list. O(1); the list is loaded once per JVM. */
  public static Tokenizer english() {
    return ENGLISH;
  }

  /**
   * A tokenizer with the given stop words instead of the default list. Each entry is normalised like a token
   * (folded, possessive removed), so {@code "Don't"} matches the token {@code dont}. O(size of the collection).
   */
  public static Tokenizer withStopWords(Collection<String> stopWords) {
    ImmutableSet.Builder<String> set = ImmutableSet.builder();
    for (String w : stopWords) {
      String folded = normaliseWord(checkNotNull(w, "stop word").trim());
      if (!folded.isEmpty()) {
        set.add(folded);
      }
    }
    return new Tokenizer(set.build());
  }

  /** The default stop list (folded), as loaded from {@code stopwords.txt}. O(1). */
  public static Set<String> defaultStopWords() {
    return ENGLISH.stopWords;
  }

  /** This tokenizer's stop words, folded. O(1). */
  public Set<String> stopWords() {
    return stopWords;
  }

  /**
   * Whether a folded token is dropped as a stop word, either as given or after {@linkplain #stem stemming}. O(length).
   */
  public boolean isStopWord(String foldedToken) {
    return stopWords.contains(foldedToken) || stopWords.contains(stem(foldedToken));
  }

  /**
   * The content tokens of a text in reading order, after markup removal, folding, filtering and stemming (see the
   * class comment). A {@code null} or blank text gives an empty list. O(length of the text).
   */
  public List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    for (List<String> segment : segments(text)) {
      out.addAll(segment);
    }
    return out;
  }

  /**
   * The content tokens of a text grouped into segments: maximal runs of kept tokens not interrupted by punctuation,
   * a stop word, a number or a one-letter token. Concatenating the segments gives {@link #tokenize(String)}. Empty
   * segments are not returned. O(length of the text).
   */
  public List<List<String>> segments(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String s = stripMarkup(text);
    List<List<String>> segments = new ArrayList<>();
    List<String> current = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (isWordChar(cp)) {
        word.appendCodePoint(cp);
      } else if (isConnector(cp) && word.length() > 0 && i + len < n && isWordChar(s.codePointAt(i + len))) {
        word.appendCodePoint(cp);
      } else {
        if (word.length() > 0) {
          emit(word.toString(), current, segments);
          word.setLength(0);
        }
        if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
          endSegment(current, segments);
        }
      }
      i += len;
    }
    if (word.length() > 0) {
      emit(word.toString(), current, segments);
    }
    endSegment(current, segments);
    return segments;
  }

  private void emit(String rawWord, List<String> current, List<List<String>> segments) {
    String folded = normaliseWord(rawWord);
    if (!keep(folded)) {
      endSegment(current, segments);
      return;
    }
    String stemmed = stem(folded);
    if (stopWords.contains(stemmed) || stemmed.length() < 2 || !hasLetter(stemmed)) { // "1990s" -> "1990"
      endSegment(current, segments);
      return;
    }
    current.add(stemmed);
  }

  private boolean keep(String folded) {
    return folded.length() >= 2 && !stopWords.contains(folded) && hasLetter(folded);
  }

  /** False for numbers, possibly hyphenated (2012-2013). */
  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void endSegment(List<String> current, List<List<String>> segments) {
    if (!current.isEmpty()) {
      segments.add(ImmutableList.copyOf(current));
      current.clear();
    }
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isConnector(int cp) {
    return cp == '-' || cp == '\u2010' || cp == '\u2011' || isApostrophe(cp);
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u02bc';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /**
   * Folds one raw word: drops a trailing possessive {@code 's}, folds every hyphen-separated part with
   * {@link Text#fold} (which also removes apostrophes) and joins the non-empty parts with {@code '-'}.
   */
  static String normaliseWord(String raw) {
    String w = raw;
    int len = w.length();
    if (len > 2 && (w.charAt(len - 1) == 's' || w.charAt(len - 1) == 'S') && isApostrophe(w.charAt(len - 2))) {
      w = w.substring(0, len - 2);
    }
    String ascii = foldAscii(w);
    return ascii != null ? ascii : foldParts(w);
  }

  /**
   * Fast path of {@link #normaliseWord} for words made only of ASCII letters, digits, {@code '} and {@code -}
   * (nearly all English words): the same result as {@link #foldParts} without Unicode normalisation. Returns
   * {@code null} for any other word.
   */
  static String foldAscii(String w) {
    int plain = 0;
    while (plain < w.length() && ((w.charAt(plain) >= 'a' && w.charAt(plain) <= 'z')
        || (w.charAt(plain) >= '0' && w.charAt(plain) <= '9'))) {
      plain++;
    }
    if (plain == w.length()) {
      return w; // lower-case letters and digits only: already folded (most words), no copy
    }
    StringBuilder out = null;
    boolean partEmpty = true;
    boolean pendingHyphen = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '-') {
        if (!partEmpty) {
          pendingHyphen = true;
        }
        partEmpty = true;
        continue;
      }
      if (c == '\'') {
        continue;
      }
      char lower;
      if (c >= 'A' && c <= 'Z') {
        lower = (char) (c + ('a' - 'A'));
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        lower = c;
      } else {
        return null;
      }
      if (out == null) {
        out = new StringBuilder(w.length());
      }
      if (pendingHyphen && out.length() > 0) {
        out.append('-');
      }
      pendingHyphen = false;
      partEmpty = false;
      out.append(lower);
    }
    return out == null ? "" : out.toString();
  }

  /** Folds every hyphen-separated part with {@link Text#fold} and joins the non-empty parts with {@code '-'}. */
  static String foldParts(String w) {
    StringBuilder out = new StringBuilder(w.length());
    int start = 0;
    for (int i = 0; i <= w.length(); i++) {
      if (i == w.length() || isHyphen(w.charAt(i))) {
        if (i > start) {
          String part = Text.fold(w.substring(start, i));
          if (!part.isEmpty()) {
            if (out.length() > 0) {
              out.append('-');
            }
            // Folding can split a character into several (e.g. a vulgar fraction); keep the part one word.
            out.append(part.replace(" ", ""));
          }
        }
        start = i + 1;
      }
    }
    return out.toString();
  }

  /**
   * Removes markup that is not prose: decodes HTML entities, removes URLs, e-mail addresses, LaTeX math and
   * citation/reference commands (replaced by a full stop, i.e. a segment boundary), decodes LaTeX accents, and drops
   * the remaining LaTeX commands (keeping their arguments). Linear in the length of the text in practice.
   */
  public static String stripMarkup(String text) {
    String s = Text.decodeHtmlEntities(text);
    if (s.contains("://") || WWW.matcher(s).find()) {
      s = URL.matcher(s).replaceAll(" . ");
    }
    if (s.indexOf('@') >= 0) {
      s = EMAIL.matcher(s).replaceAll(" . ");
    }
    if (s.indexOf('\\') >= 0 || s.indexOf('$') >= 0) {
      s = MATH_ENVIRONMENT.matcher(s).replaceAll(" . ");
      s = DISPLAY_MATH.matcher(s).replaceAll(" . ");
      s = INLINE_MATH.matcher(s).replaceAll(" . ");
      s = CITATION.matcher(s).replaceAll(" . ");
      s = HREF.matcher(s).replaceAll(" ");
      s = WORD_COMMAND.matcher(s).replaceAll(" "); // \emph{smooth} -> " {smooth}"
    }
    s = Text.decodeLatex(s);
    if (s.indexOf('\\') >= 0) {
      s = COMMAND.matcher(s).replaceAll(" ");
    }
    return s;
  }

  /**
   * Light, deterministic plural stemming of a folded word (an "S-stemmer" in the spirit of Harman 1991, "How
   * effective is suffixing?", JASIS 42(1), with extra rules for English {@code -es} plurals). For a hyphenated
   * compound only the last part is stemmed. Rules, first match wins:
   *
   * <ol>
   *   <li>words of at most 3 characters, and words in a built-in list of non-plurals ({@code bias}, {@code series},
   *       {@code species}, {@code lens}, {@code chaos}, ...): unchanged;
   *   <li>irregular and Latin/Greek plurals from a built-in table: {@code analyses→analysis},
   *       {@code matrices→matrix}, {@code stimuli→stimulus}, {@code criteria→criterion}, {@code children→child};
   *   <li>{@code -ss}, {@code -us}, {@code -is}: unchanged ({@code loss}, {@code corpus}, {@code analysis});
   *   <li>{@code -ics}: unchanged (field names: {@code dynamics}, {@code physics}, {@code genomics}) unless a
   *       built-in count noun ({@code topics→topic}, {@code metrics→metric}, {@code statistics→statistic});
   *   <li>{@code -ies}: {@code -y} ({@code strategies→strategy}); {@code -ie} for 4-letter words ({@code ties}) and
   *       a built-in list ({@code movies});
   *   <li>{@code -sses}, {@code -xes}, {@code -shes}, {@code -ches}, {@code -zzes}: drop {@code es}
   *       ({@code processes→process}, {@code approaches→approach}) except a list of {@code -che} nouns
   *       ({@code caches});
   *   <li>any other final {@code s}: dropped ({@code optimizers→optimizer}, {@code networks→network},
   *       {@code rnns→rnn}, {@code cases→case}).
   * </ol>
   *
   * <p>Words not ending in {@code s} (other than the irregular table) are never changed ({@code gaussian}). The
   * function is idempotent. O(length).
   */
  public static String stem(String word) {
    int dash = word.lastIndexOf('-');
    if (dash >= 0) {
      if (dash == word.length() - 1) {
        return word;
      }
      return word.substring(0, dash + 1) + stem(word.substring(dash + 1));
    }
    String irregular = IRREGULAR_PLURALS.get(word);
    if (irregular != null) {
      return irregular;
    }
    int n = word.length();
    if (n <= 3) {
      return word;
    }
    if (word.charAt(n - 1) != 's' || NOT_PLURAL.contains(word)) {
      return word;
    }
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return word;
    }
    if (word.endsWith("ics")) {
      return ICS_PLURALS.contains(word) ? word.substring(0, n - 1) : word;
    }
    if (word.endsWith("ies")) {
      if (n == 4 || IE_PLURALS.contains(word)) {
        return word.substring(0, n - 1);
      }
      return word.substring(0, n - 3) + "y";
    }
    if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("shes") || word.endsWith("zzes")) {
      return word.substring(0, n - 2);
    }
    if (word.endsWith("ches")) {
      return CHE_PLURALS.contains(word) ? word.substring(0, n - 1) : word.substring(0, n - 2);
    }
    String singular = word.substring(0, n - 1);
    return IRREGULAR_PLURALS.getOrDefault(singular, singular); // "mens" -> "men" -> "man" keeps stem idempotent
  }

  private static ImmutableSet<String> loadDefaultStopWords() {
    InputStream in = Tokenizer.class.getResourceAsStream(STOPWORDS_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + STOPWORDS_RESOURCE + " next to " + Tokenizer.class);
    }
    ImmutableSet.Builder<String> set = ImmutableSet.builder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!entry.isEmpty()) {
          String folded = normaliseWord(entry);
          if (!folded.isEmpty()) {
            set.add(folded);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + STOPWORDS_RESOURCE, e);
    }
    return set.build();
  }
}
