package dev.wabasdk.template;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A button of a template definition (inside {@link Component.Buttons}). Buttons with a variable (URL suffix, copy
 * code, flow) get their value at send time, addressed by their 0-based position.
 * Every implementation is an immutable, thread-safe record.
 */
public sealed interface Button {
  /** Meta's limit on a button's label. */
  int MAX_TEXT_LENGTH = 25;

  /** Meta's {@code type}, e.g. {@code QUICK_REPLY}. */
  String type();

  /** A quick-reply button: the user's tap comes back as a message. */
  static QuickReply quickReply(String text) {
    return new QuickReply(text);
  }

  /** A URL button without a variable. */
  static Url url(String text, String url) {
    return new Url(text, url, null);
  }

  /**
   * A URL button whose {@code url} ends with one variable, e.g. {@code https://shop.example/order/{{1}}}, with the
   * full example URL Meta reviews.
   */
  static Url url(String text, String url, String example) {
    return new Url(text, url, example);
  }

  /** A button that calls a phone number. */
  static PhoneNumber phoneNumber(String text, String phoneNumber) {
    return new PhoneNumber(text, phoneNumber);
  }

  /** A button that copies a coupon code given at send time; {@code example} is up to 15 characters. */
  static CopyCode copyCode(String example) {
    return new CopyCode(example);
  }

  /** The one-time-password button of an authentication template that copies the code. */
  static Otp otpCopyCode(String text) {
    return new Otp(Otp.COPY_CODE, text, null, List.of(), null);
  }

  /** The copy-code button with Meta's default label (what a template upsert takes). */
  static Otp otpCopyCode() {
    return new Otp(Otp.COPY_CODE, null, null, List.of(), null);
  }

  /** A one-tap autofill button with Meta's default labels (what a template upsert takes). */
  static Otp otpOneTap(List<SupportedApp> supportedApps) {
    return new Otp(Otp.ONE_TAP, null, null, supportedApps, null);
  }

  /** A zero-tap button with Meta's default labels (what a template upsert takes). */
  static Otp otpZeroTap(List<SupportedApp> supportedApps, boolean termsAccepted) {
    return new Otp(Otp.ZERO_TAP, null, null, supportedApps, termsAccepted);
  }

  /** A one-tap autofill button for the given Android apps (at most 5). */
  static Otp otpOneTap(String text, String autofillText, List<SupportedApp> supportedApps) {
    return new Otp(Otp.ONE_TAP, text, autofillText, supportedApps, null);
  }

  /** A zero-tap button; the business must accept Meta's zero-tap terms. */
  static Otp otpZeroTap(String text, String autofillText, List<SupportedApp> supportedApps, boolean termsAccepted) {
    return new Otp(Otp.ZERO_TAP, text, autofillText, supportedApps, termsAccepted);
  }

  /** A button that opens a published Flow by id. */
  static Flow flow(String text, String flowId, String flowAction, @Nullable String navigateScreen) {
    return new Flow(text, flowId, null, flowAction, navigateScreen);
  }

  /**
   * A button that opens the Flow given inline as Flow JSON ({@code flow_json}, Cloud API only), e.g.
   * {@code FlowJson.toJson()}: Meta creates the Flow with the template, no Flow needs to exist.
   */
  static Flow flowWithJson(String text, String flowJson, String flowAction, @Nullable String navigateScreen) {
    return new Flow(text, null, null, flowAction, navigateScreen, Objects.requireNonNull(flowJson, "flowJson"));
  }

  /**
   * Any other button kind, written as given: {@code CATALOG}, {@code MPM}, {@code SPM}, {@code VOICE_CALL},
   * {@code APP}, {@code CALL_PERMISSION_REQUEST}, {@code REQUEST_CONTACT_INFO} or a newer one.
   *
   * @param fields the button's fields besides {@code type}, e.g. {@code Map.of("text", "View catalog")}
   */
  static Other other(String type, Map<String, ?> fields) {
    return new Other(type, Map.copyOf(fields));
  }

  /** Opens the business's catalog. */
  static Other catalog(String text) {
    return other("CATALOG", Map.of("text", text));
  }

  /** A multi-product message button; Meta's MPM template also has a TEXT header, a body and an optional footer. */
  static Other multiProduct(String text) {
    return other("MPM", Map.of("text", text));
  }

  /**
   * The {@code order_details} button of a checkout button template (India) or order details template (Brazil),
   * e.g. "Buy now": the order comes at send time ({@code TemplateButton.orderDetails}).
   */
  static OrderDetails orderDetails(String text) {
    return new OrderDetails(text);
  }

  /** Starts a WhatsApp voice call with the business. */
  static Other voiceCall(String text) {
    return other("VOICE_CALL", Map.of("text", text));
  }

