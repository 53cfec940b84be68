package dev.candor.model;

/** What kind of storage or tracking technology a cookie entry is (ePrivacy Art. 5(3)). */
public enum Technology implements Keyed {
  /** An HTTP cookie, set by a response header or by script. */
  COOKIE,
  /** A key in the browser's local storage, kept until it is deleted. */
  LOCAL_STORAGE,
  /** A key in the browser's session storage, gone when the tab is closed. */
  SESSION_STORAGE,
  /** A database in the browser's IndexedDB. */
  INDEXEDDB,
  /** A pixel or beacon: a request that tells a server a page or email was seen. */
  PIXEL,
  /** An identifier of the device, such as an advertising identifier. */
  DEVICE_IDENTIFIER;

  /** Whether a browser scan can observe it as a cookie or storage key. */
  public boolean observable() {
    return this == COOKIE || this == LOCAL_STORAGE || this == SESSION_STORAGE;
  }
}
