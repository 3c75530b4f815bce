package org.citegraph.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The library's package structure: imports flow one way (no cycle between any two packages, each package its own
 * slice, sub-packages included), and the layers named in {@code docs/decisions.md} hold.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("org.citegraph");
  }

  /** Every package of the library is one slice. */
  static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      return c.getPackageName().startsWith("org.citegraph") ? SliceIdentifier.of(c.getPackageName())
          : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "each package of org.citegraph";
    }
  };

  @Test
  void theImportIsNotEmpty() {
    Set<String> packages = new TreeSet<>();
    classes.forEach(c -> packages.add(c.getPackageName()));
    assertTrue(packages.containsAll(Set.of("org.citegraph", "org.citegraph.query", "org.citegraph.graph",
        "org.citegraph.model", "org.citegraph.render")), packages.toString());
    assertFalse(packages.contains("org.citegraph.cli"), "the command line is its own module");
  }

  @Test
  void noPackageCycles() {
    SlicesRuleDefinition.slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles().check(classes);
  }

  @Test
  void queryResultsDoNotRenderThemselves() {
    ArchRule rule = noClasses().that().resideInAPackage("org.citegraph.query..").should().dependOnClassesThat()
        .resideInAnyPackage("org.citegraph.render..", "org.citegraph.export..");
    rule.check(classes);
  }

  @Test
  void onlyTheEntryPointKnowsTheEntryPoint() {
    // The root package (CiteGraph, Corpus) sits on top: the algorithms take graph.CorpusView.
    ArchRule rule = noClasses().that().resideInAnyPackage("org.citegraph.model..", "org.citegraph.io..",
        "org.citegraph.graph..", "org.citegraph.query..", "org.citegraph.render..", "org.citegraph.export..",
        "org.citegraph.table..", "org.citegraph.internal..")
        .should().dependOnClassesThat().resideInAPackage("org.citegraph");
    rule.check(classes);
  }

  @Test
  void theModelDependsOnNothingAbove() {
    ArchRule rule = noClasses().that().resideInAPackage("org.citegraph.model..").should().dependOnClassesThat()
        .resideInAnyPackage("org.citegraph.io..", "org.citegraph.resolve..", "org.citegraph.graph..",
            "org.citegraph.query..", "org.citegraph.render..", "org.citegraph.export..");
    rule.check(classes);
  }
}
