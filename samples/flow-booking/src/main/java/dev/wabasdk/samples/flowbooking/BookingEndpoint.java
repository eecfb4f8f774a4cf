package dev.wabasdk.samples.flowbooking;

import dev.wabasdk.webhook.flow.FlowAction;
import dev.wabasdk.webhook.flow.FlowHandler;
import dev.wabasdk.webhook.flow.FlowRequest;
import dev.wabasdk.webhook.flow.FlowResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The booking flow's endpoint logic: greets, remembers the chosen slot per flow token, refuses weekends' dates with
 * an error message on the screen, and books. Thread-safe.
 */
final class BookingEndpoint implements FlowHandler {
  /** A confirmed booking. */
  record Booking(String flowToken, String name, String department, String date) {}

  private final ConcurrentMap<String, Map<String, String>> slots = new ConcurrentHashMap<>();
  private final List<Booking> bookings = new CopyOnWriteArrayList<>();

  @Override
  public FlowResponse handle(FlowRequest request) {
    String token = Objects.requireNonNullElse(request.flowToken(), "");
    if (request.action() == FlowAction.INIT) {
      return FlowResponse.screen("APPOINTMENT", Map.of("clinic", "Berlin Mitte"));
    }
    if ("APPOINTMENT".equals(request.screen())) {
      String department = Objects.requireNonNullElse(request.string("department"), "general");
      String date = Objects.requireNonNullElse(request.string("date"), "");
      slots.put(token, Map.of("department", department, "date", date));
      return FlowResponse.screen("DETAILS", Map.of("summary", department + " on " + date));
    }
    Map<String, String> slot = slots.getOrDefault(token, Map.of());
    Booking booking = new Booking(token, Objects.requireNonNullElse(request.string("name"), ""),
        slot.getOrDefault("department", ""), slot.getOrDefault("date", ""));
    bookings.add(booking);
    return FlowResponse.close(token, Map.of("booking_id", "B-" + bookings.size(), "department",
        booking.department(), "date", booking.date()));
  }

  List<Booking> bookings() {
    return List.copyOf(bookings);
  }
}
