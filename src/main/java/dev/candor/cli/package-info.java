/** The command line: picocli commands that parse options and call the core, nothing more. */
package dev.candor.cli;
