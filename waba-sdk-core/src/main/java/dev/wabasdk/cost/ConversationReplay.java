package dev.wabasdk.cost;

import dev.wabasdk.cost.PricingRules.Charge;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Prices a time-ordered history under conversation-based pricing: 24-hour conversations per category. */
final class ConversationReplay {
  private static final String ENDED = "conversation-based pricing ended " + PricingRules.PMP_START.minusDays(1)
      + "; later messages are priced as if it still applied";

  private static final String SERVICE_FREE = "service conversation: free since " + PricingRules.CBP_SERVICE_FREE_FROM;
  /** Why a conversation of a known kind opened; the texts are shared, not built per message. */
  private static final Map<PricingCategory, String> OPENED = Map.of(
      PricingCategory.MARKETING, openedText(PricingCategory.MARKETING),
      PricingCategory.UTILITY, openedText(PricingCategory.UTILITY),
      PricingCategory.AUTHENTICATION, openedText(PricingCategory.AUTHENTICATION));

  private final PricingContext context;
  private final Replay replay;
  private boolean endedSaid;
  private final Map<YearMonth, long[]> conversations = new TreeMap<>();
  private final Map<YearMonth, int[]> serviceConversations = new HashMap<>();

  /** A replay of a history of {@code userCount} users: {@link #step} each event in time order, then {@link #finish}. */
  ConversationReplay(PricingContext context, int userCount) {
    this.context = context;
    this.replay = new Replay(context, userCount);
  }

  private static String opened(PricingCategory kind) {
    String known = OPENED.get(kind);
    return known != null ? known : openedText(kind);
  }

  private static String openedText(PricingCategory kind) {
    return kind + " conversation: 24 h, opened by the first delivered " + kind + " template";
  }

  static Estimate price(PricingContext context, History history) {
    ConversationReplay cbp = new ConversationReplay(context, history.userCount());
    List<HistoryEvent> events = history.events();
    int[] users = history.users();
    for (int i = 0; i < events.size(); i++) {
      cbp.step(events.get(i), users[i]);
    }
    return cbp.finish();
  }

  Estimate finish() {
    return replay.estimate(PricingModel.CBP, Replay.counts(conversations));
  }

  /** Walks one event of user number {@code user}; events come in time order. */
  void step(HistoryEvent event, int user) {
    Replay.UserState state = replay.userState(user, event);
    if (!(event instanceof HistoryEvent.Outbound out)) {
      return;
    }
    Instant t = out.at();
    LocalDate date = replay.date(t);
    YearMonth month = replay.month();
    replay.countMessage(month);
    if (!endedSaid && !date.isBefore(PricingRules.PMP_START)) {
      replay.notes.warn(PricingWarning.Kind.MODEL_OUTSIDE_PERIOD, ENDED);
      endedSaid = true; // said once: the warnings are a set
    }
    if (date.isBefore(PricingRules.CBP_V2_START)) {
      if (firstVersion(context, replay, state, out, conversations)) {
        count(conversations, month);
      }
      return;
    }
    RateCard card = replay.card(PricingModel.CBP, date);
    String target = replay.target();
    if (state.inFreeEntryPoint(t)) {
      return;
    }
    Market market = replay.market(state, out, card);
    if (state.opensFreeEntryPoint(t)) {
      state.freeEntryPointUntil = t.plus(context.freeEntryPointWindow);
      state.conversations().clear();
      replay.items.add(month, LineItem.Payee.META, market, PricingCategory.REFERRAL_CONVERSION, true,
          Money.zero(target), "free entry point conversation (" + context.freeEntryPointWindow.toHours() + " h): "
              + "reply within 24 h to a click-to-WhatsApp ad or Page button message; closes other open conversations",
          1);
      count(conversations, month);
      return;
    }
    boolean opened = out.category().isTemplate()
        ? template(context, replay, state, out, card, market)
        : service(context, replay, state, out, card, market, serviceConversations);
    if (opened) {
      count(conversations, month);
    }
  }

  private static void count(Map<YearMonth, long[]> counts, YearMonth month) {
    long[] count = counts.get(month);
    if (count == null) {
      count = new long[1];
      counts.put(month, count);
    }
    count[0]++;
  }

