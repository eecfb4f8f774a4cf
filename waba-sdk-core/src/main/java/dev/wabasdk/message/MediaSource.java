package dev.wabasdk.message;

/**
 * Where WhatsApp gets a media file: an uploaded media {@code id}, or a public {@code link} Meta downloads.
 * A message carries exactly one of the two, which this type guarantees.
 * Every implementation is an immutable, thread-safe record.
 */
public sealed interface MediaSource permits MediaSource.Id, MediaSource.Link {

  /** Media uploaded with {@code POST /{phone-number-id}/media} (ids expire after 30 days). */
  static Id id(String id) {
    return new Id(id);
  }

  /** A public {@code http(s)} URL Meta fetches when it delivers the message; keep it reachable until then. */
  static Link link(String url) {
    return new Link(url);
  }

  /**
   * An uploaded media id.
   *
   * @param id the media id returned by the upload
   */
  record Id(String id) implements MediaSource {
    public Id {
      Checks.nonBlank(id, "id");
    }
  }

  /**
   * A media URL.
   *
   * @param link an absolute {@code http://} or {@code https://} URL
   */
  record Link(String link) implements MediaSource {
    public Link {
      Checks.httpUrl(link, "link");
    }
  }
}
