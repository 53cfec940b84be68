/** Reads inventory YAML into the model, keeping the source location of every node. */
package dev.candor.load;
