package dev.candor.model;

/** What a recipient is to the controller. */
public enum RecipientRole implements Keyed {
  /** Works on our behalf and under our instructions (GDPR Art. 28). */
  PROCESSOR,
  /** Decides for itself what to do with the data. */
  CONTROLLER,
  /** Decides together with us (GDPR Art. 26). */
  JOINT_CONTROLLER,
  /** A public authority that receives data under the law. */
  AUTHORITY
}
