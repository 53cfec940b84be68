package dev.candor.fides;

import java.util.List;

/**
 * A fideslang {@code PrivacyDeclaration}: one use a system makes of some categories of data. Text
 * fields may be null; {@code egress} lists the keys of the systems the data goes to.
 */
public record PrivacyDeclaration(
    String name,
    String dataUse,
    List<String> dataCategories,
    List<String> dataSubjects,
    List<String> datasetReferences,
    String legalBasisForProcessing,
    String retentionPeriod,
    boolean processesSpecialCategoryData,
    String specialCategoryLegalBasis,
    boolean dataSharedWithThirdParties,
    String thirdParties,
    List<String> egress) {
  public PrivacyDeclaration {
    dataCategories = List.copyOf(dataCategories);
    dataSubjects = List.copyOf(dataSubjects);
    datasetReferences = List.copyOf(datasetReferences);
    egress = List.copyOf(egress);
  }
}