  /** {@code QUICK_REPLY}. */
  record QuickReply(String text) implements Button {
    public QuickReply {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
      return "QUICK_REPLY";
    }
  }

  /** {@code URL}: at most one variable, at the end of {@code url}; {@code example} is required when it has one. */
  record Url(String text, String url, @Nullable String example) implements Button {
    /** Meta's limit on the URL. */
    public static final int MAX_URL_LENGTH = 2000;

    public Url {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(url, "url");
    }

    @Override
    public String type() {
      return "URL";
    }
  }

  /** {@code PHONE_NUMBER}. */
  record PhoneNumber(String text, String phoneNumber) implements Button {
    public PhoneNumber {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(phoneNumber, "phoneNumber");
    }

    @Override
    public String type() {
      return "PHONE_NUMBER";
    }
  }

  /** {@code COPY_CODE}: the code comes at send time; {@code example} is up to 15 characters. */
  record CopyCode(String example) implements Button {
    /** Meta's limit on the example code. */
    public static final int MAX_EXAMPLE_LENGTH = 15;

    public CopyCode {
      Objects.requireNonNull(example, "example");
    }

    @Override
    public String type() {
      return "COPY_CODE";
    }
  }

  /**
   * {@code OTP}, the button of an authentication template.
   *
   * @param otpType {@link #COPY_CODE}, {@link #ONE_TAP} or {@link #ZERO_TAP}
   * @param text the label, or null for Meta's default
   * @param autofillText the one-tap label, or null
   * @param supportedApps the Android apps that receive the code (one-tap and zero-tap), at most 5
   * @param zeroTapTermsAccepted whether the business accepted the zero-tap terms, for {@code ZERO_TAP}
   */
  record Otp(
      String otpType,
      @Nullable String text,
      @Nullable String autofillText,
      List<SupportedApp> supportedApps,
      @Nullable Boolean zeroTapTermsAccepted)
      implements Button {
    /** The user copies the code. */
    public static final String COPY_CODE = "COPY_CODE";
    /** The app autofills the code when the user taps. */
    public static final String ONE_TAP = "ONE_TAP";
    /** The app receives the code without a tap. */
    public static final String ZERO_TAP = "ZERO_TAP";
    /** Meta's limit on the number of supported apps. */
    public static final int MAX_SUPPORTED_APPS = 5;

    public Otp {
      Objects.requireNonNull(otpType, "otpType");
      supportedApps = List.copyOf(supportedApps);
    }

    @Override
    public String type() {
      return "OTP";
    }
  }

  /**
   * An Android app of a one-tap or zero-tap button.
   *
   * @param packageName the app's package name, up to 224 characters
   * @param signatureHash the app's signing-key hash, exactly 11 characters
   */
  record SupportedApp(String packageName, String signatureHash) {
    public SupportedApp {
      Objects.requireNonNull(packageName, "packageName");
      Objects.requireNonNull(signatureHash, "signatureHash");
    }
  }

  /**
   * {@code FLOW}: opens a Flow given by exactly one of id, name or JSON.
   *
   * @param text the button label
   * @param flowId {@code flow_id}: a published Flow's id
   * @param flowName {@code flow_name}: a published Flow's name (Cloud API only; Meta stores the id)
   * @param flowAction {@code navigate} or {@code data_exchange}, or null for Meta's default
   * @param navigateScreen {@code navigate_screen}: the first screen for {@code navigate}
   * @param flowJson {@code flow_json}: the Flow JSON itself, as text (Cloud API only)
   */
  record Flow(String text, @Nullable String flowId, @Nullable String flowName, @Nullable String flowAction,
      @Nullable String navigateScreen, @Nullable String flowJson) implements Button {
    public Flow {
      Objects.requireNonNull(text, "text");
    }

    /** A button naming its Flow by id or name (the form before {@code flow_json}). */
    public Flow(String text, @Nullable String flowId, @Nullable String flowName, @Nullable String flowAction,
        @Nullable String navigateScreen) {
      this(text, flowId, flowName, flowAction, navigateScreen, null);
    }

    @Override
    public String type() {
      return "FLOW";
    }
  }

  /**
   * {@code ORDER_DETAILS}: opens the order sent with the template (Payments API, India and Brazil); written
   * {@code "order_details"} as in Meta's checkout button template example.
   */
  record OrderDetails(String text) implements Button {
    public OrderDetails {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
      return "ORDER_DETAILS";
    }
  }

  /** A button kind the SDK writes and reads as raw fields. */
  record Other(String type, Map<String, Object> fields) implements Button {
    public Other {
      Objects.requireNonNull(type, "type");
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The label, when the button has one. */
    public @Nullable String text() {
      Object text = fields.get("text");
      return text instanceof String s ? s : null;
    }
  }
}
