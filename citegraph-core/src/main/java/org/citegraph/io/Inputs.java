package org.citegraph.io;




import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.citegraph.model.Paper;
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.SourceRef;
import org.tukaani.xz.XZInputStream;

import com.google.common.collect.ImmutableList;

/**
 * Opening and reading input files: UTF-8 text, optionally gzip- or xz-compressed, or tar archives of such files, with a leading byte-order mark removed;
 * format detection; and the bundled sample corpus.
 */
public final class Inputs {
  private Inputs() {}

  /** How many characters of a file {@link #detect} looks at. */
  public static final int HEAD_CHARS = 8192;

  /** Source name of the bundled profile-page sample. */
  public static final String PROFILE_PAGE_SAMPLE = "samples/profile-page.txt";

  /** Source name of the bundled author-record sample. */
  public static final String AUTHOR_RECORD_SAMPLE = "samples/author-record.txt";

  private static final String RESOURCE_ROOT = "org/citegraph/";

  /**
   * The readers found through {@link ServiceLoader}: the library's own first, in the order its module declares
   * them (formats with an unmistakable signature first: a real .abs file can hold a line that the heuristic
   * profile-page detection takes for an entry header, arXiv 0704.0281), then any others on the class or module path.
   */
  private static final List<RecordReader> READERS = discover();

  private static List<RecordReader> discover() {
    List<RecordReader> own = new ArrayList<>();
    List<RecordReader> others = new ArrayList<>();
    ClassLoader loader = Inputs.class.getClassLoader();
    for (RecordReader r : ServiceLoader.load(RecordReader.class, loader)) {
      (r.getClass().getName().startsWith("org.citegraph.io.") ? own : others).add(r);
    }
    if (Thread.currentThread().getContextClassLoader() != null
        && Thread.currentThread().getContextClassLoader() != loader) {
      for (RecordReader r : ServiceLoader.load(RecordReader.class)) {
        if (others.stream().noneMatch(o -> o.getClass() == r.getClass())
            && own.stream().noneMatch(o -> o.getClass() == r.getClass())) {
          others.add(r);
        }
      }
    }
    own.addAll(others);
    return ImmutableList.copyOf(own);
  }

  /**
   * Every known reader, in the order {@link #detect} tries them.
   *
   * @return the readers found through {@link ServiceLoader} when this class was loaded, the library's own first,
   *     immutable
   */
  public static List<RecordReader> readers() {
    return READERS;
  }

