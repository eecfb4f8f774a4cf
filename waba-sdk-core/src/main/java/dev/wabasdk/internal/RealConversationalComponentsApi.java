package dev.wabasdk.internal;

import dev.wabasdk.conversational.Command;
import dev.wabasdk.conversational.ConversationalComponents;
import dev.wabasdk.conversational.ConversationalComponentsApi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;

/** The HTTP implementation of {@link ConversationalComponentsApi}. Thread-safe. */
final class RealConversationalComponentsApi implements ConversationalComponentsApi {
  private final GraphClient graph;
  private final HttpUrl readUrl;
  private final HttpUrl updateUrl;

  RealConversationalComponentsApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.readUrl = graph.urlBuilder().addPathSegment(phoneNumberId)
        .addQueryParameter("fields", "conversational_automation").build();
    this.updateUrl = graph.url(phoneNumberId, "conversational_automation");
  }

  @Override
  public ConversationalComponents get() {
    return graph.execute(GraphCall.get(readUrl), RealConversationalComponentsApi::parse);
  }

  @Override
  public CompletableFuture<ConversationalComponents> getAsync() {
    return graph.executeAsync(GraphCall.get(readUrl), RealConversationalComponentsApi::parse);
  }

  @Override
  public void update(ConversationalComponents update) {
    graph.execute(updateCall(update), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> updateAsync(ConversationalComponents update) {
    return graph.executeAsync(updateCall(update), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall updateCall(ConversationalComponents update) {
    Objects.requireNonNull(update, "update");
    Map<String, Object> body = new LinkedHashMap<>();
    if (update.welcomeMessage() != null) {
      body.put("enable_welcome_message", update.welcomeMessage());
    }
    List<String> prompts = update.iceBreakers();
    if (prompts != null) {
      body.put("prompts", prompts);
    }
    List<Command> commands = update.commands();
    if (commands != null) {
      List<Object> list = new ArrayList<>();
      for (Command c : commands) {
        Map<String, Object> command = new LinkedHashMap<>();
        command.put("command_name", c.name());
        command.put("command_description", c.description());
        list.add(command);
      }
      body.put("commands", list);
    }
    if (body.isEmpty()) {
      throw new IllegalArgumentException("update: sets no component (welcome message, ice breakers or commands)");
    }
    // The same settings twice leave the same settings.
    return GraphCall.post(updateUrl, body, true);
  }

  @SuppressWarnings("unchecked")
  private static ConversationalComponents parse(Response response) throws IOException {
    Map<String, Object> c = Json.object(Json.readObject(response.body().string()), "conversational_automation");
    List<String> prompts = new ArrayList<>();
    for (Object o : Json.list(c, "prompts")) {
      if (o != null) {
        prompts.add(o.toString());
      }
    }
    List<Command> commands = new ArrayList<>();
    for (Object o : Json.list(c, "commands")) {
      if (o instanceof Map<?, ?> m) {
        Map<String, Object> command = (Map<String, Object>) m;
        String name = Json.string(command, "command_name");
        String description = Json.string(command, "command_description");
        if (name != null && description != null) {
          commands.add(new Command(name, description));
        }
      }
    }
    return new ConversationalComponents(Boolean.TRUE.equals(Json.bool(c, "enable_welcome_message")), prompts,
        commands);
  }
}
