package dev.candor.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package list reading as the pipeline: cli -> pipeline -> {site, diff, export, fides,
 * render, check, scan} -> load -> {model, vocab}, with problem (locations, problems, the error
 * family) and parallel beside them; evidence (what a scan observed) sits under scan, check and
 * export. A package may use only the packages listed for it below; any other import, and any cycle,
 * fails the build with both packages and the classes named.
 */
class PackageGraphTest {
  private static final String ROOT = "dev.candor";

  /** Every package of dev.candor and the packages it may depend on (sub-packages included). */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry(
              "cli",
              Set.of(
                  "pipeline",
                  "site",
                  "diff",
                  "export",
                  "fides",
                  "render",
                  "check",
                  "load",
                  "model",
                  "vocab",
                  "problem",
                  "parallel",
                  "serve",
                  "scan",
                  "evidence",
                  "review")),
          Map.entry("serve", Set.of("problem")),
          Map.entry(
              "pipeline",
              Set.of(
                  "site",
                  "diff",
                  "export",
                  "fides",
                  "render",
                  "check",
                  "load",
                  "model",
                  "vocab",
                  "problem",
                  "parallel",
                  "scan",
                  "evidence",
                  "review")),
          Map.entry("review", Set.of("diff", "load", "model", "vocab", "problem")),
          Map.entry(
              "site", Set.of("render", "diff", "load", "model", "vocab", "problem", "parallel")),
          Map.entry("export", Set.of("render", "load", "model", "vocab", "problem", "evidence")),
          Map.entry("scan", Set.of("evidence", "model", "vocab", "problem")),
          Map.entry("evidence", Set.of("model", "vocab", "problem")),
          Map.entry("fides", Set.of("load", "model", "vocab", "problem")),
          Map.entry("render", Set.of("diff", "load", "model", "vocab", "problem")),
          Map.entry("diff", Set.of("load", "model", "vocab", "problem")),
          Map.entry("check", Set.of("load", "model", "vocab", "problem", "evidence")),
          Map.entry("load", Set.of("model", "vocab", "problem")),
          Map.entry("vocab", Set.of("model")),
          Map.entry("problem", Set.of("model")),
          Map.entry("schema", Set.of("model", "vocab")),
          Map.entry("model", Set.of()),
          Map.entry("parallel", Set.of("problem")));

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void everyPackageImportsOnlyWhatItsPlaceInThePipelineAllows() {
    Map<String, Set<String>> wrong = new TreeMap<>();
    for (JavaClass c : classes) {
      String from = top(c.getPackageName());
      if (from == null) {
        continue;
      }
      Set<String> allowed = ALLOWED.get(from);
      if (allowed == null) {
        wrong
            .computeIfAbsent(
                ROOT + "." + from + " is a package with no place in the graph",
                k -> new TreeSet<>())
            .add("add it to PackageGraphTest.ALLOWED");
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String to = top(d.getTargetClass().getPackageName());
        if (to != null && !to.equals(from) && !allowed.contains(to)) {
          wrong
              .computeIfAbsent(
                  ROOT + "." + from + " must not depend on " + ROOT + "." + to,
                  k -> new TreeSet<>())
              .add(d.getDescription());
        }
      }
    }
    if (!wrong.isEmpty()) {
      StringBuilder b = new StringBuilder("imports against the pipeline's direction:\n");
      wrong.forEach(
          (rule, where) -> {
            b.append(rule).append('\n');
            where.stream().limit(5).forEach(w -> b.append("    ").append(w).append('\n'));
            if (where.size() > 5) {
              b.append("    ... and ").append(where.size() - 5).append(" more\n");
            }
          });
      fail(b.toString());
    }
  }

  @Test
  void noPackagesDependOnEachOtherInACycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theGraphNamesEveryPackageThere() {
    Set<String> present = new TreeSet<>();
    classes.forEach(
        c -> {
          String top = top(c.getPackageName());
          if (top != null) {
            present.add(top);
          }
        });
    assertTrue(
        present.containsAll(List.of("cli", "pipeline", "diff", "render", "load", "model")),
        "the import found the main classes: " + present);
    assertTrue(
        ALLOWED.keySet().containsAll(present),
        "packages missing from the graph: "
            + present.stream().filter(p -> !ALLOWED.containsKey(p)).toList());
  }

  /** The first package segment under dev.candor, or null for classes outside it. */
  private static String top(String pkg) {
    if (!pkg.startsWith(ROOT + ".")) {
      return null;
    }
    String rest = pkg.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