  /**
   * The reader for a format name.
   *
   * @param formatName a {@link RecordReader#formatName()}, e.g. {@code arxiv-json}; case and surrounding white space
   *     are ignored
   * @return the reader with that name
   * @throws IllegalArgumentException if no reader has that name; the message lists the known names
   */
  public static RecordReader reader(String formatName) {
    checkNotNull(formatName, "formatName");
    for (RecordReader r : READERS) {
      if (r.formatName().equals(formatName.trim().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new IllegalArgumentException("Unknown input format '" + formatName + "' (expected one of "
        + formatNames() + ")");
  }

  /**
   * Opens a file as UTF-8 text. Gzip- or xz-compressed content (recognised by its magic bytes; required for names
   * ending in {@code .gz} or {@code .xz}) is decompressed and a leading byte-order mark is removed. Malformed UTF-8 is replaced by
   * U+FFFD. Windows line endings are handled by {@link BufferedReader#readLine()}. A line longer than the default
   * {@link InputLimits#maxLineChars()} makes reading throw {@link UncheckedIOException} naming the file and line.
   *
   * @param file the file to open
   * @return the text, to be closed by the caller (closing it closes the file)
   * @throws IOException if the file cannot be opened, or is named {@code .gz} or {@code .xz} but is not compressed
   *     that way
   */
  public static BufferedReader open(Path file) throws IOException {
    return text(decompressed(file), file.toString());
  }

  /**
   * Opens a file as bytes with gzip or xz compression removed.
   *
   * @throws IOException if the file cannot be opened, or is named {@code .gz} or {@code .xz} but is not compressed
   *     that way
   */
  private static BufferedInputStream decompressed(Path file) throws IOException {
    checkNotNull(file, "file");
    InputStream raw = Files.newInputStream(file);
    try {
      BufferedInputStream in = new BufferedInputStream(raw);
      String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".gz") && !isGzip(in)) {
        throw new ZipException("'" + file + "' is not gzip-compressed (expected the gzip magic bytes 1f 8b at the "
            + "start of a .gz file)");
      }
      if (name.endsWith(".xz") && !isXz(in)) {
        throw new ZipException("'" + file + "' is not xz-compressed (expected the xz magic bytes fd 37 7a 58 5a 00 "
            + "at the start of a .xz file)");
      }
      return decompressed(in);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /**
   * Opens a stream as UTF-8 text, decompressing gzip content (recognised by its magic bytes) and removing a
   * leading byte-order mark. Closing the reader closes the stream. xz content is decompressed too.
   *
   * @param stream the bytes to read
   * @return the text; malformed UTF-8 becomes U+FFFD
   * @throws IOException if reading the first bytes or the gzip header fails
   */
  public static BufferedReader open(InputStream stream) throws IOException {
    return text(decompressed(stream), "input");
  }

  /**
   * The stream with gzip or xz compression (recognised by their magic bytes) removed; other content unchanged.
   *
   * @param stream the bytes, possibly compressed
   * @return a buffered stream of the decompressed bytes ({@code stream} itself when it is already buffered and not
   *     compressed); closing it closes {@code stream}
   * @throws IOException if reading the first bytes or a compression header fails
   */
  public static BufferedInputStream decompressed(InputStream stream) throws IOException {
    BufferedInputStream in = stream instanceof BufferedInputStream b ? b
        : new BufferedInputStream(checkNotNull(stream, "stream"));
    if (isGzip(in)) {
      return new BufferedInputStream(new GZIPInputStream(in));
    }
    if (isXz(in)) {
      return new BufferedInputStream(new XZInputStream(in));
    }
    return in;
  }

  /** Skips a UTF-8 byte-order mark at the start of {@code in}, if there is one. */
  private static BufferedInputStream skipBom(InputStream stream) throws IOException {
    BufferedInputStream in = stream instanceof BufferedInputStream b ? b : new BufferedInputStream(stream);
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    if (!(bom.length == 3 && (bom[0] & 0xff) == 0xef && (bom[1] & 0xff) == 0xbb && (bom[2] & 0xff) == 0xbf)) {
      in.reset();
    }
    return in;
  }

  /**
   * Text without a sink to report to: a line longer than {@link InputLimits#maxLineChars()} throws {@link
   * UncheckedIOException} naming the source, the line and the limit; malformed UTF-8 becomes U+FFFD.
   */
  private static BufferedReader text(InputStream in, String sourceName) throws IOException {
    InputLimits limits = InputLimits.defaults();
    return new LimitedLineReader(skipBom(in), limits.maxLineChars(), new LimitedLineReader.Listener() {
      @Override
      public void lineTooLong(long line, long length) {
        throw new UncheckedIOException(new IOException(sourceName + ":" + line + ": line of " + length
            + " characters is longer than " + InputLimits.describe("maxLineChars", limits.maxLineChars())));
      }

      @Override
      public void malformed(long sequences, long firstLine) {
        // Replaced by U+FFFD; without a sink there is no one to tell.
      }
    });
  }

  /**
   * Decodes bytes as UTF-8 text for a reader, removing a leading byte-order mark. The reader enforces {@link
   * InputLimits#maxLineChars()} of {@code sink}'s limits: a longer line is reported to {@code sink} as a rejected
   * record (naming the source, the line and the limit) and returned as an empty line. Malformed UTF-8 is replaced by
   * U+FFFD, and reported once at the end as a repair naming how many sequences and the first line.
   *
   * @param bytes the content, compression already removed
   * @param sourceName the name used in messages
   * @param sink receives the reports; its {@link RecordSink#limits()} apply
   * @return the text, which closes {@code bytes} when closed
   * @throws IOException if reading the first bytes fails
   */
  public static BufferedReader text(InputStream bytes, String sourceName, RecordSink sink) throws IOException {
    checkNotNull(bytes, "bytes");
    checkNotNull(sourceName, "sourceName");
    checkNotNull(sink, "sink");
    InputLimits limits = sink.limits();
    return new LimitedLineReader(skipBom(bytes), limits.maxLineChars(), new LimitedLineReader.Listener() {
      @Override
      public void lineTooLong(long line, long length) {
        sink.issue(new IngestIssue(new SourceRef(sourceName, line), IngestIssue.Action.REJECTED, "line of " + length
            + " characters is longer than " + InputLimits.describe("maxLineChars", limits.maxLineChars())
            + "; the line is skipped and the record on it rejected"));
      }

      @Override
      public void malformed(long sequences, long firstLine) {
        sink.issue(malformedUtf8(sourceName, sequences, firstLine));
      }
    });
  }

  /**
   * The one report of a source's malformed UTF-8, which {@link #text} and readers decoding bytes themselves send at
   * the end of the source.
   *
   * @param sourceName the source
   * @param sequences how many malformed byte sequences were replaced by U+FFFD; at least 1
   * @param firstLine the line of the first one
   * @return a {@code REPAIRED} issue at {@code firstLine} naming the count and what was expected
   */
  public static IngestIssue malformedUtf8(String sourceName, long sequences, long firstLine) {
    return new IngestIssue(new SourceRef(sourceName, firstLine), IngestIssue.Action.REPAIRED, sequences
        + " malformed UTF-8 byte sequence(s) replaced by U+FFFD, the first at line " + firstLine
        + " (expected UTF-8 text; re-encode the file, e.g. iconv -f latin1 -t utf-8)");
  }

  /**
   * Opens a resource of the citegraph jar, e.g. {@code org/citegraph/samples/profile-page.txt}, like {@link
   * #open(InputStream)}.
   *
   * @param resourceName the resource path inside the jar, with or without a leading {@code /}
   * @return the resource's text, to be closed by the caller
   * @throws NoSuchFileException if there is no such resource
   * @throws IOException if the resource cannot be read
   */
  public static BufferedReader openResource(String resourceName) throws IOException {
    checkNotNull(resourceName, "resourceName");
    String name = resourceName.startsWith("/") ? resourceName : "/" + resourceName;
    InputStream in = Inputs.class.getResourceAsStream(name);
    if (in == null) {
      throw new NoSuchFileException(resourceName, null, "no such classpath resource");
    }
    return open(in);
  }

  /**
   * Opens one of the bundled samples by its source name ({@link #PROFILE_PAGE_SAMPLE} or {@link
   * #AUTHOR_RECORD_SAMPLE}).
   *
   * @param sampleName {@link #PROFILE_PAGE_SAMPLE} or {@link #AUTHOR_RECORD_SAMPLE}
   * @return the sample's text, to be closed by the caller
   * @throws NoSuchFileException if there is no such sample
   * @throws IOException if the sample cannot be read
   */
  public static BufferedReader openSample(String sampleName) throws IOException {
    return openResource(RESOURCE_ROOT + checkNotNull(sampleName, "sampleName"));
  }

  /**
   * The reader whose format {@code head} looks like; see {@link #detect(String, String)}.
   *
   * @param head the first {@value #HEAD_CHARS} or so characters, byte-order mark removed
   * @return the first reader in {@link #readers()} order that recognises {@code head}
   * @throws IllegalArgumentException if no reader recognises it; the message calls the source {@code input}
   */
  public static RecordReader detect(String head) {
    return detect(head, "input");
  }

  /**
   * The first reader (in {@link #readers()} order) whose {@link RecordReader#looksLike} accepts {@code head}.
   *
   * @param head the first {@value #HEAD_CHARS} or so characters, byte-order mark removed
   * @param sourceName the file name, for the error message
   * @return the first reader that recognises {@code head}
   * @throws IllegalArgumentException naming the file and the formats tried, if no reader recognises it
   */
  public static RecordReader detect(String head, String sourceName) {
    checkNotNull(head, "head");
    for (RecordReader r : READERS) {
      if (r.looksLike(head)) {
        return r;
      }
    }
    if (head.contains("<!DOCTYPE")) {
      throw new IllegalArgumentException("Cannot read '" + sourceName + "': document type declaration "
          + "(<!DOCTYPE ...>) refused: DTDs and entity declarations are never accepted from input, since they can "
          + "read local files, make network requests or expand into gigabytes (expected an XML format without a "
          + "DOCTYPE)");
    }
    throw new IllegalArgumentException("Cannot detect the format of '" + sourceName + "': it looks like none of "
        + formatNames() + " (expected a profile page with entries like 'LGMar 22, 2022Code', or an author record "
        + "starting with 'Last, First', arXiv metadata JSON (Kaggle or unarXive JSON Lines, an arXiv API export, "
        + "DocMeta), BibTeX entries '@article{key, ...}', RIS records 'TY  - JOUR', OpenAlex works JSON, Semantic "
        + "Scholar API JSON, an arXiv API Atom feed '<feed xmlns=\"http://www.w3.org/2005/Atom\">', an OAI-PMH "
        + "response '<OAI-PMH>', an arXiv .abs file starting '\\\\' then 'arXiv:<id>', an S2AND signatures.json "
        + "'{\"<id>\": {\"paper_id\": ..., \"author_info\": ...}}', a delimited export whose "
        + "header names its columns, or AAN metadata starting with 'id = {')");
  }

  /**
   * Reads a file, detecting its format from its first {@value #HEAD_CHARS} characters. The source name in
   * provenance and messages is {@code file.toString()}. Tar archives are read entry by entry. A reader may pick up a
   * companion file beside {@code file}: an ACL Anthology Network metadata file reads the citation list {@code acl.txt}
   * (or {@code .xz}, {@code .gz}) beside it as its papers' references, and that citation list, read on its own while
   * its metadata file sits beside it, adds nothing further; an S2AND {@code signatures.json} likewise picks up the
   * {@code papers.json} beside it.
   *
   * <p>Every problem with the file itself is reported to {@code sink} as one rejection naming the file, and never
   * thrown: a missing, unreadable or empty file, one whose format cannot be detected (or that carries a DOCTYPE), and
   * one cut off or damaged part way (a truncated gzip, xz or tar stream), whose report names the last line read and
   * how many records were read before the cut. A strict sink throws {@link MalformedRecordException} with that
   * message; a lenient caller goes on with its other files.
   *
   * @param file the file
   * @param sink receives records and issues
   * @throws IOException never for a problem of the file; declared for compatibility
   * @throws MalformedRecordException if the sink is strict and the file has a problem
   */
  public static void read(Path file, RecordSink sink) throws IOException {
    readFile(checkNotNull(file, "file"), null, checkNotNull(sink, "sink"));
  }

  /**
   * Reads a file in a given format, reporting problems with the file as {@link #read(Path, RecordSink)} does.
   *
   * @param file the file
   * @param format the reader to use
   * @param sink receives records and issues
   * @throws IOException never for a problem of the file; declared for compatibility
   * @throws MalformedRecordException if the sink is strict and the file has a problem
   */
  public static void read(Path file, RecordReader format, RecordSink sink) throws IOException {
    readFile(checkNotNull(file, "file"), checkNotNull(format, "format"), checkNotNull(sink, "sink"));
  }

  private static void readFile(Path file, RecordReader format, RecordSink sink) {
    String name = file.toString();
    CountingSink counting = new CountingSink(sink, name);
    try (BufferedInputStream in = decompressed(file)) {
      if (format == null && isTar(in)) {
        readTar(in, name, counting);
        return;
      }
      in.mark(1);
      boolean empty = in.read() < 0;
      in.reset();
      if (empty && format == null) {
        fileProblem(sink, name, 1, "empty file (expected records in one of " + formatNames() + ")");
        return;
      }
      RecordReader reader = format;
      if (reader == null) {
        try {
          reader = detect(peekHead(in), name);
        } catch (IllegalArgumentException e) {
          fileProblem(sink, name, 1, e.getMessage() + "; the file is skipped");
          return;
        }
      }
      reader.read(file, in, counting);
    } catch (NoSuchFileException e) {
      fileProblem(sink, name, 1, "no such file (expected a readable file; check the path)");
    } catch (AccessDeniedException e) {
      fileProblem(sink, name, 1, "cannot be read: permission denied");
    } catch (IOException | UncheckedIOException e) {
      fileProblem(sink, name, counting.lastLine, cutMessage(name, counting, e));
    }
  }

  /**
   * Reads a stream, such as standard input, detecting its format like {@link #read(Path, RecordSink)} (compressed
   * content and tar archives included); no sibling files are looked for.
   *
   * @param stream the bytes; not closed
   * @param sourceName the name used in provenance and messages, e.g. {@code -} or {@code stdin}
   * @param sink receives records, issues and profile headers
   * Problems with the stream itself (empty, undetectable, cut off) are reported to {@code sink} as one rejection,
   * as {@link #read(Path, RecordSink)} does for a file.
   *
   * @throws IOException never for a problem of the stream; declared for compatibility
   * @throws MalformedRecordException if the sink is strict and the stream has a problem
   */
  public static void read(InputStream stream, String sourceName, RecordSink sink) throws IOException {
    checkNotNull(sourceName, "sourceName");
    checkNotNull(sink, "sink");
    CountingSink counting = new CountingSink(sink, sourceName);
    try {
      BufferedInputStream in = decompressed(CloseShieldInputStream.wrap(checkNotNull(stream, "stream")));
      if (isTar(in)) {
        readTar(in, sourceName, counting);
        return;
      }
      in.mark(1);
      boolean empty = in.read() < 0;
      in.reset();
      if (empty) {
        fileProblem(sink, sourceName, 1, "empty input (expected records in one of " + formatNames() + ")");
        return;
      }
      RecordReader reader;
      try {
        reader = detect(peekHead(in), sourceName);
      } catch (IllegalArgumentException e) {
        fileProblem(sink, sourceName, 1, e.getMessage() + "; the input is skipped");
        return;
      }
      reader.read(text(in, sourceName, counting), sourceName, counting);
    } catch (IOException | UncheckedIOException e) {
      fileProblem(sink, sourceName, counting.lastLine, cutMessage(sourceName, counting, e));
    }
  }

  /**
   * The files of a folder, found recursively and sorted by path, split into those {@link #read(Path, RecordSink)}
   * can read (format detected per file) and those it cannot (listed, to be reported and skipped). Documentation
   * ({@code README*}, {@code LICENSE*}, {@code *.md}, whose examples may look like records) is skipped too. Hidden
   * files and folders are left out; so are files that are read through a sibling: an S2AND {@code papers.json}
   * beside its {@code signatures.json}, and {@code clusters.json} ground truth there.
   *
   * @param folder a directory
   * @return the readable and the skipped files
   * @throws IOException if the folder cannot be listed
   */
  public static Expansion expand(Path folder) throws IOException {
    checkNotNull(folder, "folder");
    List<Path> all;
    try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
      all = walk.filter(Files::isRegularFile).filter(p -> !hidden(folder, p)).sorted().toList();
    }
    List<Path> readable = new java.util.ArrayList<>();
    List<Path> skipped = new java.util.ArrayList<>();
    for (Path f : all) {
      String name = f.getFileName().toString().replaceFirst("\\.(xz|gz)$", "");
      if ((name.equals("papers.json") || name.equals("clusters.json")) && companion(f, "signatures.json").isPresent()) {
        continue; // read through signatures.json (papers) or ground truth for evaluate-resolution (clusters)
      }
      if (!isDocumentation(name) && detectFormat(f).isPresent()) {
        readable.add(f);
      } else {
        skipped.add(f);
      }
    }
    return new Expansion(List.copyOf(readable), List.copyOf(skipped));
  }

  /**
   * The files found in a folder by {@link #expand(Path)}.
   *
   * @param files the files whose format was recognised, in path order
   * @param skipped the files whose format was not recognised, in path order
   */
  public record Expansion(List<Path> files, List<Path> skipped) {}

  /** Whether a file name (compression suffix removed) is documentation rather than records. */
  private static boolean isDocumentation(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("readme") || n.startsWith("original_readme") || n.startsWith("license")
        || n.endsWith(".md") || n.endsWith(".markdown");
  }

  private static boolean hidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name of the format {@link #read(Path, RecordSink)} would read a file as ({@code tar} for a tar archive),
   * or empty when none is recognised or the file cannot be opened as its name says.
   *
   * @param file a file
   * @return the format name
   */
  public static java.util.Optional<String> detectFormat(Path file) {
    try (BufferedInputStream in = decompressed(file)) {
      if (isTar(in)) {
        return java.util.Optional.of("tar");
      }
      String head = peekHead(in);
      for (RecordReader r : READERS) {
        if (r.looksLike(head)) {
          return java.util.Optional.of(r.formatName());
        }
      }
      return java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }

  /** The report of a file that could not be read to its end. */
  private static String cutMessage(String name, CountingSink counting, Exception e) {
    Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
    String what = cause.getMessage() == null || cause.getMessage().isBlank()
        ? cause.getClass().getSimpleName() : cause.getMessage() + " (" + cause.getClass().getSimpleName() + ")";
    String lower = name.toLowerCase(Locale.ROOT);
    String expected = lower.endsWith(".gz") || lower.endsWith(".tgz") ? "a complete gzip stream"
        : lower.endsWith(".xz") ? "a complete xz stream"
        : lower.contains(".tar") ? "a complete tar archive" : "a file that can be read to its end";
    if (counting.lastLine <= 1 && counting.records == 0 && !(cause instanceof java.io.EOFException)
        && !what.toLowerCase(Locale.ROOT).contains("end")) {
      return "cannot be read: " + what + " (expected " + expected + ")";
    }
    return "cut off or damaged after line " + counting.lastLine + ", " + counting.records + " record(s) read before "
        + "the cut: " + what + " (expected " + expected + "); the rest of the file is skipped";
  }

  /** Reports a problem with a whole file (or the rest of it) as one rejection. */
  private static void fileProblem(RecordSink sink, String name, long line, String message) {
    sink.issue(new IngestIssue(new SourceRef(name, Math.max(1, line)), IngestIssue.Action.REJECTED, message));
  }

  /**
   * A file named {@code name}, {@code name.xz} or {@code name.gz} in the same directory as {@code file}, for
   * readers that read a companion file (see {@link RecordReader#read(Path, InputStream, RecordSink)}).
   *
   * @param file a file
   * @param name the companion's name, e.g. {@code acl.txt}
   * @return the companion, if it exists as a regular file
   */
  public static Optional<Path> companion(Path file, String name) {
    checkNotNull(name, "name");
    Path dir = checkNotNull(file, "file").toAbsolutePath().getParent();
    if (dir == null) {
      return Optional.empty();
    }
    for (String candidate : List.of(name, name + ".xz", name + ".gz")) {
      Path p = dir.resolve(candidate);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads every regular file of a tar archive (itself possibly gzip- or xz-compressed) as one source named {@code
   * archive!entry}, detecting each entry's format. An entry that is empty, whose format cannot be detected, or that
   * is cut off is reported as a rejected source, naming the entry, and the others are still read.
   */
  private static void readTar(InputStream in, String archiveName, CountingSink sink) throws IOException {
    TarArchiveInputStream tar = new TarArchiveInputStream(in, StandardCharsets.UTF_8.name());
    String source = archiveName;
    try {
      for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
        if (!entry.isFile()) {
          continue;
        }
        source = archiveName + "!" + entry.getName();
        sink.lastLine = 1;
        BufferedReader text = text(CloseShieldInputStream.wrap(tar), source, sink);
        String head = head(text);
        RecordReader reader;
        try {
          reader = head.isEmpty() ? null : detect(head, source);
        } catch (IllegalArgumentException e) {
          fileProblem(sink.delegate, source, 1, "archive entry skipped: " + e.getMessage());
          continue;
        }
        if (reader == null) {
          fileProblem(sink.delegate, source, 1, "archive entry skipped: empty file");
          continue;
        }
        reader.read(text, source, sink);
      }
    } catch (IOException | UncheckedIOException e) {
      fileProblem(sink.delegate, source, sink.lastLine, cutMessage(source, sink, e));
    }
  }

  /** Forwards to a sink, counting records (papers and rejections) and remembering the last line seen. */
  private static final class CountingSink implements RecordSink {
    final RecordSink delegate;
    final String name;
    long records;
    long lastLine = 1;

    CountingSink(RecordSink delegate, String name) {
      this.delegate = delegate;
      this.name = name;
    }

    @Override
    public void paper(Paper record) {
      records++;
      SourceRef where = record.provenance().get(0);
      lastLine = Math.max(lastLine, where.line());
      int max = delegate.limits().maxAuthorsPerPaper();
      if (record.allAuthors().size() > max) {
        delegate.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record '" + record.id() + "' lists "
            + record.allAuthors().size() + " authors, more than " + InputLimits.describe("maxAuthorsPerPaper", max)));
        return;
      }
      delegate.paper(record);
    }

    @Override
    public void issue(IngestIssue issue) {
      if (issue.action() == IngestIssue.Action.REJECTED) {
        records++;
      }
      lastLine = Math.max(lastLine, issue.where().line());
      delegate.issue(issue);
    }

    @Override
    public void profile(AuthorProfile profile) {
      delegate.profile(profile);
    }

    @Override
    public InputLimits limits() {
      return delegate.limits();
    }
  }

  /**
   * Reads both bundled samples: the profile page (source name {@value #PROFILE_PAGE_SAMPLE}) and the author record
   * ({@value #AUTHOR_RECORD_SAMPLE}).
   *
   * @param sink receives the sample papers, profile header and any issues
   * @throws IOException if a sample cannot be read
   */
  public static void readSamples(RecordSink sink) throws IOException {
    checkNotNull(sink, "sink");
    try (BufferedReader in = openSample(PROFILE_PAGE_SAMPLE)) {
      reader("profile-page").read(in, PROFILE_PAGE_SAMPLE, sink);
    }
    try (BufferedReader in = openSample(AUTHOR_RECORD_SAMPLE)) {
      reader("author-record").read(in, AUTHOR_RECORD_SAMPLE, sink);
    }
  }

  /**
   * The first {@value #HEAD_CHARS} characters of a reader, which is then reset to where it was.
   *
   * @param in the reader, which must support {@link BufferedReader#mark} for {@value #HEAD_CHARS} characters
   * @return up to {@value #HEAD_CHARS} characters from the reader's position; fewer (or empty) at the end of input
   * @throws IOException if reading fails
   */
  public static String head(BufferedReader in) throws IOException {
    checkNotNull(in, "in");
    in.mark(HEAD_CHARS + 1);
    char[] buf = new char[HEAD_CHARS];
    int n = 0;
    for (int r; n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0; ) {
      n += r;
    }
    in.reset();
    return new String(buf, 0, n);
  }

  /**
   * What {@link #head(BufferedReader)} returns for {@code text(in)}, read without consuming {@code in}: the first
   * {@value #HEAD_CHARS} characters after a byte-order mark. {@code 4 * HEAD_CHARS + 3} bytes always decode to at
   * least that many whole characters.
   */
  private static String peekHead(BufferedInputStream in) throws IOException {
    int limit = 4 * HEAD_CHARS + 3;
    in.mark(limit);
    byte[] bytes = in.readNBytes(limit);
    in.reset();
    return head(text(new ByteArrayInputStream(bytes), "head"));
  }

  private static boolean isXz(BufferedInputStream in) throws IOException {
    in.mark(6);
    byte[] magic = in.readNBytes(6);
    in.reset();
    return magic.length == 6 && (magic[0] & 0xff) == 0xfd && magic[1] == '7' && magic[2] == 'z' && magic[3] == 'X'
        && magic[4] == 'Z' && magic[5] == 0;
  }

  /** A POSIX or GNU tar archive carries "ustar" at offset 257 of its first header block. */
  private static boolean isTar(BufferedInputStream in) throws IOException {
    in.mark(512);
    byte[] header = in.readNBytes(512);
    in.reset();
    return header.length == 512 && new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
  }

  private static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    byte[] magic = in.readNBytes(2);
    in.reset();
    return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
  }

  private static String formatNames() {
    return READERS.stream().map(RecordReader::formatName).collect(Collectors.joining(", "));
  }
}
