package dev.wabasdk.testkit.internal;

import dev.wabasdk.Referral;
import dev.wabasdk.testkit.FakeAudience;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The users the fake plays and what Meta knows about each: name, customer service window, free entry point,
 * block and marketing opt-out. Not thread-safe: used under {@link FakeEngine}'s lock.
 */
final class Users {
  private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s()+\\-.]");
  private static final Pattern WA_ID = Pattern.compile("\\d{7,15}");
  static final Duration WINDOW = Duration.ofHours(24);
  static final Duration FREE_ENTRY_POINT = Duration.ofHours(72);

  /** One user's facts. */
  static final class UserState {
    final String waId;
    /** The business-scoped user id (BSUID) Meta gives this user for this business, e.g. {@code DE.1349...}. */
    final String userId;
    String name;
    /** The WhatsApp username, when the user adopted one. */
    @Nullable String username;
    /** A username user whose phone number Meta does not share: webhooks omit {@code wa_id} and {@code from}. */
    boolean phoneHidden;
    @Nullable Instant lastInbound;
    @Nullable Instant referralAt;
    @Nullable Instant freeEntryPointUntil;
    boolean blocked;
    boolean marketingStopped;
    @Nullable Referral pendingReferral;
    /** Whether they read what is delivered at once; null: as the fake's {@code autoRead}. */
    @Nullable Boolean reads;
    /** The user's identity hash ({@code identity_key_hash}); a new one each time their identity changes. */
    String identityKeyHash = "";
    /** How many times the user's identity changed (a new phone, a number that changed hands). */
    int identityChanges;

    UserState(String waId, String userId) {
      this.waId = waId;
      this.userId = userId;
      this.name = "User " + waId.substring(Math.max(0, waId.length() - 4));
    }

    /** Meta's customer service window: 24 h from the user's last message. */
    boolean windowOpen(Instant now) {
      return lastInbound != null && now.isBefore(lastInbound.plus(WINDOW));
    }

    /**
     * Opens the 72 h free entry point when the business answers inside the window of a user who came from an ad
     * within the last 24 h; true while it is open.
     */
    boolean inFreeEntryPoint(Instant now) {
      if (freeEntryPointUntil == null && referralAt != null && now.isBefore(referralAt.plus(WINDOW))
          && windowOpen(now)) {
        freeEntryPointUntil = now.plus(FREE_ENTRY_POINT);
      }
      return freeEntryPointUntil != null && now.isBefore(freeEntryPointUntil);
    }

    /** The user wrote at {@code now}: the window opens, and a pending ad referral starts a new free entry point. */
    @Nullable Referral wrote(Instant now) {
      Referral referral = pendingReferral;
      if (referral != null) {
        referralAt = now;
        freeEntryPointUntil = null;
        pendingReferral = null;
      }
      lastInbound = now;
      return referral;
    }
  }

  private final Map<String, UserState> users = new LinkedHashMap<>();
  /**
   * The number's identity change check ({@code user_identity_change.enable_identity_key_check}): while on, webhooks
   * carry the users' identity hashes.
   */
  boolean identityKeyCheck;
  private final Map<String, String> waIdsByUserId = new java.util.HashMap<>();
  private final @Nullable FakeAudience audience;
  /** What BSUIDs are scoped to: Meta scopes them to the business portfolio; the fake has one per WABA. */
  private final String scope;

  Users(@Nullable FakeAudience audience, String scope) {
    this.audience = audience;
    this.scope = scope;
  }

  /**
   * The BSUID of {@code waId} in this business: the ISO country of the number, a dot and a stable 64-bit number,
   * shaped like Meta's ({@code US.13491208655302741918}); the same user gets another id from another business.
   */
  String userIdOf(String waId) {
    String region = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance()
        .getRegionCodeForCountryCode(countryCode(waId));
    return ("ZZ".equals(region) ? "ZZ" : region) + "." + Long.toUnsignedString(stableHash(scope + ":" + waId));
  }

  /** A 64-bit hash of {@code text}, the same in every run (the fake's ids must be repeatable). */
  private static long stableHash(String text) {
    long hash = 1125899906842597L;
    for (char c : text.toCharArray()) {
      hash = 31 * hash + c;
    }
    hash ^= hash >>> 29;
    hash *= 0xBF58476D1CE4E5B9L;
    hash ^= hash >>> 32;
    return hash;
  }

  private static int countryCode(String waId) {
    com.google.i18n.phonenumbers.PhoneNumberUtil util = com.google.i18n.phonenumbers.PhoneNumberUtil.getInstance();
    for (int length = 1; length <= 3 && length < waId.length(); length++) {
      int code = Integer.parseInt(waId.substring(0, length));
      if (!"ZZ".equals(util.getRegionCodeForCountryCode(code))) {
        return code;
      }
    }
    return 0;
  }

  /** The user with this BSUID, or null when the fake has none. */
  @Nullable UserState byUserId(String userId) {
    String waId = waIdsByUserId.get(userId);
    return waId == null ? null : users.get(waId);
  }

  /** Digits of an E.164 number ({@code wa_id}); {@link IllegalArgumentException} naming the value otherwise. */
  static String waId(String phone) {
    String digits = PHONE_PUNCTUATION.matcher(phone).replaceAll("");
    if (!WA_ID.matcher(digits).matches()) {
      throw new IllegalArgumentException("phone must be an E.164 number such as +4915112345678, was \"" + phone
          + "\"");
    }
    return digits;
  }

  /** The user, created on first contact. */
  UserState user(String waId) {
    return users.computeIfAbsent(waId, this::create);
  }

  /**
   * A user's identity hash after {@code changes} identity changes: 8 bytes in base64, shaped like Meta's
   * ({@code DF2lS5v2W6x=}), stable for a user and a business, new after each change.
   */
  String identityKeyHashOf(String waId, int changes) {
    long hash = stableHash("identity:" + scope + ":" + waId + ":" + changes);
    return Base64.getEncoder().encodeToString(ByteBuffer.allocate(8).putLong(hash).array());
  }

  /** The user's identity changed: Meta gives them a new identity hash. */
  void changeIdentity(UserState user) {
    user.identityChanges++;
    user.identityKeyHash = identityKeyHashOf(user.waId, user.identityChanges);
  }

  private UserState create(String waId) {
    UserState user = new UserState(waId, userIdOf(waId));
    user.identityKeyHash = identityKeyHashOf(waId, 0);
    waIdsByUserId.put(user.userId, waId);
    if (audience != null) {
      FakeAudience.Kind kind = audience.kindOf(waId);
      user.marketingStopped = kind == FakeAudience.Kind.OPTED_OUT;
      user.blocked = kind == FakeAudience.Kind.UNDELIVERABLE;
      user.reads = kind == FakeAudience.Kind.READS;
    }
    return user;
  }

  @Nullable UserState find(String waId) {
    return users.get(waId);
  }

  Collection<UserState> all() {
    return users.values();
  }

  void reset() {
    users.clear();
    waIdsByUserId.clear();
    identityKeyCheck = false;
  }
}
