package org.citegraph.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A generator of SYNTHETIC paper records in the Kaggle {@code arxiv-metadata-oai-snapshot} JSON Lines format (the
 * format of {@link org.citegraph.io.arxiv.ArxivJsonLinesReader}), for benchmarks only. Every record is invented (titles,
 * abstracts and names come from syllable lists, ids and DOIs are made up), so a synthetic file must never be mixed
 * with real data; the {@code submitter} field of every record is {@value #SUBMITTER} to make that visible.
 *
 * <p>Output is deterministic for a seed (same bytes) and written as a stream: only the author pool (one int per
 * authorship slot) and small tables are held, never the corpus.
 *
 * <h2>Calibration</h2>
 * Measured from the real samples in the project's shared data (the 23,530 distinct papers of the arXiv OAI TSV files
 * cs.CL 2019-01-01, cs.NE 2020-01-01 and q-bio.NC 2020-01-01; and the 1,000-record Kaggle snapshot head):
 * <ul>
 *   <li>Authors per paper: mean 3.35, median 3 (TSV; Kaggle head: mean 3.07, median 2); shares 1: 14.3%, 2: 24.7%,
 *       3: 24.2%, 4: 16.4%, 5: 9.4%, 6: 5.0%, 7: 2.5%, 8: 1.4%, 9: 0.8%, 10: 0.4%, 11 or more: 1.0% (max 75).
 *       Used as {@link #AUTHORS_PER_PAPER_SHARES} (11+ drawn uniformly from 11..40).</li>
 *   <li>Papers per author (Lotka): 68.5% of authors have 1 paper, 14.5% 2, 6.1% 3, 3.4% 4, 1.9% 5; mean 1.99,
 *       max 117. The fitted Lotka exponent is {@value #LOTKA_EXPONENT} (f(2)/f(1) = 0.212 = 2^-2.24); each generated
 *       person gets a fixed number of papers drawn from that law (capped at {@value #MAX_PAPERS_PER_AUTHOR} and at one
 *       per 600 authorships, as the sample's top author has one per ~670) and the
 *       authorship slots are shuffled over the papers.</li>
 *   <li>Categories: mean 2.12 per paper, 64% cross-listed. Primary category shares (TSV): cs.CL 35.6% (plus cmp-lg
 *       3.8%, folded into cs.CL), q-bio.NC 15.0%, cs.NE 14.0%, cs.LG 6.6%, cs.CV 3.9%, cs.AI 3.2%, cs.IR 2.0%,
 *       stat.ML 1.7%, others 14.2%. Cross-list shares (any position): cs.CL 49.8%, cs.NE 30.7%, q-bio.NC 23.9%,
 *       cs.LG 21.2%, cs.AI 13.3%, stat.ML 10.1%, cs.CV 7.8%.</li>
 *   <li>Years: the sample has 1 paper in 1993 and grows from ~200 a year in the 1990s to 5,537 in 2018 (about
 *       +37% a year from 2010 to 2018). Dates here run from 1993 to 2024 with weight e^(0.22·(year − 1993)), about
 *       +25% a year, so that old papers are still present at every size.</li>
 *   <li>Text: titles 9.3 words, abstracts 149 words on average (TSV); about 1,460 bytes per Kaggle record. Words are
 *       drawn from a Zipfian (s = 1) general vocabulary of 6,000 made-up words mixed with a 400-word Zipfian pool
 *       specific to the primary category (40% of title words, 25% of abstract words).</li>
 *   <li>Names: 4.4% of author names in the TSV start with an initial; here 5% of authorships write the given name as
 *       an initial, 20% of people have a middle initial, and given and family names are drawn from finite Zipfian
 *       name pools so that some names are shared by several people.</li>
 *   <li>Hyper-authored papers (not in the samples, present in arXiv as large collaborations): paper number i with
 *       i mod {@value #HYPER_EVERY} = {@value #HYPER_EVERY} − 1 has 1,000 to 5,000 authors drawn from one
 *       collaboration pool of {@value #COLLABORATION_SIZE} people (one per 100,000 papers: 1 at 100k, 10 at 1M).</li>
 * </ul>
 */
public final class SyntheticCorpus {
  /** The {@code submitter} of every synthetic record. */
  public static final String SUBMITTER = "SYNTHETIC citegraph generator";
  /** Lotka exponent of the papers-per-author law. */
  public static final double LOTKA_EXPONENT = 2.24;
  /** Cap on the papers of one generated person (the cap is also at most one per 600 authorship slots, at least 10). */
  public static final int MAX_PAPERS_PER_AUTHOR = 1_000;
  /** One hyper-authored paper per this many papers. */
  public static final int HYPER_EVERY = 100_000;
  /** Size of the collaboration pool that hyper-authored papers draw from. */
  public static final int COLLABORATION_SIZE = 6_000;
  /** Measured shares of papers with 1, 2, ..., 10 and 11 or more authors (TSV sample). */
  public static final double[] AUTHORS_PER_PAPER_SHARES =
      {0.1425, 0.2468, 0.2421, 0.1642, 0.0936, 0.0496, 0.0253, 0.0136, 0.0080, 0.0040, 0.0102};
  /** The mean authors per paper implied by {@link #AUTHORS_PER_PAPER_SHARES} (11+ drawn from 11..40). */
  public static final double TARGET_MEAN_AUTHORS = meanAuthors();
  /** First year of the synthetic dates. */
  public static final int FIRST_YEAR = 1993;
  /** Last year of the synthetic dates. */
  public static final int LAST_YEAR = 2024;
  /** Yearly growth rate of the date weights: e^(rate · (year − first year)). */
  public static final double GROWTH = 0.22;

  static final String[] PRIMARY = {"cs.CL", "q-bio.NC", "cs.NE", "cs.LG", "cs.CV", "cs.AI", "cs.IR", "stat.ML",
      "cond-mat.dis-nn", "physics.bio-ph", "cs.SD", "cs.SI", "q-bio.QM", "nlin.AO", "math.OC", "physics.soc-ph"};
  static final double[] PRIMARY_SHARES = {0.394, 0.150, 0.140, 0.066, 0.039, 0.032, 0.020, 0.017, 0.009, 0.008,
      0.007, 0.025, 0.025, 0.022, 0.024, 0.022};
  static final double[] CROSS_SHARES = {0.498, 0.307, 0.239, 0.212, 0.078, 0.133, 0.052, 0.101, 0.025, 0.027,
      0.020, 0.021, 0.019, 0.019, 0.015, 0.015};
  /** Shares of papers with 0, 1, 2, 3, 4 cross-lists (mean 1.12 extra: 2.12 categories per paper). */
  static final double[] CROSS_COUNT_SHARES = {0.36, 0.30, 0.20, 0.10, 0.04};

  private static final String[] SYLLABLES = {"ka", "ri", "to", "ma", "ne", "lu", "so", "vi", "da", "mo", "ze", "ha",
      "ni", "pe", "ro", "ta", "li", "ga", "be", "sa", "mi", "ko", "re", "la", "fu", "yo", "an", "el", "or", "in",
      "chen", "wang", "li", "zhang", "kim", "park", "ser", "tin", "bar", "ler", "son", "berg", "man", "ova", "dez",
      "ra", "ski", "ne", "ti", "on"};
  private static final String[] WORD_SYLLABLES = {"ne", "ur", "al", "net", "work", "lear", "ning", "mod", "el",
      "de", "ep", "gra", "di", "ent", "sto", "chas", "tic", "la", "tent", "va", "ri", "at", "ion", "in", "fer",
      "ence", "to", "ken", "spar", "se", "den", "cod", "ing", "pro", "ba", "bil", "is", "rep", "re", "sen", "ta"};
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

  private final long seed;
  private final long papers;

  private SyntheticCorpus(long seed, long papers) {
    this.seed = seed;
    this.papers = papers;
  }

  /**
   * A generator of {@code papers} records for a seed.
   *
   * @throws IllegalArgumentException if {@code papers} is not positive or above 10 million
   */
  public static SyntheticCorpus of(long papers, long seed) {
    checkArgument(papers > 0 && papers <= 10_000_000, "papers must be in 1..10,000,000, got %s", papers);
    return new SyntheticCorpus(seed, papers);
  }

  /** The number of records this generator writes. */
  public long papers() {
    return papers;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /**
   * Writes the records to a file, gzip-compressed when its name ends in {@code .gz}.
   *
   * @return the number of records written
   */
  public long writeTo(Path file) throws IOException {
    checkNotNull(file, "file");
    try (OutputStream raw = Files.newOutputStream(file)) {
      OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16)
          : new BufferedOutputStream(raw, 1 << 16);
      long n = writeTo(out);
      out.close();
      return n;
    }
  }

  /**
   * Writes the records, one JSON object per line, as UTF-8 to a stream (flushed, not closed).
   *
   * @return the number of records written
   */
  public long writeTo(OutputStream stream) throws IOException {
    checkNotNull(stream, "stream");
    Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    new Run(w).run();
    w.flush();
    return papers;
  }

  private static double meanAuthors() {
    double m = 0;
    for (int i = 0; i < 10; i++) {
      m += (i + 1) * AUTHORS_PER_PAPER_SHARES[i];
    }
    m += AUTHORS_PER_PAPER_SHARES[10] * (11 + 40) / 2.0;
    double total = Arrays.stream(AUTHORS_PER_PAPER_SHARES).sum();
    return m / total;
  }

  /** Inverse-CDF sampling over a weight table. */
  private static final class Table {
    final double[] cum;

    Table(double[] weights) {
      cum = new double[weights.length];
      double s = 0;
      for (int i = 0; i < weights.length; i++) {
        s += weights[i];
        cum[i] = s;
      }
      for (int i = 0; i < cum.length; i++) {
        cum[i] /= s;
      }
    }

    static Table zipf(int n, double s) {
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        w[i] = 1.0 / Math.pow(i + 1, s);
      }
      return new Table(w);
    }

    int draw(SplittableRandom rnd) {
      double u = rnd.nextDouble();
      int i = Arrays.binarySearch(cum, u);
      i = i < 0 ? -i - 1 : i;
      return Math.min(i, cum.length - 1);
    }
  }

  /** One generation run: all state is derived from the seed. */
  private final class Run {
    private final Writer out;
    private final SplittableRandom rnd = new SplittableRandom(seed);
    private final JsonGenerator json;
    private final String[] givenNames;
    private final String[] familyNames;
    private final Table givenTable;
    private final Table familyTable;
    private final String[] words;
    private final Table wordTable = Table.zipf(6_000, 1.0);
    private final String[][] topicWords;
    private final Table topicTable = Table.zipf(400, 1.0);
    private final Table primaryTable = new Table(PRIMARY_SHARES);
    private final Table crossTable = new Table(CROSS_SHARES);
    private final Table crossCountTable = new Table(CROSS_COUNT_SHARES);
    private final Table authorCountTable = new Table(AUTHORS_PER_PAPER_SHARES);
    private final long personSalt;

    Run(Writer out) throws IOException {
      this.out = out;
      this.json = new JsonFactory().createGenerator(out);
      this.json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      this.personSalt = rnd.nextLong();
      givenNames = uniqueWords(3_000, 2, 3, true);
      familyNames = uniqueWords(40_000, 2, 4, true);
      givenTable = Table.zipf(givenNames.length, 0.9);
      familyTable = Table.zipf(familyNames.length, 0.8);
      words = uniqueWords(6_000 + PRIMARY.length * 400, 1, 3, false);
      // Zipf's law of abbreviation: the frequent words are the short ones.
      Arrays.sort(words, 0, 6_000, java.util.Comparator.comparingInt(String::length));
      topicWords = new String[PRIMARY.length][400];
      for (int t = 0; t < PRIMARY.length; t++) {
        System.arraycopy(words, 6_000 + t * 400, topicWords[t], 0, 400);
      }
    }

    private String[] uniqueWords(int n, int minSyl, int maxSyl, boolean capitalise) {
      String[] syl = capitalise ? SYLLABLES : WORD_SYLLABLES;
      Set<String> seen = new HashSet<>();
      String[] outWords = new String[n];
      int i = 0;
      while (i < n) {
        int k = minSyl + rnd.nextInt(maxSyl - minSyl + 1);
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < k; j++) {
          sb.append(syl[rnd.nextInt(syl.length)]);
        }
        if (sb.length() < 3) {
          continue;
        }
        String w = capitalise ? Character.toUpperCase(sb.charAt(0)) + sb.substring(1) : sb.toString();
        if (seen.add(w)) {
          outWords[i++] = w;
        }
      }
      return outWords;
    }

    /** The number of authors of a regular (not hyper-authored) paper. */
    private int authorCount() {
      int k = authorCountTable.draw(rnd) + 1;
      return k <= 10 ? k : 11 + rnd.nextInt(30);
    }

    void run() throws IOException {
      // Pre-draw author counts so that the authorship slots can be filled from an exact Lotka pool.
      byte[] counts = new byte[(int) papers];
      long slots = 0;
      for (int i = 0; i < papers; i++) {
        counts[i] = (byte) authorCount();
        slots += counts[i];
      }
      int[] pool = lotkaPool(slots);
      // Papers per month (largest remainder over growth weights), in chronological order.
      int months = (LAST_YEAR - FIRST_YEAR + 1) * 12;
      double[] w = new double[months];
      double total = 0;
      for (int m = 0; m < months; m++) {
        w[m] = Math.exp(GROWTH * (m / 12.0));
        total += w[m];
      }
      long[] perMonth = new long[months];
      long assigned = 0;
      for (int m = 0; m < months; m++) {
        perMonth[m] = (long) Math.floor(papers * w[m] / total);
        assigned += perMonth[m];
      }
      for (int m = months - 1; assigned < papers; m = (m == 0 ? months - 1 : m - 1)) {
        perMonth[m]++;
        assigned++;
      }
      long index = 0;
      int slot = 0;
      for (int m = 0; m < months; m++) {
        int year = FIRST_YEAR + m / 12;
        int month = m % 12 + 1;
        for (int j = 0; j < perMonth[m]; j++, index++) {
          int n = counts[(int) index];
          int[] authors;
          boolean hyper = index % HYPER_EVERY == HYPER_EVERY - 1;
          if (hyper) {
            authors = hyperAuthors();
          } else {
            authors = new int[n];
            int got = 0;
            for (int tries = 0; got < n && tries < n * 3; tries++) {
              int p = pool[slot];
              slot = slot + 1 == pool.length ? 0 : slot + 1;
              if (!contains(authors, got, p)) {
                authors[got++] = p;
              }
            }
            authors = Arrays.copyOf(authors, Math.max(1, got));
          }
          writePaper(index, year, month, j, authors, hyper);
        }
      }
      json.flush();
    }

    private boolean contains(int[] a, int n, int v) {
      for (int i = 0; i < n; i++) {
        if (a[i] == v) {
          return true;
        }
      }
      return false;
    }

    /** Person ids repeated by their Lotka paper counts, shuffled, covering at least {@code slots} slots. */
    private int[] lotkaPool(long slots) {
      // The cap grows with the corpus (the real sample's most prolific author has 1 per ~670 authorships).
      int cap = (int) Math.max(10, Math.min(MAX_PAPERS_PER_AUTHOR, slots / 600));
      double[] w = new double[cap];
      for (int k = 1; k <= cap; k++) {
        w[k - 1] = Math.pow(k, -LOTKA_EXPONENT);
      }
      Table lotka = new Table(w);
      int[] pool = new int[(int) slots];
      int filled = 0;
      int person = 0;
      while (filled < pool.length) {
        int k = Math.min(lotka.draw(rnd) + 1, pool.length - filled);
        Arrays.fill(pool, filled, filled + k, person);
        filled += k;
        person++;
      }
      for (int i = pool.length - 1; i > 0; i--) {
        int j = rnd.nextInt(i + 1);
        int t = pool[i];
        pool[i] = pool[j];
        pool[j] = t;
      }
      return pool;
    }

    private int[] hyperAuthors() {
      int n = 1_000 + rnd.nextInt(4_001);
      int start = rnd.nextInt(COLLABORATION_SIZE);
      int[] a = new int[n];
      for (int i = 0; i < n; i++) {
        a[i] = -1 - (start + i) % COLLABORATION_SIZE; // negative ids: collaboration members
      }
      return a;
    }

    /** A person's name, fixed by the person id: [family, given, middle-initial-or-empty]. */
    private String[] person(int id) {
      SplittableRandom r = new SplittableRandom(personSalt ^ (id * 0x9E3779B97F4A7C15L));
      String given = givenNames[givenTable.draw(r)];
      String family = familyNames[familyTable.draw(r)];
      String middle = r.nextInt(5) == 0 ? String.valueOf((char) ('A' + r.nextInt(26))) + "." : "";
      return new String[] {family, given, middle};
    }

    private void writePaper(long index, int year, int month, int seq, int[] authors, boolean hyper)
        throws IOException {
      int primary = hyper ? -1 : primaryTable.draw(rnd);
      StringBuilder cats = new StringBuilder(hyper ? "hep-ex" : PRIMARY[primary]);
      int extra = hyper ? 1 : crossCountTable.draw(rnd);
      Set<Integer> used = new HashSet<>();
      used.add(primary);
      for (int e = 0, tries = 0; e < extra && tries < 20; tries++) {
        int c = hyper ? 3 : crossTable.draw(rnd);
        if (used.add(c)) {
          cats.append(' ').append(PRIMARY[c]);
          e++;
        }
      }
      int topic = hyper ? 3 : primary;
      int day = 1 + rnd.nextInt(LocalDate.of(year, month, 1).lengthOfMonth());
      ZonedDateTime created = ZonedDateTime.of(year, month, day, rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60), 0,
          ZoneOffset.UTC);
      json.writeStartObject();
      json.writeStringField("id", arxivId(year, month, seq));
      json.writeStringField("submitter", SUBMITTER);
      StringBuilder authorText = new StringBuilder();
      String[][] parsed = new String[authors.length][];
      for (int i = 0; i < authors.length; i++) {
        String[] p = authors[i] < 0 ? collaborationMember(-1 - authors[i]) : person(authors[i]);
        String given = rnd.nextInt(20) == 0 ? p[1].charAt(0) + "." : p[1];
        if (!p[2].isEmpty()) {
          given = given + " " + p[2];
        }
        parsed[i] = new String[] {p[0], given};
        if (i > 0) {
          authorText.append(i == authors.length - 1 ? " and " : ", ");
        }
        authorText.append(given).append(' ').append(p[0]);
      }
      json.writeStringField("authors", authorText.toString());
      json.writeStringField("title", text(topic, 5 + rnd.nextInt(9), 0.4, true));
      json.writeNullField("comments");
      json.writeNullField("journal-ref");
      if (rnd.nextInt(10) < 3) {
        json.writeStringField("doi", "10.5555/synth." + index);
      } else {
        json.writeNullField("doi");
      }
      json.writeNullField("report-no");
      json.writeStringField("categories", cats.toString());
      json.writeNullField("license");
      json.writeStringField("abstract", "  " + text(topic, 60 + rnd.nextInt(180), 0.25, false) + "\n");
      json.writeArrayFieldStart("versions");
      json.writeStartObject();
      json.writeStringField("version", "v1");
      json.writeStringField("created", RFC_1123.format(created));
      json.writeEndObject();
      json.writeEndArray();
      LocalDate updated = created.toLocalDate().plusDays(rnd.nextInt(400));
      json.writeStringField("update_date", updated.toString());
      json.writeArrayFieldStart("authors_parsed");
      for (String[] p : parsed) {
        json.writeStartArray();
        json.writeString(p[0]);
        json.writeString(p[1]);
        json.writeString("");
        json.writeEndArray();
      }
      json.writeEndArray();
      json.writeEndObject();
      json.flush();
      out.write('\n');
    }

    private String[] collaborationMember(int id) {
      return person(Integer.MAX_VALUE - id);
    }

    private String text(int topic, int nWords, double topicShare, boolean title) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < nWords; i++) {
        String w = rnd.nextDouble() < topicShare ? topicWords[topic][topicTable.draw(rnd)] : words[wordTable.draw(rnd)];
        if (i > 0) {
          sb.append(' ');
        }
        if (title || i == 0) {
          sb.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
        } else {
          sb.append(w);
        }
        if (!title && i % 17 == 16 && i < nWords - 1) {
          sb.append('.');
        }
      }
      if (!title) {
        sb.append('.');
      }
      return sb.toString();
    }

    private String arxivId(int year, int month, int seq) {
      int yy = year % 100;
      if (year >= 2007) {
        checkArgument(year >= 2015 || seq < 9_999, "too many papers in %s-%s for 4-digit ids", year, month);
        return year >= 2015 ? String.format(Locale.ROOT, "%02d%02d.%05d", yy, month, seq + 1)
            : String.format(Locale.ROOT, "%02d%02d.%04d", yy, month, seq + 1);
      }
      String[] archives = {"cs", "q-bio", "physics", "math", "cond-mat", "nlin", "hep-th", "hep-ph", "astro-ph"};
      int archive = seq / 999;
      checkArgument(archive < archives.length, "too many papers in %s-%s for old-style ids", year, month);
      return String.format(Locale.ROOT, "%s/%02d%02d%03d", archives[archive], yy, month, seq % 999 + 1);
    }
  }
}
