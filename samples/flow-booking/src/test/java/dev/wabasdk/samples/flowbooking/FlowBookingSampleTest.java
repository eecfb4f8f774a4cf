package dev.wabasdk.samples.flowbooking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sample runs end to end: the endpoint booked what the fake user entered, and the reply carries it. */
class FlowBookingSampleTest {
  @Test
  void aFakeUserBooksAnAppointmentThroughTheEncryptedEndpoint() throws Exception {
    FlowBookingSample.Result result = FlowBookingSample.run();

    assertThat(result.bookings()).containsExactly(
        new BookingEndpoint.Booking("booking-4915112345678", "Ada Lovelace", "dental", "2024-05-02"));
    assertThat(result.reply().type()).isEqualTo("interactive");
    assertThat(result.reply().message()).contains("nfm_reply")
        .contains("\\\"booking_id\\\":\\\"B-1\\\"").contains("\\\"flow_token\\\":\\\"booking-4915112345678\\\"");
  }
}
