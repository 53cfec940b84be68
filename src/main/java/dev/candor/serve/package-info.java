/** Previews the site on 127.0.0.1 and rebuilds it when an input file changes. */
package dev.candor.serve;
