/**
 * {@code candor import fides}: reads Fides organization, system and dataset manifests into
 * fideslang records and writes a Candor inventory with every fact they hold, and a marked {@code
 * TODO} for every fact they lack. Depends only on load, problem, model and vocab.
 */
package dev.candor.fides;
