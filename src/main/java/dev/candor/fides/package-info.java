/**
 * {@code candor import fides}: reads Fides organization, system and dataset manifests and writes a
 * Candor inventory with every fact they hold, and a marked {@code TODO} for every fact they lack.
 */
package dev.candor.fides;
