package org.citegraph.io.profile;

import org.citegraph.internal.io.LineSource;
import org.citegraph.io.IngestIssue;
import org.citegraph.io.RecordReader;
import org.citegraph.io.RecordSink;



import static com.google.common.base.Preconditions.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;

import org.citegraph.internal.Text;
import org.citegraph.model.Paper;
import org.citegraph.model.PersonName;
import org.citegraph.model.SourceRef;

/**
 * Reads an author record file (format {@value #FORMAT}): the file's author as "Last, First" on the first line, then
 * records of three non-blank lines each — title; author list {@code Last, First, Last, First, ...}; abstract.
 * Blank lines are skipped. Records carry no date and no category.
 *
 * <p>Author lists are read in pairs; a generational suffix part ("Jr.", "III") attaches to the preceding name, and
 * a list that does not pair up, or has a part that reads as prose (digits, sentence marks, more than six words,
 * as when a lost line shifts an abstract into the author-list position), is rejected with an issue naming the line. The file's author is an author of every
 * record: when missing from a list it is added as an unplaced author and a {@code REPAIRED} issue is reported.
 *
 * <p>A record cut short is detected from the shape of the lines: when the line in the abstract position is followed
 * by a line that looks like an author list and is itself short enough to be a title (at most {@value
 * #MAX_TITLE_LENGTH} characters), it is taken as the next record's title, and the current record is kept with an
 * empty abstract and a {@code REPAIRED} issue; a record that ends at the end of the file without its abstract is
 * treated alike. Stateless and thread-safe.
 */
public final class AuthorRecordReader implements RecordReader {
  /** The format name, {@code author-record}. */
  public static final String FORMAT = "author-record";

  /** Longest line taken for a title when deciding whether a record lacks its abstract. */
  static final int MAX_TITLE_LENGTH = 300;

  private static final String RECORD_FORM =
      "records of three lines: title, author list 'Last, First, Last, First, ...', abstract";

  /** Creates the reader. */
  public AuthorRecordReader() {}

  @Override
  public String formatName() {
    return FORMAT;
  }

  /**
   * True when the first non-blank line of {@code head} reads as one "Last, First" name and the third, if complete
   * in {@code head}, looks like a "Last, First" author list.
   */
  @Override
  public boolean looksLike(String head) {
    List<String> lines = new ArrayList<>();
    // A byte that was not UTF-8 (decoded as U+FFFD, and reported when read) stands for a letter here.
    List<String> all = Splitter.onPattern("\r?\n|\r").splitToList(checkNotNull(head, "head").replace('\uFFFD', 'X'));
    for (int i = 0; i < all.size() && lines.size() < 3; i++) {
      String line = CharMatcher.whitespace().or(CharMatcher.is('\uFEFF')).trimFrom(all.get(i));
      boolean complete = i < all.size() - 1;
      if (!line.isEmpty() && (complete || lines.size() < 2)) {
        lines.add(line);
      }
    }
    if (lines.isEmpty() || parseOwner(lines.get(0)) == null) {
      return false;
    }
    return lines.size() < 3 || AuthorLists.looksLikeLastFirstList(lines.get(2));
  }

  /** The name on an author-record first line ("Last, First"), or null if it is not one. */
  private static PersonName parseOwner(String line) {
    if (CharMatcher.anyOf("{}[]\"=<>").matchesAnyOf(line)) {
      return null; // JSON, XML, BibTeX and the like are not a name
    }
    int commas = CharMatcher.is(',').countIn(line);
    if (commas < 1 || commas > 2 || Splitter.on(' ').splitToList(line).size() > 8) {
      return null;
    }
    try {
      return PersonName.parse(line);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public void read(BufferedReader in, String sourceName, RecordSink sink) throws IOException {
    checkNotNull(sourceName, "sourceName");
    checkNotNull(sink, "sink");
    LineSource lines = new LineSource(checkNotNull(in, "in"));
    LineSource.Line first = lines.nextNonBlank();
    if (first == null) {
      sink.issue(new IngestIssue(new SourceRef(sourceName, Math.max(1, lines.linesRead())),
          IngestIssue.Action.REJECTED, "empty file (expected the file's author as 'Last, First' on line 1, then "
              + RECORD_FORM + ")"));
      return;
    }
    PersonName owner = parseOwner(first.text());
    LineSource.Line pendingTitle = null;
    if (owner == null) {
      sink.issue(new IngestIssue(new SourceRef(sourceName, first.number()), IngestIssue.Action.REPAIRED,
          "first line '" + abbreviate(first.text()) + "' is not the file's author (expected 'Last, First'); "
              + "it is read as the first title and records are read without a file author"));
      pendingTitle = first;
    }
    while (true) {
      LineSource.Line title = pendingTitle != null ? pendingTitle : lines.nextNonBlank();
      pendingTitle = null;
      if (title == null) {
        return;
      }
      SourceRef where = new SourceRef(sourceName, title.number());
      LineSource.Line authors = lines.nextNonBlank();
      if (authors == null) {
        sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED, "record '" + abbreviate(title.text())
            + "' ends at the end of the file after its title (expected " + RECORD_FORM + ")"));
        return;
      }
      LineSource.Line abstractLine = null;
      LineSource.Line candidate = lines.peekNonBlank(0);
      if (candidate != null) {
        LineSource.Line after = lines.peekNonBlank(1);
        boolean candidateIsNextTitle = after != null && candidate.text().length() <= MAX_TITLE_LENGTH
            && AuthorLists.looksLikeLastFirstList(after.text())
            && !AuthorLists.looksLikeLastFirstList(candidate.text());
        if (!candidateIsNextTitle) {
          abstractLine = lines.nextNonBlank();
        }
      }
      emit(where, title, authors, abstractLine, owner, sourceName, sink);
    }
  }

  private static void emit(SourceRef where, LineSource.Line title, LineSource.Line authors,
      LineSource.Line abstractLine, PersonName owner, String sourceName, RecordSink sink) {
    AuthorLists.Result<List<PersonName>> names = AuthorLists.parseLastFirstPairs(authors.text());
    SourceRef authorsAt = new SourceRef(sourceName, authors.number());
    if (!names.ok()) {
      sink.issue(new IngestIssue(authorsAt, IngestIssue.Action.REJECTED, names.error()));
      return;
    }
    List<IngestIssue> repairs = new ArrayList<>();
    Paper.Builder b = Paper.builder()
        .title(Text.clean(title.text()))
        .authors(names.value())
        .authorListComplete(true)
        .source(where);
    if (abstractLine != null) {
      b.abstractText(CharMatcher.whitespace().trimAndCollapseFrom(abstractLine.text(), ' '));
    } else {
      repairs.add(new IngestIssue(where, IngestIssue.Action.REPAIRED, "record '" + abbreviate(title.text())
          + "' has no abstract (expected " + RECORD_FORM + "); kept with an empty abstract"));
    }
    if (owner != null && AuthorLists.indexOfOwner(names.value(), owner) < 0) {
      b.unplacedAuthor(owner);
      repairs.add(new IngestIssue(authorsAt, IngestIssue.Action.REPAIRED, "the file's author '"
          + owner.invertedName() + "' is missing from the author list '" + abbreviate(authors.text())
          + "' (expected the file's author among the authors); added with unknown position"));
    }
    Paper paper;
    try {
      paper = b.build();
    } catch (IllegalArgumentException ex) {
      sink.issue(new IngestIssue(where, IngestIssue.Action.REJECTED,
          "record '" + abbreviate(title.text()) + "' cannot be built: " + ex.getMessage()));
      return;
    }
    repairs.forEach(sink::issue);
    sink.paper(paper);
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
