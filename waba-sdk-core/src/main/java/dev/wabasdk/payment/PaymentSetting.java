package dev.wabasdk.payment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One entry of {@code payment_settings} in an {@code order_details} message: how the user pays. India:
 * {@link PaymentGateway} (Razorpay, PayU, BillDesk, Zaakpay), {@link PaymentLink}, {@link UpiIntentLink}; Brazil:
 * {@link PixDynamicCode}, {@link Boleto}, {@link PaymentLink}, {@link OffsiteCardPay}. Meta's limits are checked when
 * a setting is made; errors name the field's path inside the entry, e.g. {@code payment_gateway.razorpay.receipt}.
 * Which settings fit which country is checked by the message. Every implementation is an immutable, thread-safe
 * record.
 *
 * <pre>{@code
 * PaymentSetting razorpay = PaymentSetting.paymentGateway(PaymentSetting.Gateway.RAZORPAY, "razorpay-prod")
 *     .receipt("rcpt-1")
 *     .note("customer", "C-42")
 *     .build();
 * PaymentSetting pix = PaymentSetting.pixDynamicCode("00020101021226700014br.gov.bcb.pix...",
 *     "Lucky Shrub Ltda", "39580525000189", PaymentSetting.PixKeyType.CNPJ);
 * }</pre>
 */
