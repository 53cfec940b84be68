/**
 * The inventory JSON Schema, generated from a hand-written skeleton and the Java vocabulary and
 * enums, so editors and {@code candor validate} know the same keys.
 */
package dev.candor.schema;
