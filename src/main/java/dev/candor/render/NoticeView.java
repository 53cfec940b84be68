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
    List<DataView> data,
    List<PurposeView> purposes,
    List<StoreView> stores,
    List<RetentionView> retention,
    Selling selling,
    List<RecipientView> recipients,
    List<AccessView> access,
    RightsView rights,
    EmailsView emails,
    List<ChangeView> changes,
    Complain complain,
    boolean legalBases) {

  /** A section's anchor and heading, in notice order. */
  public record Section(String id, String title) {}

  /**
   * The at-a-glance layer: what, why, how long, who and where, each a labelled line; then what is
   * sold or shared for advertising, to whom, and the link to say no (null when nothing is).
   */
  public record Glance(List<Line> lines, List<String> sold, Line optOut) {}

  /** A labelled value with an optional link target (https:, http: or mailto: only). */
  public record Line(String label, String text, String href) {}

  /** Who is responsible, and how to reach them. */
  public record Who(
      String sentence,
      String name,
      List<Line> contact,
      String dpoText,
      List<Line> dpo,
      String representativeText,
      List<Line> representative,
      List<String> actsFor) {}

  /** One kind of data with everything said about it. */
  public record DataView(
      String anchor,
      String label,
      String example,
      String source,
      String required,
      List<UseView> uses,
      String sensitive,
      String retention,
      String where,
      List<String> stores,
      List<String> recipients) {}

  /** One use of a kind of data and why it is allowed. */
  public record UseView(String purpose, String basisName) {}

  /** One purpose with its legal basis explained. */
  public record PurposeView(
      String anchor,
      String label,
      String description,
      String basisName,
      String basis,
      String specialBasis,
      List<String> automated,
      String data) {}

  /** One place where data is stored. */
  public record StoreView(
      String provider, String sentence, String transfer, List<String> protections, String data) {}

  /** How long one kind of data is kept. */
  public record RetentionView(String data, String sentence) {}

  /** What the notice says about selling and advertising; nothing is claimed that is not so. */
  public record Selling(
      boolean sells,
      boolean advertising,
      String statement,
      List<String> details,
      List<String> optOut) {}

  /** One organisation that receives data. */
  public record RecipientView(
      String anchor,
      String name,
      String does,
      String role,
      String data,
      String country,
      String transfer,
      String privacyUrl) {}

  /** One team inside that can see data. */
  public record AccessView(String team, String data, String why) {}

  /** Rights, choices, and how to use them. */
  public record RightsView(
      List<RightView> rights,
      List<ChoiceView> choices,
      List<Line> contact,
      String respond,
      String verify,
      String free,
      String safeguards) {}

  /** One right. */
  public record RightView(String name, String text, String self) {}

  /** One choice people can make themselves. */
  public record ChoiceView(String purpose, String how, String href) {}

  /** How to recognise genuine emails. */
  public record EmailsView(List<String> domains, List<String> neverAsk, String report) {}

  /** One changelog entry. */
  public record ChangeView(String version, String date, String summary) {}

  /** How to complain. */
  public record Complain(List<String> sentences, String authorityText, List<Line> authority) {}
}
