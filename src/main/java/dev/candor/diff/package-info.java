/**
 * Compares two inventories: {@link dev.candor.diff.InventoryDiff} turns (old, new) into a {@link
 * dev.candor.diff.ChangeSet} of plain-language changes, each rated by {@link
 * dev.candor.diff.Materiality}; {@link dev.candor.diff.Redline} compares the rendered text. Pure
 * functions: no I/O.
 */
package dev.candor.diff;
