package org.citegraph.cli;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import org.citegraph.io.IngestIssue;
import org.citegraph.model.SourceRef;
import org.citegraph.resolve.AuthorMerge;
import org.citegraph.resolve.KeptApart;
import org.citegraph.resolve.PaperMerge;
import org.citegraph.resolve.ResolutionReport;
import org.citegraph.table.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code resolution}: the resolution report. As a table it is the report's sections; as JSON an object with the
 * counts and one array per section; as CSV one row per line of every section, with the section named in the first
 * column, so a spreadsheet can filter it.
 */
@Command(name = "resolution", description = "The full resolution report: merged records and name variants, names "
    + "kept apart, input problems.")
final class ResolutionCommand extends CliCommand {
  @Mixin
  InputOptions input;

  @Mixin
  FormatOptions output;

  @Override
  void execute() {
    FormatOptions.Format format = output.format();
    ResolutionReport report = input.load(ctx).report();
    switch (format) {
      case TABLE -> ctx.out().print(report);
      case JSON -> ctx.out().print(Json.of(g -> json(g, report)));
      case CSV -> ctx.out().print(rows(report).toCsv());
      default -> throw new IllegalStateException(format.name());
    }
  }

  /**
   * Every line of every section as one table row: the section; what it is about (a paper's title, a name); what it
   * joined (the paper id, the variant joined to, the candidates); the author id of a name merge; the rule or the
   * action; the reason or evidence; and where in the input it comes from.
   */
  static TextTable rows(ResolutionReport r) {
    TextTable t = new TextTable("Resolution report", List.of("section", "subject", "into", "author", "rule",
        "detail", "where"), new boolean[7]);
    for (PaperMerge m : r.paperMerges()) {
      t.row("paper merge", m.title(), m.paper().toString(), "", "", m.reason(), sources(m.sources()));
    }
    for (AuthorMerge m : r.authorMerges()) {
      t.row("name merge", m.variant(), m.into(), m.author(), m.rule(), String.join("; ", m.evidence()), "");
    }
    for (KeptApart k : r.keptApart()) {
      t.row("kept apart", k.name(), String.join(" | ", k.candidates()), "", "", k.reason(), "");
    }
    for (IngestIssue i : r.issues()) {
      t.row("input problem", "", "", "", i.action().name().toLowerCase(java.util.Locale.ROOT), i.message(),
          i.where().toString());
    }
    return t;
  }

  private static String sources(List<SourceRef> refs) {
    return String.join(" ", refs.stream().map(SourceRef::toString).toList());
  }

  private static void json(JsonGenerator g, ResolutionReport r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("recordsRead", r.recordsRead());
    g.writeNumberField("rejectedRecords", r.rejectedRecords());
    g.writeNumberField("mergedRecords", r.mergedRecords());
    g.writeNumberField("papers", r.papers());
    g.writeNumberField("authors", r.authors());
    g.writeArrayFieldStart("paperMerges");
    for (PaperMerge m : r.paperMerges()) {
      g.writeStartObject();
      g.writeStringField("paper", m.paper().toString());
      g.writeStringField("title", m.title());
      g.writeStringField("reason", m.reason());
      g.writeArrayFieldStart("sources");
      for (SourceRef s : m.sources()) {
        source(g, s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("nameMerges");
    for (AuthorMerge m : r.authorMerges()) {
      g.writeStartObject();
      g.writeStringField("author", m.author());
      g.writeStringField("variant", m.variant());
      g.writeStringField("into", m.into());
      g.writeStringField("rule", m.rule());
      g.writeArrayFieldStart("evidence");
      for (String e : m.evidence()) {
        g.writeString(e);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("keptApart");
    for (KeptApart k : r.keptApart()) {
      g.writeStartObject();
      g.writeStringField("name", k.name());
      g.writeArrayFieldStart("candidates");
      for (String c : k.candidates()) {
        g.writeString(c);
      }
      g.writeEndArray();
      g.writeStringField("reason", k.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("issues");
    for (IngestIssue i : r.issues()) {
      g.writeStartObject();
      g.writeFieldName("where");
      source(g, i.where());
      g.writeStringField("action", i.action().name().toLowerCase(java.util.Locale.ROOT));
      g.writeStringField("message", i.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, SourceRef s) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", s.source());
    g.writeNumberField("line", s.line());
    g.writeEndObject();
  }
}
