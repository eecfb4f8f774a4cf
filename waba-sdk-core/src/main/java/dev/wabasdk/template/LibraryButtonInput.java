package dev.wabasdk.template;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The business's value for one button of a Template Library template ({@code library_template_button_inputs}):
 * Meta requires one for each URL and phone number button of a utility library template.
 * Every implementation is an immutable, thread-safe record.
 */
public sealed interface LibraryButtonInput {
  /** Meta's {@code type} of the button it fills. */
  LibraryButtonType type();

  /**
   * The website of a URL button.
   *
   * @param baseUrl the URL, with a {@code {{1}}} placeholder at the end when the suffix varies per message
   * @param urlSuffixExample a full sample URL for a URL with a placeholder, else null
   */
  static Url url(String baseUrl, @Nullable String urlSuffixExample) {
    return new Url(baseUrl, urlSuffixExample);
  }

  /** The business phone number of a phone number button (E.164, e.g. {@code +16315551010}). */
  static PhoneNumber phoneNumber(String phoneNumber) {
    return new PhoneNumber(phoneNumber);
  }

  /**
   * {@code URL}: the business's website.
   *
   * @param baseUrl the URL, with a {@code {{1}}} placeholder at the end when the suffix varies per message
   * @param urlSuffixExample a full sample URL for a URL with a placeholder, else null
   */
  record Url(String baseUrl, @Nullable String urlSuffixExample) implements LibraryButtonInput {
    public Url {
      Objects.requireNonNull(baseUrl, "baseUrl");
    }

    @Override
    public LibraryButtonType type() {
      return LibraryButtonType.URL;
    }
  }

  /**
   * {@code PHONE_NUMBER}: the business's phone number.
   *
   * @param phoneNumber the number in E.164, e.g. {@code +16315551010}
   */
  record PhoneNumber(String phoneNumber) implements LibraryButtonInput {
    public PhoneNumber {
      Objects.requireNonNull(phoneNumber, "phoneNumber");
    }

    @Override
    public LibraryButtonType type() {
      return LibraryButtonType.PHONE_NUMBER;
    }
  }

  /**
   * {@code OTP}: the code button of an authentication library template.
   *
   * @param otpType {@link Button.Otp#COPY_CODE}, {@link Button.Otp#ONE_TAP} or {@link Button.Otp#ZERO_TAP}
   * @param supportedApps the Android apps that receive the code (one-tap and zero-tap), at most 5
   * @param zeroTapTermsAccepted whether the business accepted the zero-tap terms, for {@code ZERO_TAP}
   */
  record Otp(String otpType, List<Button.SupportedApp> supportedApps, @Nullable Boolean zeroTapTermsAccepted)
      implements LibraryButtonInput {
    public Otp {
      Objects.requireNonNull(otpType, "otpType");
      supportedApps = List.copyOf(supportedApps);
    }

    @Override
    public LibraryButtonType type() {
      return LibraryButtonType.OTP;
    }
  }
}
