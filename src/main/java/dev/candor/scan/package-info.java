/**
 * {@code candor scan deps}: finds the SDKs a project depends on, in the dependency manifests and
 * lock files of eight ecosystems, and the {@code PrivacyInfo.xcprivacy} files in its tree, and
 * turns them into evidence. Like {@code load}, it reads files and trusts none of them: property
 * lists are read with external entities and DTDs off, and every file has a size limit.
 */
package dev.candor.scan;