public sealed interface PaymentSetting
    permits PaymentSetting.PaymentGateway, PaymentSetting.PaymentLink, PaymentSetting.UpiIntentLink,
        PaymentSetting.PixDynamicCode, PaymentSetting.Boleto, PaymentSetting.OffsiteCardPay {

  /** Meta's {@code type} of the entry, which is also the name of the object that carries its fields. */
  String type();

  /** A builder for a payment gateway setting (India): the gateway and the name of its payment configuration. */
  static PaymentGateway.Builder paymentGateway(Gateway gateway, String configurationName) {
    return new PaymentGateway.Builder(gateway, configurationName);
  }

  /** A payment link (India, Brazil): the gateway's or payment provider's page that takes the payment. */
  static PaymentLink paymentLink(String uri) {
    return new PaymentLink(uri, null, null);
  }

  /**
   * A payment link (India) with the pages that end the flow: with success when the user reaches
   * {@code successUrl}, with failure at {@code cancelUrl}; either may be null.
   */
  static PaymentLink paymentLink(String uri, @Nullable String successUrl, @Nullable String cancelUrl) {
    return new PaymentLink(uri, successUrl, cancelUrl);
  }

  /** A UPI intent link with a dynamic VPA (India): {@code upi://pay?pa=...&pn=...&mc=...&purpose=...&tr=...}. */
  static UpiIntentLink upiIntentLink(String link) {
    return new UpiIntentLink(link);
  }

  /** A dynamic Pix code (Brazil): the "copia e cola" code the user copies, and the key shown with it. */
  static PixDynamicCode pixDynamicCode(String code, String merchantName, String key, PixKeyType keyType) {
    return new PixDynamicCode(code, merchantName, key, keyType);
  }

  /** A boleto (Brazil): its digitable line, which the user copies. */
  static Boleto boleto(String digitableLine) {
    return new Boleto(digitableLine);
  }

  /** A one-click card payment (Brazil): the card the user confirms, charged by the business's own provider. */
  static OffsiteCardPay offsiteCardPay(String lastFourDigits, String credentialId) {
    return new OffsiteCardPay(lastFourDigits, credentialId);
  }

  /** The Indian payment gateways Meta integrates ({@code payment_gateway.type}). */
  enum Gateway {
    /** {@code billdesk}. */
    BILLDESK("billdesk"),
    /** {@code razorpay}. */
    RAZORPAY("razorpay"),
    /** {@code payu}. */
    PAYU("payu"),
    /** {@code zaakpay}. */
    ZAAKPAY("zaakpay");

    private final String value;

    Gateway(String value) {
      this.value = value;
    }

    /** The value on the wire, also the key of the gateway's own fields. */
    public String value() {
      return value;
    }
  }

  /** The UPI app offered first ({@code preferred_payment_methods[].method}). */
  enum UpiApp {
    /** {@code gpay}. */
    GPAY,
    /** {@code phonepe}. */
    PHONEPE,
    /** {@code paytm}. */
    PAYTM,
    /** {@code bhim}. */
    BHIM,
    /** {@code amazonpay}. */
    AMAZONPAY,
    /** {@code cred}. */
    CRED,
    /** {@code mobikwik}. */
    MOBIKWIK;

    /** The value on the wire. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What the gateway shows the user ({@code enabled_payment_options}). */
  enum PaymentOption {
    /** {@code upi}: only the UPI apps. */
    UPI,
    /** {@code web}: the gateway's web page with the options configured there (needed above the UPI limit). */
    WEB;

    /** The value on the wire. */
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The kind of a Pix key ({@code pix_dynamic_code.key_type}); the value on the wire is the constant's name. */
  enum PixKeyType {
    /** A person's tax number. */
    CPF,
    /** A company's tax number. */
    CNPJ,
    /** An e-mail address. */
    EMAIL,
    /** A phone number. */
    PHONE,
    /** A random key ("chave aleatória"). */
    EVP
  }

  /**
   * {@code "type": "payment_gateway"} (India): the user pays inside WhatsApp through the business's account at the
   * gateway, and Meta reports the payment in webhooks. The configuration must exist on the WhatsApp Business
   * Account; with an unknown name the user cannot pay (Meta does not reject the message).
   *
   * @param gateway {@code payment_gateway.type}
   * @param configurationName {@code payment_gateway.configuration_name}, at most 60 characters
   * @param fields the gateway's own fields Meta passes to it and echoes in webhooks and look-ups, written under the
   *     gateway's name: {@code receipt} (Razorpay, 1 to 40 characters), {@code udf1..udf4} (PayU, at most 255),
   *     {@code extra1..extra2} (Zaakpay, at most 180), {@code additional_info1..additional_info7} (BillDesk, at
   *     most 120); kept in that order
   * @param notes Razorpay's {@code notes}: at most 15 entries, values at most 256 characters; empty for none
   * @param preferredPaymentMethod the UPI app offered first ({@code preferred_payment_methods}, at most one), or null
   * @param enabledPaymentOptions {@code enabled_payment_options}, distinct; empty for the gateway's default
   */
  record PaymentGateway(
      Gateway gateway,
      String configurationName,
      Map<String, String> fields,
      Map<String, String> notes,
      @Nullable UpiApp preferredPaymentMethod,
      List<PaymentOption> enabledPaymentOptions)
      implements PaymentSetting {

    /** Meta's limit on {@code configuration_name}. */
    public static final int MAX_CONFIGURATION_NAME_LENGTH = 60;
    /** Razorpay's limit on the number of {@code notes}. */
    public static final int MAX_NOTES = 15;

    public PaymentGateway {
      SettingChecks.required(gateway, "payment_gateway.type");
      SettingChecks.text(configurationName, "payment_gateway.configuration_name", MAX_CONFIGURATION_NAME_LENGTH);
      String path = "payment_gateway." + gateway.value();
      fields = gatewayFields(gateway, SettingChecks.required(fields, path), path);
      notes = notes(gateway, SettingChecks.required(notes, path + ".notes"), path + ".notes");
      List<PaymentOption> options = SettingChecks.required(enabledPaymentOptions,
          "payment_gateway.enabled_payment_options");
      Set<PaymentOption> seen = EnumSet.noneOf(PaymentOption.class);
      for (int i = 0; i < options.size(); i++) {
        PaymentOption option = SettingChecks.required(options.get(i), "payment_gateway.enabled_payment_options["
            + i + "]");
        if (!seen.add(option)) {
          throw new IllegalArgumentException("payment_gateway.enabled_payment_options: must not repeat an option,"
              + " was " + options);
        }
      }
      enabledPaymentOptions = List.copyOf(options);
    }

    @Override
    public String type() {
      return "payment_gateway";
    }

    /** Whether the gateway shows only its web page ({@code enabled_payment_options: ["web"]}), not UPI. */
    public boolean webOnly() {
      return enabledPaymentOptions.equals(List.of(PaymentOption.WEB));
    }

    /** The gateway's fields, checked and put in Meta's order. */
    private static Map<String, String> gatewayFields(Gateway gateway, Map<String, String> given, String path) {
      List<String> allowed = allowedFields(gateway);
      for (Map.Entry<String, String> entry : given.entrySet()) {
        String key = SettingChecks.required(entry.getKey(), path + ": a field name");
        if (!allowed.contains(key)) {
          throw new IllegalArgumentException(path + "." + key + ": " + gateway.value() + " takes "
              + String.join(", ", allowed) + (gateway == Gateway.RAZORPAY ? " and notes" : "") + ", not " + key);
        }
      }
      int max = switch (gateway) {
        case RAZORPAY -> 40;
        case PAYU -> 255;
        case ZAAKPAY -> 180;
        case BILLDESK -> 120;
      };
      Map<String, String> ordered = new LinkedHashMap<>();
      for (String key : allowed) {
        String value = given.get(key);
        if (value != null) {
          ordered.put(key, SettingChecks.text(value, path + "." + key, max));
        }
      }
      return Collections.unmodifiableMap(ordered);
    }

    private static List<String> allowedFields(Gateway gateway) {
      return switch (gateway) {
        case RAZORPAY -> List.of("receipt");
        case PAYU -> numbered("udf", 4);
        case ZAAKPAY -> numbered("extra", 2);
        case BILLDESK -> numbered("additional_info", 7);
      };
    }

    private static List<String> numbered(String prefix, int count) {
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= count; i++) {
        names.add(prefix + i);
      }
      return List.copyOf(names);
    }

    private static Map<String, String> notes(Gateway gateway, Map<String, String> given, String path) {
      if (given.isEmpty()) {
        return Map.of();
      }
      if (gateway != Gateway.RAZORPAY) {
        throw new IllegalArgumentException(path + ": only Razorpay takes notes, not " + gateway.value());
      }
      if (given.size() > MAX_NOTES) {
        throw new IllegalArgumentException(path + ": must have at most " + MAX_NOTES + " entries, was "
            + given.size());
      }
      Map<String, String> copy = new LinkedHashMap<>();
      for (Map.Entry<String, String> entry : given.entrySet()) {
        String key = SettingChecks.nonBlank(entry.getKey(), path + ": a key");
        copy.put(key, SettingChecks.text(entry.getValue(), path + "." + key, 256));
      }
      return Collections.unmodifiableMap(copy);
    }

    /** Builds a {@link PaymentGateway}. Not thread-safe. */
    public static final class Builder {
      private final Gateway gateway;
      private final String configurationName;
      private final Map<String, String> fields = new LinkedHashMap<>();
      private final Map<String, String> notes = new LinkedHashMap<>();
      private @Nullable UpiApp preferredPaymentMethod;
      private final List<PaymentOption> enabledPaymentOptions = new ArrayList<>();

      Builder(Gateway gateway, String configurationName) {
        this.gateway = Objects.requireNonNull(gateway, "gateway == null");
        this.configurationName = Objects.requireNonNull(configurationName, "configurationName == null");
      }

      /** Razorpay's {@code receipt}: your receipt number, 1 to 40 characters. */
      public Builder receipt(String receipt) {
        return field("receipt", receipt);
      }

      /** Adds one of Razorpay's {@code notes} (at most 15, values at most 256 characters). */
      public Builder note(String key, String value) {
        notes.put(Objects.requireNonNull(key, "key == null"), Objects.requireNonNull(value, "value == null"));
        return this;
      }

      /** Adds every entry of {@code notes} as by {@link #note}. */
      public Builder notes(Map<String, String> notes) {
        notes.forEach(this::note);
        return this;
      }

      /** PayU's {@code udf1} to {@code udf4} ({@code number} 1 to 4), at most 255 characters. */
      public Builder udf(int number, String value) {
        return field("udf" + number, value);
      }

      /** Zaakpay's {@code extra1} or {@code extra2} ({@code number} 1 or 2), at most 180 characters. */
      public Builder extra(int number, String value) {
        return field("extra" + number, value);
      }

      /** BillDesk's {@code additional_info1} to {@code additional_info7}, at most 120 characters. */
      public Builder additionalInfo(int number, String value) {
        return field("additional_info" + number, value);
      }

      /** The UPI app offered first ({@code preferred_payment_methods}; Meta takes at most one). */
      public Builder preferredPaymentMethod(UpiApp app) {
        this.preferredPaymentMethod = Objects.requireNonNull(app, "app == null");
        return this;
      }

      /**
       * What the gateway offers ({@code enabled_payment_options}): {@code UPI} for the UPI apps only, {@code WEB}
       * for the gateway's web page, which orders above the UPI limit of ₹5,00,000 need.
       */
      public Builder enabledPaymentOptions(PaymentOption... options) {
        enabledPaymentOptions.clear();
        for (PaymentOption option : options) {
          enabledPaymentOptions.add(Objects.requireNonNull(option, "option == null"));
        }
        return this;
      }

      private Builder field(String name, String value) {
        fields.put(name, Objects.requireNonNull(value, "value == null"));
        return this;
      }

      /**
       * The setting.
       *
       * @throws IllegalArgumentException when a field does not belong to the gateway or breaks a limit
       */
      public PaymentGateway build() {
        return new PaymentGateway(gateway, configurationName, fields, notes, preferredPaymentMethod,
            enabledPaymentOptions);
      }
    }
  }

  /**
   * {@code "type": "payment_link"}: the user pays on a page of the gateway or payment provider. In India the
   * feature is limited (Meta enables the link domains); WhatsApp reports no payment status for it.
   *
   * @param uri {@code payment_link.uri}: an {@code http(s)} URL
   * @param successUrl {@code payment_link.success_url} (India): reaching it ends the flow with success, or null
   * @param cancelUrl {@code payment_link.cancel_url} (India): reaching it ends the flow with failure, or null
   */
  record PaymentLink(String uri, @Nullable String successUrl, @Nullable String cancelUrl) implements PaymentSetting {
    public PaymentLink {
      SettingChecks.httpUrl(uri, "payment_link.uri");
      if (successUrl != null) {
        SettingChecks.httpUrl(successUrl, "payment_link.success_url");
      }
      if (cancelUrl != null) {
        SettingChecks.httpUrl(cancelUrl, "payment_link.cancel_url");
      }
    }

    @Override
    public String type() {
      return "payment_link";
    }
  }

  /**
   * {@code "type": "upi_intent_link"} (India, dynamic VPA): the gateway's UPI intent, opened in the user's UPI app.
   * Meta supports its {@code pa}, {@code pn}, {@code mc}, {@code purpose} and {@code tr} attributes.
   *
   * @param link {@code upi_intent_link.link}: a {@code upi://pay?} link
   */
  record UpiIntentLink(String link) implements PaymentSetting {
    private static final String PREFIX = "upi://pay?";

    public UpiIntentLink {
      SettingChecks.nonBlank(link, "upi_intent_link.link");
      if (!link.regionMatches(true, 0, PREFIX, 0, PREFIX.length()) || link.length() == PREFIX.length()) {
        throw new IllegalArgumentException("upi_intent_link.link: must be a UPI intent starting with " + PREFIX
            + " and its attributes, was " + SettingChecks.preview(link));
      }
    }

    @Override
    public String type() {
      return "upi_intent_link";
    }
  }

  /**
   * {@code "type": "pix_dynamic_code"} (Brazil): the user copies the code into their bank app; WhatsApp does not
   * see the payment, so the business confirms it with an {@code order_status} message.
   *
   * @param code {@code pix_dynamic_code.code}: the dynamic Pix code ("copia e cola")
   * @param merchantName {@code pix_dynamic_code.merchant_name}: the account holder shown to the user
   * @param key {@code pix_dynamic_code.key}: the Pix key shown to the user
   * @param keyType {@code pix_dynamic_code.key_type}
   */
  record PixDynamicCode(String code, String merchantName, String key, PixKeyType keyType) implements PaymentSetting {
    public PixDynamicCode {
      SettingChecks.nonBlank(code, "pix_dynamic_code.code");
      SettingChecks.nonBlank(merchantName, "pix_dynamic_code.merchant_name");
      SettingChecks.nonBlank(key, "pix_dynamic_code.key");
      SettingChecks.required(keyType, "pix_dynamic_code.key_type");
    }

    @Override
    public String type() {
      return "pix_dynamic_code";
    }
  }

  /**
   * {@code "type": "boleto"} (Brazil): a tap copies the boleto's digitable line.
   *
   * @param digitableLine {@code boleto.digitable_line}: the "linha digitável"
   */
  record Boleto(String digitableLine) implements PaymentSetting {
    public Boleto {
      SettingChecks.nonBlank(digitableLine, "boleto.digitable_line");
    }

    @Override
    public String type() {
      return "boleto";
    }
  }

  /**
   * {@code "type": "offsite_card_pay"} (Brazil, one-click payments, limited availability): the user confirms a
   * stored card; the confirmation comes back as an inbound {@code payment_method} message and the business charges
   * the card through its provider.
   *
   * @param lastFourDigits {@code offsite_card_pay.last_four_digits}: exactly 4 digits
   * @param credentialId {@code offsite_card_pay.credential_id}: your id of the stored card, echoed back
   */
  record OffsiteCardPay(String lastFourDigits, String credentialId) implements PaymentSetting {
    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");

    public OffsiteCardPay {
      SettingChecks.required(lastFourDigits, "offsite_card_pay.last_four_digits");
      if (!FOUR_DIGITS.matcher(lastFourDigits).matches()) {
        throw new IllegalArgumentException("offsite_card_pay.last_four_digits: must be exactly 4 digits, was "
            + SettingChecks.preview(lastFourDigits));
      }
      SettingChecks.nonBlank(credentialId, "offsite_card_pay.credential_id");
    }

    @Override
    public String type() {
      return "offsite_card_pay";
    }
  }
}