  /**
   * Conversation-based pricing as it was from 2022-02-01 to 2023-05-31: one 24-hour conversation per user at a time,
   * user-initiated when the business answers inside the customer service window, business-initiated otherwise;
   * the first 1,000 conversations of the month free (either kind); a reply to a click-to-WhatsApp ad or Page button
   * opens a free one. No rate card of that period is shipped (Meta's USD card was not found), so charged
   * conversations are counted at zero with a warning, never priced with a later card. Returns whether one opened.
   */
  private static boolean firstVersion(PricingContext context, Replay replay, Replay.UserState state,
      HistoryEvent.Outbound out, Map<YearMonth, long[]> conversations) {
    Instant t = out.at();
    YearMonth month = replay.month();
    if (state.sessionUntil != null && t.isBefore(state.sessionUntil)) {
      return false;
    }
    boolean windowOpen = state.windowOpen(t);
    if (!windowOpen && !out.category().isTemplate()) {
      return false;
    }
    Market market = replay.market(state, out);
    Money zero = Money.zero(replay.target());
    state.sessionUntil = t.plus(PricingRules.CONVERSATION);
    if (state.opensFreeEntryPoint(t)) {
      replay.items.add(month, LineItem.Payee.META, market, PricingCategory.REFERRAL_CONVERSION, true, zero,
          "free entry point conversation (24 h): reply to a click-to-WhatsApp ad or Page button message", 1);
      return true;
    }
    PricingCategory kind = windowOpen ? PricingCategory.USER_INITIATED : PricingCategory.BUSINESS_INITIATED;
    long[] count = conversations.get(month);
    long opened = (count == null ? 0 : count[0]) + 1;
    String name = kind.equals(PricingCategory.USER_INITIATED) ? "user-initiated" : "business-initiated";
    if (opened <= PricingRules.FREE_CONVERSATIONS_PER_MONTH_V1) {
      replay.items.add(month, LineItem.Payee.META, market, kind, true, zero, name + " conversation within the "
          + "month's first 1,000 (free tier of conversation-based pricing until 2023-05-31)", 1);
      return true;
    }
    replay.notes.warn(PricingWarning.Kind.NO_RATE_CARD, "no rate card for conversation-based pricing with "
        + "user- and business-initiated conversations (2022-02-01 to 2023-05-31) is shipped: Meta's card for it was "
        + "not found, so its charged conversations are counted at zero");
    replay.items.add(month, LineItem.Payee.META, market, kind, false, zero,
        name + " conversation: 24 h; not priced (no rate card for this period)", 1);
    return true;
  }

  /** A template opens its category's conversation unless one is open; returns whether it did. */
  private static boolean template(PricingContext context, Replay replay, Replay.UserState state,
      HistoryEvent.Outbound out, RateCard card, Market market) {
    Instant t = out.at();
    PricingCategory category = out.category();
    PricingCategory kind = PricingRules.conversationKind(category);
    Instant open = state.conversations().get(kind);
    if (open != null && t.isBefore(open)) {
      return false;
    }
    state.conversations().put(kind, t.plus(PricingRules.CONVERSATION));
    Charge charge = PricingRules.templateRate(card, market, category);
    String rateNote = !category.equals(PricingCategory.AUTHENTICATION_INTERNATIONAL) ? ""
        : charge.category().equals(category) ? ", at the authentication-international rate"
            : ", at the authentication rate (the card has no authentication-international rate)";
    replay.items.add(replay.month(), LineItem.Payee.META, market, charge.category(), false,
        context.convert(charge.price(), replay.target()),
        rateNote.isEmpty() ? opened(kind) : opened(kind) + rateNote, 1);
    return true;
  }

  /** A service message opens a service conversation only when none is open; returns whether it did. */
  private static boolean service(PricingContext context, Replay replay, Replay.UserState state,
      HistoryEvent.Outbound out, RateCard card, Market market, Map<YearMonth, int[]> serviceConversations) {
    Instant t = out.at();
    if (state.conversations().anyOpenAt(t)) {
      return false;
    }
    state.conversations().put(PricingCategory.SERVICE, t.plus(PricingRules.CONVERSATION));
    LocalDate date = replay.date(t);
    YearMonth month = replay.month();
    String target = replay.target();
    int[] count = serviceConversations.computeIfAbsent(month, k -> new int[1]);
    count[0]++;
    Money rate = card.rateOrNull(market, PricingCategory.SERVICE);
    Money zero = Money.zero(target);
    if (!date.isBefore(PricingRules.CBP_SERVICE_FREE_FROM)) {
      replay.items.add(month, LineItem.Payee.META, market, PricingCategory.SERVICE, true, zero,
          SERVICE_FREE, 1);
    } else if (count[0] <= PricingRules.FREE_SERVICE_PER_MONTH) {
      replay.items.add(month, LineItem.Payee.META, market, PricingCategory.SERVICE, true, zero,
          "service conversation within the month's first 1,000 (free tier)", 1);
    } else if (rate == null) {
      replay.items.add(month, LineItem.Payee.META, market, PricingCategory.SERVICE, true, zero,
          "service conversation: the card has no service rate", 1);
    } else {
      replay.items.add(month, LineItem.Payee.META, market, PricingCategory.SERVICE, false,
          context.convert(rate, target), "service conversation beyond the month's 1,000 free", 1);
    }
    return true;
  }
}
