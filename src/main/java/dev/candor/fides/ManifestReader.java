package dev.candor.fides;

import dev.candor.load.YamlNode;
import dev.candor.load.YamlNode.Mapping;
import dev.candor.load.YamlNode.Scalar;
import dev.candor.load.YamlNode.ScalarType;
import dev.candor.load.YamlNode.Sequence;
import dev.candor.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Binds the located tree of one Fides manifest to fideslang records. Keys Candor does not use are
 * ignored; a value of the wrong shape is reported at its place and left out, so every problem of
 * every manifest is found in one run.
 */
final class ManifestReader {
  private final List<Problem> problems;

  ManifestReader(List<Problem> problems) {
    this.problems = problems;
  }

  /** The resources of one manifest; a file that is not a mapping holds none. */
  void bind(
      YamlNode root,
      List<Organization> organizations,
      List<FidesSystem> systems,
      List<Dataset> datasets) {
    if (!(root instanceof Mapping m)) {
      return; // another kind of YAML file in the folder, not a manifest
    }
    for (Mapping o : mappings(m, "organization", "the manifest", "an organization")) {
      organizations.add(organization(o));
    }
    for (Mapping s : mappings(m, "system", "the manifest", "a system")) {
      FidesSystem system = system(s);
      if (system != null) {
        systems.add(system);
      }
    }
    for (Mapping d : mappings(m, "dataset", "the manifest", "a dataset")) {
      Dataset dataset = dataset(d);
      if (dataset != null) {
        datasets.add(dataset);
      }
    }
  }

  private Organization organization(Mapping m) {
    String key = text(m, "fides_key", "an organization");
    String what = key == null ? "the organization" : "organization '" + key + "'";
    return new Organization(
        key,
        text(m, "name", what),
        text(m, "description", what),
        contact(m, "controller", what),
        contact(m, "data_protection_officer", what),
        contact(m, "representative", what),
        text(m, "security_policy", what));
  }

  private ContactDetails contact(Mapping m, String key, String what) {
    Mapping c = mapping(m, key, what);
    if (c == null) {
      return null;
    }
    String of = "'" + key + "' of " + what;
    ContactDetails details =
        new ContactDetails(
            text(c, "name", of),
            text(c, "address", of),
            text(c, "email", of),
            text(c, "phone", of));
    boolean empty =
        details.name() == null
            && details.address() == null
            && details.email() == null
            && details.phone() == null;
    return empty ? null : details;
  }

  private FidesSystem system(Mapping m) {
    String key = required(m, "fides_key", "a system");
    String what = key == null ? "a system" : "system '" + key + "'";
    List<DataFlow> egress = new ArrayList<>();
    for (Mapping f : mappings(m, "egress", what, "a data flow")) {
      String of = "a data flow of " + what;
      egress.add(
          new DataFlow(
              required(f, "fides_key", of), text(f, "type", of), texts(f, "data_categories", of)));
    }
    List<PrivacyDeclaration> declarations = new ArrayList<>();
    for (Mapping d : mappings(m, "privacy_declarations", what, "a privacy declaration")) {
      declarations.add(declaration(d, "a privacy declaration of " + what));
    }
    FidesSystem system =
        new FidesSystem(
            key,
            text(m, "name", what),
            text(m, "description", what),
            text(m, "system_type", what),
            text(m, "legal_name", what),
            texts(m, "responsibility", what),
            text(m, "joint_controller_info", what),
            texts(m, "legal_basis_for_transfers", what),
            text(m, "privacy_policy", what),
            texts(m, "dataset_references", what),
            egress,
            declarations);
    return key == null ? null : system;
  }

  private PrivacyDeclaration declaration(Mapping m, String what) {
    return new PrivacyDeclaration(
        text(m, "name", what),
        required(m, "data_use", what),
        texts(m, "data_categories", what),
        texts(m, "data_subjects", what),
        texts(m, "dataset_references", what),
        text(m, "legal_basis_for_processing", what),
        text(m, "retention_period", what),
        bool(m, "processes_special_category_data", what),
        text(m, "special_category_legal_basis", what),
        bool(m, "data_shared_with_third_parties", what),
        text(m, "third_parties", what),
        texts(m, "egress", what));
  }

  private Dataset dataset(Mapping m) {
    String key = required(m, "fides_key", "a dataset");
    String what = key == null ? "a dataset" : "dataset '" + key + "'";
    List<DatasetCollection> collections = new ArrayList<>();
    for (Mapping c : mappings(m, "collections", what, "a collection")) {
      String name = text(c, "name", "a collection of " + what);
      String of = "collection '" + name + "' of " + what;
      collections.add(new DatasetCollection(name, texts(c, "data_categories", of), fields(c, of)));
    }
    Dataset dataset =
        new Dataset(
            key,
            text(m, "name", what),
            text(m, "description", what),
            texts(m, "data_categories", what),
            collections);
    return key == null ? null : dataset;
  }

