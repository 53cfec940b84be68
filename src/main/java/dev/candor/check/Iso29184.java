package dev.candor.check;

import dev.candor.model.Inventory;

/**
 * The contents ISO/IEC 29184:2020 clause 5.3 expects of an online privacy notice.
 *
 * <p>Most of them the file format already requires; this rule catches the ones it does not, such as
 * an empty list of rights.
 */
final class Iso29184 {
  private Iso29184() {}

  /**
   * A part that is missing altogether (null in a partial inventory) is reported by the loader
   * already, so only parts that are there but say nothing are findings.
   */
  static void contents(Subject s, Findings out) {
    Inventory inv = s.inventory();
    missing(
        s,
        out,
        inv.controller() != null && inv.controller().name() == null && s.complete(),
        "controller",
        "who is responsible for the data",
        "5.3");
    missing(s, out, inv.purposes().isEmpty(), "purposes", "why the data is used", "5.3.2");
    missing(s, out, inv.data().isEmpty(), "data", "what data is collected", "5.3");
    missing(
        s,
        out,
        inv.rights() != null && inv.rights().available().isEmpty(),
        "rights.available",
        "what people can do about their data",
        "5.3");
    missing(
        s,
        out,
        inv.rights() != null && inv.rights().email() == null && inv.rights().url() == null,
        "rights",
        "where to send questions and requests",
        "5.3");
  }

  private static void missing(
      Subject s, Findings out, boolean missing, String path, String what, String clause) {
    if (missing) {
      out.add(
          s.at(path),
          "the notice does not say " + what,
          "fill in '" + path + "'; see candor docs inventory",
          "ISO/IEC 29184:2020 " + clause);
    }
  }
}
