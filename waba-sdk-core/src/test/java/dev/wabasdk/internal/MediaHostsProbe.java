package dev.wabasdk.internal;

import okhttp3.HttpUrl;

/** Opens the package-private media host check to the media tests. */
public final class MediaHostsProbe {
  private MediaHostsProbe() {}

  /** {@code MediaDownloads.isMetaMediaHost} for a URL string. */
  public static boolean isMetaMediaHost(String url) {
    return MediaDownloads.isMetaMediaHost(HttpUrl.get(url));
  }
}
