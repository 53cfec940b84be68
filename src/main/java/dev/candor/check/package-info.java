/** Rules that look at an inventory and return problems, each with a source location and a hint. */
package dev.candor.check;