  private List<DatasetField> fields(Mapping m, String what) {
    List<DatasetField> out = new ArrayList<>();
    for (Mapping f : mappings(m, "fields", what, "a field")) {
      String name = text(f, "name", "a field of " + what);
      String of = "field '" + name + "' of " + what;
      out.add(new DatasetField(name, texts(f, "data_categories", of), fields(f, of)));
    }
    return out;
  }

  /** The value of a key, or null when the key is missing or has no value. */
  private static YamlNode value(Mapping m, String key) {
    YamlNode.Entry e = m.entries().get(key);
    if (e == null
        || e.value() instanceof Scalar s && (s.type() == ScalarType.NULL || s.text().isBlank())) {
      return null;
    }
    return e.value();
  }

  private String text(Mapping m, String key, String what) {
    YamlNode n = value(m, key);
    if (n == null) {
      return null;
    }
    if (n instanceof Scalar s) {
      return s.text().strip();
    }
    wrongType(
        n,
        "'" + key + "' of " + what + " must be text, not " + n.kind(),
        "write a single value on the same line as the key");
    return null;
  }

  private String required(Mapping m, String key, String what) {
    String t = text(m, key, what);
    if (t == null && value(m, key) == null) {
      problems.add(
          Problem.error(
              m.at(),
              "fides-missing",
              what + " needs '" + key + "'",
              "fideslang requires it; add '" + key + ":' with a value"));
    }
    return t;
  }

  private boolean bool(Mapping m, String key, String what) {
    YamlNode n = value(m, key);
    if (n == null) {
      return false;
    }
    if (n instanceof Scalar s
        && (s.type() == ScalarType.BOOLEAN
            || s.type() == ScalarType.TEXT && s.text().strip().matches("(?i)true|false"))) {
      return Boolean.parseBoolean(s.text().strip().toLowerCase(Locale.ROOT));
    }
    wrongType(
        n,
        "'" + key + "' of " + what + " must be true or false, not " + n.kind(),
        "write " + key + ": true or " + key + ": false");
    return false;
  }

  /** A list of text values; a single value is taken as a list of one. */
  private List<String> texts(Mapping m, String key, String what) {
    YamlNode n = value(m, key);
    List<String> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (n instanceof Mapping) {
      wrongType(
          n,
          "'" + key + "' of " + what + " must be a list, not a mapping",
          "write it as [a, b] or as '- a' lines");
      return out;
    }
    for (YamlNode item : n instanceof Sequence s ? s.items() : List.of(n)) {
      if (item instanceof Scalar s && s.type() != ScalarType.NULL && !s.text().isBlank()) {
        out.add(s.text().strip());
      } else {
        wrongType(
            item,
            "each entry of '"
                + key
                + "' of "
                + what
                + " must be a single value, not "
                + item.kind(),
            "write the entries as [a, b] or as '- a' lines");
      }
    }
    return out;
  }

  /** The mapping under a key, or null when absent or (reported) not a mapping. */
  private Mapping mapping(Mapping m, String key, String what) {
    YamlNode n = value(m, key);
    if (n == null || n instanceof Mapping) {
      return (Mapping) n;
    }
    wrongType(
        n,
        "'" + key + "' of " + what + " must be a mapping of keys to values, not " + n.kind(),
        "write it as 'key: value' lines, indented under '" + key + ":'");
    return null;
  }

  /** The mappings of a list under a key; an entry that is not a mapping is reported. */
  private List<Mapping> mappings(Mapping m, String key, String what, String itemWhat) {
    YamlNode n = value(m, key);
    List<Mapping> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (!(n instanceof Sequence s)) {
      wrongType(
          n,
          "'" + key + "' of " + what + " must be a list, not " + n.kind(),
          "start each entry on its own line with '- '");
      return out;
    }
    for (YamlNode item : s.items()) {
      if (item instanceof Mapping i) {
        out.add(i);
      } else {
        wrongType(
            item,
            itemWhat + " in '" + key + "' must be a mapping of keys to values, not " + item.kind(),
            "write its fields as 'key: value' lines after the '- '");
      }
    }
    return out;
  }

  private void wrongType(YamlNode n, String message, String hint) {
    problems.add(Problem.error(n.at(), "fides-type", message, hint));
  }
}
