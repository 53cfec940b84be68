/**
 * Reads inventory YAML into the model, keeping the source location of every node; reads a file from
 * disk or, as {@code FILE@REV}, from a git revision ({@link dev.candor.load.InventoryRef}).
 */
package dev.candor.load;
