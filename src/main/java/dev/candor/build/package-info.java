/**
 * The pipelines: {@link dev.candor.build.Build} loads, validates, renders and writes every notice
 * atomically; {@link dev.candor.build.Comparison} loads two inventories and renders their diff.
 */
package dev.candor.build;
