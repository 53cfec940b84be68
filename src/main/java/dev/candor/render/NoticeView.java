package dev.candor.render;

import java.util.List;
import java.util.Map;

/**
 * A notice as finished sentences, ready to lay out; templates add only structure.
 *
 * <p>Every string here is plain text written by the composer or taken from the inventory; the
 * template's output format escapes it. Fields that do not apply are null or empty.
 */
public record NoticeView(
    String id,
    String language,
    String title,
    String controller,
    String version,
    String effective,
    String effectiveIso,
    String versionLine,
    String effectiveLine,
    String footer,
    String intro,
    Map<String, String> t,
    List<Section> sections,
    Glance glance,
    Who who,
    List<DataGroup> data,
    List<String> sensitive,
    List<Line> usCategories,
    List<Automated> automated,
    List<BasisGroup> purposes,
    List<StoreView> stores,
    List<String> protectedEverywhere,
    String storesRole,
    List<RetentionView> retention,
    Selling selling,
    String shareNote,
    List<RecipientGroup> recipients,
    List<Line> transfers,
    List<AccessView> access,
    RightsView rights,
    EmailsView emails,
    List<ChangeView> changes,
    Complain complain,
    boolean legalBases) {

  /**
   * A section's anchor and heading, in notice order, and the word or two that names it in the list
   * of contents.
   */
  public record Section(String id, String title, String nav) {}

  /**
   * The at-a-glance layer: what, why, how long, who and where, each a labelled line; then what is
   * sold or shared for advertising, to whom, and the link to say no (null when nothing is); under
   * US state law, the link to limit the use of sensitive data (null when there is none).
   */
  public record Glance(List<Line> lines, List<String> sold, Line optOut, Line limit) {}

  /** A labelled value with an optional link target (https:, http: or mailto: only). */
  public record Line(String label, String text, String href) {}

  /** Who is responsible, and how to reach them. */
  public record Who(
      String sentence,
      String name,
      List<Line> contact,
      List<Line> dpo,
      String representativeText,
      List<Line> representative,
      List<String> actsFor) {}

  /** The data that comes from one kind of source, under a heading such as "What you give us". */
  public record DataGroup(String title, List<DataView> items) {}

  /**
   * One kind of data: its label, an example, and what else is said about it (other sources, whether
   * it is needed, whose data it is), each a sentence.
   */
  public record DataView(
      String anchor, String label, String example, List<String> details, String where) {}

  /** A decision a computer makes, with how it works and what it means. */
  public record Automated(String purpose, List<String> sentences) {}

  /**
   * The purposes that rest on one legal basis, the basis explained once; for notices without legal
   * bases, one group with neither name nor explanation.
   */
  public record BasisGroup(String name, String explanation, List<PurposeView> purposes) {}

  /**
   * One purpose: the data used for it, anything said about this use only, and how to turn it off
   * yourself where you can.
   */
  public record PurposeView(
      String anchor,
      String label,
      String data,
      List<String> notes,
      String choice,
      String choiceHref) {}

  /**
   * One place where data is kept, with the company that keeps it for us when that company is also a
   * recipient: what it does, what it is to us, and its privacy notice.
   */
  public record StoreView(
      String anchor,
      String provider,
      String does,
      String role,
      String place,
      String data,
      List<String> protections,
      String privacyUrl) {}

  /** How long some kinds of data are kept, those kept alike together. */
  public record RetentionView(String data, String sentence) {}

  /**
   * What the notice says about selling and advertising; nothing is claimed that is not so. details
   * says each sale or share in a full sentence, brief in a few words (the default theme shows brief
   * at a glance, next to the statement and the link to say no).
   */
  public record Selling(
      boolean sells,
      boolean advertising,
      String statement,
      List<String> details,
      List<String> brief,
      List<String> optOut) {}

  /**
   * The recipients that are the same thing to us, the role said once (null when each says its own).
   */
  public record RecipientGroup(String role, List<RecipientView> recipients) {}

  /** One organisation that receives data. */
  public record RecipientView(
      String anchor,
      String name,
      String does,
      String role,
      String data,
      String where,
      String privacyUrl) {}

  /** One team inside that can see data. */
  public record AccessView(String team, String data, String why) {}

  /** Rights, choices, and how to use them. */
  public record RightsView(
      String choices,
      List<RightView> rights,
      List<Line> contact,
      String respond,
      String verify,
      String free,
      String safeguards) {}

  /** One right, how to use it yourself, and the page to use it on (href and its link text). */
  public record RightView(String name, String text, String self, String href, String link) {}

  /** How to recognise genuine emails. */
  public record EmailsView(List<String> domains, List<String> neverAsk, String report) {}

  /** One changelog entry. */
  public record ChangeView(String version, String date, String summary) {}

  /** How to complain. */
  public record Complain(List<String> sentences, String authorityText, List<Line> authority) {}
}
