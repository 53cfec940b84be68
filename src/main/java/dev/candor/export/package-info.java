/**
 * Answers for the app stores' privacy forms, and short notices where data is collected, each a pure
 * function of an inventory and the crosswalk.
 */
package dev.candor.export;
