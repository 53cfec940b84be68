/**
 * The data-category and data-use vocabulary (fideslang keys) and its plain-language labels.
 *
 * <p>Inventories name what they collect and why with fideslang taxonomy keys, such as {@code
 * user.contact.email} or {@code essential.service.payment_processing}. The taxonomy's own names are
 * written for engineers; this package pairs every key with a label written for the people who read
 * a privacy notice, marks the categories that data-protection law treats as sensitive, and suggests
 * the nearest known key when an inventory misspells one. Keys starting with {@code custom.} belong
 * to the inventory, not to the vocabulary.
 *
 * <p>Beside the vocabulary are the reference data that name things outside the inventory: the
 * crosswalk to the app stores' answers and W3C DPV, the country list, and the vendor registry of
 * common services and SDKs ({@link dev.candor.vocab.Vendors}).
 */
package dev.candor.vocab;
