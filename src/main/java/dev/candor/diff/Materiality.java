package dev.candor.diff;

import dev.candor.model.Keyed;

/**
 * How much a change matters to the people a notice is for, and so whether they must be told.
 *
 * <p>The rules, as Candor applies them (docs/diff.md gives the full table):
 *
 * <ul>
 *   <li>GDPR Art. 13(3) and Art. 14(4): using data for a purpose other than the one it was
 *       collected for needs information on that purpose <em>before</em> the further processing
 *       starts. A new purpose, or an existing data item used for another purpose, is material.
 *   <li>GDPR Art. 13(1)(c), (e), (f) and 13(2)(a): the purposes and legal basis, the recipients,
 *       transfers abroad and their safeguards, and how long data is kept are core information; a
 *       change that extends any of them (a new legal basis, a new recipient, a new transfer, longer
 *       retention) is material.
 *   <li>EDPB (WP29) Guidelines on transparency, WP260 rev.01, paragraphs 29-32: changes to the
 *       purpose, to the identity of the controller, or to how people can exercise their rights must
 *       always be communicated; corrections of wording, spelling or style need not be.
 *   <li>ISO/IEC 29184:2020, clause 5.5 (change of conditions): a change to the purpose, the data
 *       collected, the third parties data goes to or the retention period notified at collection
 *       needs a renewed notice, and renewed consent where consent was the basis.
 *   <li>CCPA, Cal. Civ. Code 1798.100(a): a business may not collect additional categories of
 *       personal information, or use them for additional purposes, without notice at collection.
 *       New data categories, selling and sharing for advertising are material.
 * </ul>
 *
 * <p>When Candor cannot tell whether a change widens processing (a reworded retention rule, a
 * retention period counted from another event), it rates the change material.
 */
public enum Materiality implements Keyed {
  /** Changes the conditions people agreed to: tell them before it takes effect. */
  MATERIAL(0),
  /** Wording, contact details, narrower processing: update the notice, no need to notify. */
  MINOR(1),
  /** Changes nothing people are told in substance: version, dates, record keeping. */
  NONE(2);

  private final int rank;

  Materiality(int rank) {
    this.rank = rank;
  }

  /** Sort rank: material changes first. */
  public int rank() {
    return rank;
  }
}
