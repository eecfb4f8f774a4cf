package dev.wabasdk.qr;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static dev.wabasdk.GraphServerExtension.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QrCodesApiTest {
  private static final String PATH = "/v26.0/" + PHONE_NUMBER_ID + "/message_qrdls";

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void createsACodeAndReadsMetasDocumentedAnswer() throws Exception {
    // given: the create answer of Meta's QR codes guide
    graph.enqueue(200, """
        {"code":"4O4YGZEG3RIVE1","prefilled_message":"Cyber Monday","deep_link_url":"https://wa.me/message/4O4YGZEG3RIVE1",
         "qr_image_url":"https://scontent-iad3-2.xx.fbcdn.net/m1/v/t6/An95.svg"}""");

    // when
    QrCode qr = graph.client().qrCodes().create("Cyber Monday", QrImageFormat.SVG);

    // then
    assertThat(qr).isEqualTo(new QrCode("4O4YGZEG3RIVE1", "Cyber Monday", "https://wa.me/message/4O4YGZEG3RIVE1",
        "https://scontent-iad3-2.xx.fbcdn.net/m1/v/t6/An95.svg"));
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo(PATH);
    GraphServerExtension.assertHeaders(request);
    assertThat(request.getBody().utf8())
        .isEqualTo(compact("{\"prefilled_message\":\"Cyber Monday\",\"generate_qr_image\":\"SVG\"}"));
  }

  @Test
  void listsEveryCodeOfTheNumber() throws Exception {
    // given: the list answer of Meta's QR codes guide
    graph.enqueue(200, """
        {"data":[{"code":"ANOVZ6RINRD7G1","prefilled_message":"I need help with my account.",
          "deep_link_url":"https://wa.me/message/ANOVZ6RINRD7G1"},
          {"code":"TNGSHG326AIHH1","prefilled_message":"What are your store hours?",
          "deep_link_url":"https://wa.me/message/TNGSHG326AIHH1"}]}""");

    List<QrCode> codes = graph.client().qrCodes().listAsync().get(5, TimeUnit.SECONDS);

    assertThat(codes).extracting(QrCode::code).containsExactly("ANOVZ6RINRD7G1", "TNGSHG326AIHH1");
    assertThat(codes.get(1).prefilledMessage()).isEqualTo("What are your store hours?");
    assertThat(codes.get(0).qrImageUrl()).isNull();
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo(PATH);
  }

  @Test
  void getsOneCodeWithItsImageInTheAskedFormat() throws Exception {
    graph.enqueue(200, """
        {"data":[{"code":"ANOVZ6RINRD7G1","prefilled_message":"I need help with my account.",
          "deep_link_url":"https://wa.me/message/ANOVZ6RINRD7G1","qr_image_url":"https://scontent.example/qr.png"}]}""");

    QrCode qr = graph.client().qrCodes().get("ANOVZ6RINRD7G1", QrImageFormat.PNG);

    assertThat(qr.qrImageUrl()).isEqualTo("https://scontent.example/qr.png");
    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo(PATH + "/ANOVZ6RINRD7G1");
    assertThat(request.getUrl().queryParameter("fields"))
        .isEqualTo("code,prefilled_message,deep_link_url,qr_image_url.format(PNG)");
  }

  @Test
  void updatesTheMessageOfACodeByItsCode() throws Exception {
    graph.enqueue(200, """
        {"code":"ANOVZ6RINRD7G1","prefilled_message":"Show me Cyber Tuesday deals!",
         "deep_link_url":"https://wa.me/message/ANOVZ6RINRD7G1"}""");

    QrCode qr = graph.client().qrCodes().update("ANOVZ6RINRD7G1", "Show me Cyber Tuesday deals!");

    assertThat(qr.prefilledMessage()).isEqualTo("Show me Cyber Tuesday deals!");
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo(PATH);
    assertThat(request.getBody().utf8()).isEqualTo(
        "{\"prefilled_message\":\"Show me Cyber Tuesday deals!\",\"code\":\"ANOVZ6RINRD7G1\"}");
  }

  @Test
  void deletesACode() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().qrCodes().delete("ANOVZ6RINRD7G1");

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getUrl().encodedPath()).isEqualTo(PATH + "/ANOVZ6RINRD7G1");
  }

  @Test
  void aMessageOverMetasLimitIsRefusedBeforeAnyRequest() {
    String tooLong = "x".repeat(QrCodesApi.MAX_PREFILLED_MESSAGE_LENGTH + 1);

    assertThatThrownBy(() -> graph.client().qrCodes().create(tooLong, QrImageFormat.PNG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prefilled_message: at most 140 characters, was 141");
    assertThatThrownBy(() -> graph.client().qrCodes().update("ABC", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefilled_message");
    assertThatThrownBy(() -> graph.client().qrCodes().delete("../x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
    assertThat(graph.server().getRequestCount()).isZero();
  }
}
