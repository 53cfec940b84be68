/** Immutable records that state the facts of a data inventory; no I/O, no formatting. */
package dev.candor.model;
