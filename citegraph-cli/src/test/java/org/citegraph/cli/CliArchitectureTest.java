package org.citegraph.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** The command line uses the library's public API only: nothing under {@code org.citegraph.internal}. */
class CliArchitectureTest {
  @Test
  void theCommandLineDoesNotTouchInternals() {
    JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.citegraph.cli");
    noClasses().that().resideInAPackage("org.citegraph.cli..").should().dependOnClassesThat()
        .resideInAPackage("org.citegraph.internal..").check(cli);
  }
}
