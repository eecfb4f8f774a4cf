package dev.wabasdk.internal;

import dev.wabasdk.RateLimit;
import dev.wabasdk.RawApi;
import dev.wabasdk.RetrySettings;
import dev.wabasdk.SendInterceptor;
import dev.wabasdk.calling.CallingApi;
import dev.wabasdk.group.GroupsApi;
import dev.wabasdk.media.MediaApi;
import dev.wabasdk.message.MessagesApi;
import dev.wabasdk.phone.BusinessProfileApi;
import dev.wabasdk.phone.PhoneNumbersApi;
import dev.wabasdk.template.TemplatesApi;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code WhatsApp} client is made of: the HTTP stack and the resource group implementations. The one
 * internal type the client constructs, so the implementations stay package-private. Thread-safe.
 */
public final class ClientCore implements AutoCloseable {
  private final GraphClient graph;
  private final MessagesApi messages;
  private final MediaApi media;
  private final TemplatesApi templates;
  private final PhoneNumbersApi phoneNumbers;
  private final BusinessProfileApi businessProfile;
  private final RawApi raw;
  private final CallingApi calling;
  private final GroupsApi groups;

  /** The settings {@code WhatsApp.Builder} collected; the HTTP client is already configured. */
  public record Settings(
      OkHttpClient http,
      boolean ownsHttp,
      HttpUrl baseUrl,
      String apiVersion,
      String accessToken,
      String phoneNumberId,
      @Nullable String businessAccountId,
      Clock clock,
      RetrySettings retry,
      @Nullable RateLimit rateLimit,
      List<SendInterceptor> interceptors) {

    @Override
    public String toString() {
      return "Settings{phoneNumberId=" + phoneNumberId + ", accessToken=***}";
    }
  }

  public ClientCore(Settings s) {
    this.graph = new GraphClient(s.http(), s.ownsHttp(), s.baseUrl(), s.apiVersion(), s.accessToken(), s.retry());
    List<SendInterceptor> chain = new ArrayList<>(s.interceptors());
    if (s.rateLimit() != null) {
      // Last, next to the wire: a send an earlier interceptor refused takes no permit.
      chain.add(new RateLimitInterceptor(s.rateLimit()));
    }
    this.messages = new RealMessagesApi(graph, s.phoneNumberId(), s.clock(), chain);
    this.media = new RealMediaApi(graph, s.phoneNumberId());
    this.templates = new RealTemplatesApi(graph, s.businessAccountId());
    this.phoneNumbers = new RealPhoneNumbersApi(graph, s.phoneNumberId(), s.businessAccountId());
    this.businessProfile = new RealBusinessProfileApi(graph, s.phoneNumberId());
    this.raw = new RealRawApi(graph);
    this.calling = new RealCallingApi(graph, s.phoneNumberId());
    this.groups = new RealGroupsApi(graph, s.phoneNumberId());
  }

  public MessagesApi messages() {
    return messages;
  }

  public MediaApi media() {
    return media;
  }

  public TemplatesApi templates() {
    return templates;
  }

  public PhoneNumbersApi phoneNumbers() {
    return phoneNumbers;
  }

  public BusinessProfileApi businessProfile() {
    return businessProfile;
  }

  public RawApi raw() {
    return raw;
  }

  public CallingApi calling() {
    return calling;
  }

  public GroupsApi groups() {
    return groups;
  }

  @Override
  public void close() {
    graph.close();
  }
}
