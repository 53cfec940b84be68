package dev.candor.fides;

import java.util.List;

/**
 * A fideslang {@code System} (named so it does not hide {@code java.lang.System}): an application
 * or service, who runs it, where it sends data and what it declares it does with data. Text fields
 * other than the key may be null.
 */
public record FidesSystem(
    String fidesKey,
    String name,
    String description,
    String systemType,
    String legalName,
    List<String> responsibility,
    String jointControllerInfo,
    List<String> legalBasisForTransfers,
    String privacyPolicy,
    List<String> datasetReferences,
    List<DataFlow> egress,
    List<PrivacyDeclaration> privacyDeclarations) {
  public FidesSystem {
    responsibility = List.copyOf(responsibility);
    legalBasisForTransfers = List.copyOf(legalBasisForTransfers);
    datasetReferences = List.copyOf(datasetReferences);
    egress = List.copyOf(egress);
    privacyDeclarations = List.copyOf(privacyDeclarations);
  }
}
