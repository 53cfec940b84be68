package dev.candor.site;

/** Paths inside the site, always with forward slashes, and the relative links between them. */
final class SitePath {
  private SitePath() {}

  /**
   * The link from the page at {@code from} to {@code to}, both relative to the site's root; a
   * folder ends with a slash, and the root is {@code ""}. For example from {@code
   * shop/1.0/index.html} to {@code shop/} is {@code ../}, and to the root {@code ../../}.
   */
  static String relative(String from, String to) {
    String[] here = folders(from.substring(0, from.lastIndexOf('/') + 1));
    String[] there = folders(to.substring(0, to.lastIndexOf('/') + 1));
    int same = 0;
    while (same < here.length && same < there.length && here[same].equals(there[same])) {
      same++;
    }
    StringBuilder b = new StringBuilder();
    b.append("../".repeat(here.length - same));
    for (int k = same; k < there.length; k++) {
      b.append(there[k]).append('/');
    }
    return b.append(to.substring(to.lastIndexOf('/') + 1)).toString();
  }

  private static String[] folders(String dir) {
    return dir.isEmpty() ? new String[0] : dir.substring(0, dir.length() - 1).split("/");
  }
}
