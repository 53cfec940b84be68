/**
 * What legal reviewers rely on besides the notice: approvals of material changes before a version
 * is published. Pure functions of the notices' histories.
 */
package dev.candor.review;
