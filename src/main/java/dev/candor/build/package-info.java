/** The build pipeline: load, validate, render, and write every output atomically. */
package dev.candor.build;
