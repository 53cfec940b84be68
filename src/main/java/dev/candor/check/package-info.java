/**
 * Rules that look at an inventory and return problems, each with a source location and a hint.
 *
 * <p>Two stages: {@link dev.candor.check.InventoryValidator} rejects malformed files on every
 * load; the {@link dev.candor.check.Rules} run by {@link dev.candor.check.Checker} report where a
 * valid notice is legally incomplete, misleading or hard to read, each citing its law.
 */
package dev.candor.check;
