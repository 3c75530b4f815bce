package org.citegraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs every {@code jshell>} line of docs/jshell.md in a real JShell, so the walkthrough works as written. */
class DocsSnippetsTest {

  @Test
  @Tag("slow")
  void jshellWalkthroughRunsAsWritten() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Fixtures.projectRoot().resolve("docs").resolve("jshell.md"))) {
      if (line.startsWith("jshell> ")) {
        lines.add(line.substring("jshell> ".length()));
      }
    }
    assertTrue(lines.size() >= 15, "the walkthrough has its snippets");
    List<String> values = new ArrayList<>();
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        shell.addToClasspath(entry);
      }
      for (String line : lines) {
        String rest = line;
        while (!rest.isBlank()) {
          SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(rest);
          for (SnippetEvent e : shell.eval(info.source())) {
            assertFalse(e.status() == Snippet.Status.REJECTED,
                () -> "rejected: " + line + "\n" + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
            assertEquals(null, e.exception(), () -> "threw: " + line);
            if (e.value() != null) {
              values.add(e.value());
            }
          }
          rest = info.remaining();
        }
      }
    }
    String all = String.join("\n", values);
    assertTrue(all.contains("Collaborators of Niru Maheswaranathan"), all);
    assertTrue(all.contains("Luke Metz"), all);
    assertTrue(all.contains("Topic clusters (19 papers"), all);
    assertTrue(all.contains("Research threads of Niru Maheswaranathan"), all);
    assertTrue(values.contains("19"), "papersOf(niru).size() is 19: " + values);
    assertTrue(values.contains("9"), "papers behind Niru–Luke: 9");
  }
}
