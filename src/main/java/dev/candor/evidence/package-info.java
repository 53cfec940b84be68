/**
 * Evidence: what was observed about a product, as opposed to what its inventory says.
 *
 * <p>An evidence file is JSON, written deterministically, with one finding per thing observed; each
 * finding has a {@code kind} (an SDK found in a dependency file, a privacy manifest, and later
 * cookies and hosts a site scan sees) and a {@code source}, the place it was seen. {@code candor
 * check --evidence} reads it back, with the line of every finding, to compare it with the
 * inventory.
 */
package dev.candor.evidence;
