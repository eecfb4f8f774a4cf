package dev.wabasdk.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The business-profile fields to change; fields left null are not sent and keep their value. Meta's length limits
 * are checked when the update is built.
 *
 * <pre>{@code
 * BusinessProfileUpdate update = BusinessProfileUpdate.builder()
 *     .about("Fresh bread every morning")
 *     .websites(List.of("https://bakery.example"))
 *     .vertical(BusinessVertical.GROCERY)
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param about 1 to 139 characters
 * @param address up to 256 characters
 * @param description up to 512 characters
 * @param email up to 128 characters
 * @param websites up to 2 URLs starting with http:// or https://, each up to 256 characters; null keeps them
 * @param vertical the industry
 * @param profilePictureHandle a handle from Meta's Resumable Upload API for a new profile picture
 */
public record BusinessProfileUpdate(
    @Nullable String about,
    @Nullable String address,
    @Nullable String description,
    @Nullable String email,
    @Nullable List<String> websites,
    @Nullable BusinessVertical vertical,
    @Nullable String profilePictureHandle) {

  /** Meta's limit on {@code about}. */
  public static final int MAX_ABOUT_LENGTH = 139;
  /** Meta's limit on {@code address}. */
  public static final int MAX_ADDRESS_LENGTH = 256;
  /** Meta's limit on {@code description}. */
  public static final int MAX_DESCRIPTION_LENGTH = 512;
  /** Meta's limit on {@code email}. */
  public static final int MAX_EMAIL_LENGTH = 128;
  /** Meta's limit on the number of websites. */
  public static final int MAX_WEBSITES = 2;
  /** Meta's limit on a website URL. */
  public static final int MAX_WEBSITE_LENGTH = 256;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  public BusinessProfileUpdate {
    if (about != null) {
      length("about", about, 1, MAX_ABOUT_LENGTH);
    }
    if (address != null) {
      length("address", address, 0, MAX_ADDRESS_LENGTH);
    }
    if (description != null) {
      length("description", description, 0, MAX_DESCRIPTION_LENGTH);
    }
    if (email != null) {
      length("email", email, 0, MAX_EMAIL_LENGTH);
      if (!email.isEmpty() && !isEmail(email)) {
        throw new IllegalArgumentException("email: must be an email address, was '" + email + "'");
      }
    }
    if (websites != null) {
      websites = List.copyOf(websites);
      if (websites.size() > MAX_WEBSITES) {
        throw new IllegalArgumentException("websites: at most " + MAX_WEBSITES + " websites, was " + websites.size()
            + " " + websites);
      }
      for (int i = 0; i < websites.size(); i++) {
        String site = websites.get(i);
        length("websites[" + i + "]", site, 1, MAX_WEBSITE_LENGTH);
        if (!site.startsWith("http://") && !site.startsWith("https://")) {
          throw new IllegalArgumentException("websites[" + i + "]: must start with http:// or https://, was '"
              + site + "'");
        }
      }
    }
    if (profilePictureHandle != null && profilePictureHandle.isBlank()) {
      throw new IllegalArgumentException("profile_picture_handle: must not be blank");
    }
    if (about == null && address == null && description == null && email == null && websites == null
        && vertical == null && profilePictureHandle == null) {
      throw new IllegalArgumentException("business profile update: set at least one field");
    }
  }

  private static void length(String field, String value, int min, int max) {
    int length = value.codePointCount(0, value.length());
    if (length < min || length > max) {
      throw new IllegalArgumentException(field + ": must be " + min + " to " + max + " characters, was " + length
          + " ('" + (value.length() > 40 ? value.substring(0, 37) + "..." : value) + "')");
    }
  }

  /** A builder; set only the fields to change. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BusinessProfileUpdate}. */
  public static final class Builder {
    private @Nullable String about;
    private @Nullable String address;
    private @Nullable String description;
    private @Nullable String email;
    private @Nullable List<String> websites;
    private @Nullable BusinessVertical vertical;
    private @Nullable String profilePictureHandle;

    private Builder() {}

    /** The "About" text, 1 to 139 characters. */
    public Builder about(String about) {
      this.about = Objects.requireNonNull(about, "about");
      return this;
    }

    /** The address, up to 256 characters. */
    public Builder address(String address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    /** The description, up to 512 characters. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** The contact email, up to 128 characters. */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email");
      return this;
    }

    /** Up to 2 websites, replacing the current ones. */
    public Builder websites(List<String> websites) {
      this.websites = new ArrayList<>(Objects.requireNonNull(websites, "websites"));
      return this;
    }

    /** The industry. */
    public Builder vertical(BusinessVertical vertical) {
      this.vertical = Objects.requireNonNull(vertical, "vertical");
      return this;
    }

    /** A Resumable Upload API handle of the new profile picture. */
    public Builder profilePictureHandle(String handle) {
      this.profilePictureHandle = Objects.requireNonNull(handle, "profilePictureHandle");
      return this;
    }

    /**
     * The update.
     *
     * @throws IllegalArgumentException naming the field, Meta's limit and the value when a field is out of bounds
     */
    public BusinessProfileUpdate build() {
      return new BusinessProfileUpdate(about, address, description, email, websites, vertical, profilePictureHandle);
    }
  }

  /** Whether {@code text} looks like an email address: the one rule of this package's email fields. */
  static boolean isEmail(String text) {
    return EMAIL.matcher(text).matches();
  }
}
