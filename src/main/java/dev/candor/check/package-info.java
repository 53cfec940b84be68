/**
 * Rules that look at an inventory and return problems, each with a source location and a hint.
 *
 * <p>Two stages: {@link dev.candor.check.InventoryValidator} rejects malformed files on every load;
 * the {@link dev.candor.check.Rules} run by {@link dev.candor.check.Checker} report where a valid
 * notice is legally incomplete, misleading or hard to read, each citing its law. The rules also run
 * on an inventory that could only partly be built, skipping the parts it lacks, so that one run
 * reports every problem.
 */
package dev.candor.check;
