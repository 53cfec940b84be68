package dev.candor.load;

import dev.candor.model.Inventory;

/** An inventory together with where each of its parts was written. */
public record LoadedInventory(Inventory inventory, SourceMap source) {}
