package dev.candor.scan;

import dev.candor.vocab.Vendor.Ecosystem;

/**
 * A dependency as a manifest or lock file declares it.
 *
 * @param ecosystem where its name belongs
 * @param name the package as written
 * @param version the version or range as written; null when none is
 * @param line the 1-based line it is on
 */
record Declared(Ecosystem ecosystem, String name, String version, int line) {}
