/**
 * The pipelines: {@link dev.candor.pipeline.Build} loads, validates, renders and writes every
 * notice atomically; {@link dev.candor.pipeline.Comparison} loads two inventories and renders their
 * diff.
 */
package dev.candor.pipeline;
