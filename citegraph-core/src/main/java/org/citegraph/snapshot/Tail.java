package org.citegraph.snapshot;

import java.util.ArrayList;
import java.util.List;

import com.google.common.collect.ImmutableList;

import org.citegraph.graph.Incidence;
import org.citegraph.io.IngestIssue;
import org.citegraph.model.Author;
import org.citegraph.model.AuthorProfile;
import org.citegraph.model.Paper;
import org.citegraph.model.PaperId;
import org.citegraph.model.PersonName;
import org.citegraph.model.SourceRef;
import org.citegraph.resolve.AuthorMerge;
import org.citegraph.resolve.KeptApart;
import org.citegraph.resolve.PaperMerge;
import org.citegraph.resolve.ResolutionReport;

/** The author section of versions 2 and 3: authors, name keys, incidence, profiles and report. */
final class Tail {
  /** Fewest bytes of an author: id, variant count, one variant, canonical index, key count. */
  private static final int MIN_AUTHOR_BYTES = 5;
  /** Fewest bytes of a profile: owner, category, four flags, source (two bytes). */
  private static final int MIN_PROFILE_BYTES = 8;

  private final Author[] authors;
  /** The stored keys when they were folded under this library's key version, else null. */
  private final String[][] keys;
  private final int[][] rows;
  private final int[] placed;
  private final ImmutableList<AuthorProfile> profiles;
  private final ResolutionReport report;

  Tail(In in, Tables t, SnapshotLimits limits) {
    int authorCount = in.count("author", MIN_AUTHOR_BYTES, limits.maxAuthors(), "maxAuthors");
    Author[] a = new Author[authorCount];
    for (int i = 0; i < authorCount; i++) {
      String id = t.str(in);
      ImmutableList<PersonName> variants = t.names(in);
      a[i] = new Author(id, variants.get(in.index(variants.size(), "canonical variant")), variants);
    }
    authors = a;
    String[][] stored = new String[authorCount][];
    for (int i = 0; i < authorCount; i++) {
      int n = in.varint();
      if (n > a[i].variants().size()) {
        throw new Corrupt("author " + i + " has " + n + " name keys for " + a[i].variants().size() + " variants");
      }
      stored[i] = new String[n];
      for (int k = 0; k < n; k++) {
        stored[i][k] = t.str(in);
      }
    }
    // Keys folded by a library whose PersonName.key() differs (or of unknown version) are dropped: the corpus
    // folds the names again on its first name look-up.
    keys = t.keyVersion == PersonName.KEY_VERSION ? stored : null;
    if ((long) t.paperCount * 2 > in.remaining()) {
      throw new Corrupt(t.paperCount + " papers need at least " + 2L * t.paperCount + " bytes of incidence, the section"
          + " has " + in.remaining() + " left");
    }
    rows = new int[t.paperCount][];
    placed = new int[t.paperCount];
    for (int p = 0; p < t.paperCount; p++) {
      placed[p] = in.varint();
      int n = in.count("authors of paper " + p, 1, authorCount, "the author count");
      int[] row = new int[n];
      for (int k = 0; k < n; k++) {
        row[k] = in.index(authorCount, "author");
      }
      rows[p] = row;
    }
    int profileCount = in.count("profile", MIN_PROFILE_BYTES, Integer.MAX_VALUE, "");
    ImmutableList.Builder<AuthorProfile> pr = ImmutableList.builderWithExpectedSize(profileCount);
    for (int i = 0; i < profileCount; i++) {
      pr.add(new AuthorProfile(t.name(in), t.optCategory(in), Tables.optInt(in), Tables.optInt(in),
          Tables.optInt(in), Tables.optInt(in), t.source(in)));
    }
    profiles = pr.build();
    report = report(in, t);
    in.finish("author section");
  }

  /** The contents, with the incidence built now that the papers are decoded. */
  SnapshotContents contents(Paper[] papers, Tables t) {
    Incidence incidence = new Incidence(authors.length, rows, placed);
    return new SnapshotContents(ImmutableList.copyOf(papers), ImmutableList.copyOf(authors), incidence, report,
        profiles, t.threshold, keys);
  }

  private static ResolutionReport report(In in, Tables t) {
    int recordsRead = in.varint();
    int papers = in.varint();
    int authors = in.varint();
    int n = in.count("paper merge");
    List<PaperMerge> paperMerges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PaperId id = Tables.id(in);
      String title = in.text();
      int ns = in.count("merged sources");
      List<SourceRef> sources = new ArrayList<>(ns);
      for (int k = 0; k < ns; k++) {
        sources.add(t.source(in));
      }
      paperMerges.add(new PaperMerge(id, title, sources, t.str(in)));
    }
    n = in.count("author merge");
    List<AuthorMerge> authorMerges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      authorMerges.add(new AuthorMerge(t.str(in), t.str(in), t.str(in), t.str(in), t.strs(in)));
    }
    n = in.count("kept-apart name");
    List<KeptApart> keptApart = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      keptApart.add(new KeptApart(t.str(in), t.strs(in), t.str(in)));
    }
    n = in.count("input issue");
    List<IngestIssue> issues = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      issues.add(new IngestIssue(t.source(in), In.enumOf(IngestIssue.Action.values(), in.u8()), in.text()));
    }
    return new ResolutionReport(recordsRead, papers, authors, paperMerges, authorMerges, keptApart, issues);
  }
}
