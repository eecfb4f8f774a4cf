package dev.wabasdk.group;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaNetworkException;
import dev.wabasdk.message.Envelope;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.PinMessage;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Groups API on the wire, against the bodies in Meta's Groups API reference. */
class GroupsApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String GROUP = "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD";

  private static String target(RecordedRequest request) {
    String query = request.getUrl().encodedQuery();
    return request.getMethod() + " " + request.getUrl().encodedPath() + (query == null ? "" : "?" + query);
  }

  private static String body(RecordedRequest request) {
    return request.getBody().utf8();
  }

  @Test
  void createsAGroupAndReturnsMetasRequestId() throws Exception {
    graph.enqueue(200, "{\"request_id\":\"b3BlbnJlcXVlc3Q\"}");

    String requestId = graph.client().groups().create(NewGroup.of("  New Purchase Inquiry ")
        .withDescription("Jim, an existing client, would like to purchase a new product")
        .withJoinApprovalMode(JoinApprovalMode.APPROVAL_REQUIRED));

    assertThat(requestId).isEqualTo("b3BlbnJlcXVlc3Q");
    RecordedRequest request = graph.take();
    assertThat(target(request)).isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID + "/groups");
    GraphServerExtension.assertHeaders(request);
    assertThat(body(request)).isEqualTo(GraphServerExtension.compact("""
        {"messaging_product":"whatsapp","subject":"New Purchase Inquiry",
         "description":"Jim, an existing client, would like to purchase a new product",
         "join_approval_mode":"approval_required"}"""));
  }

  @Test
  void getsAndResetsTheInviteLink() throws Exception {
    graph.enqueue(200, "{\"messaging_product\":\"whatsapp\",\"invite_link\":\"https://chat.whatsapp.com/ABC\"}");
    graph.enqueue(200, "{\"messaging_product\":\"whatsapp\",\"invite_link\":\"https://chat.whatsapp.com/DEF\"}");

    assertThat(graph.client().groups().inviteLink(GROUP)).isEqualTo("https://chat.whatsapp.com/ABC");
    assertThat(graph.client().groups().resetInviteLinkAsync(GROUP).get(5, TimeUnit.SECONDS))
        .isEqualTo("https://chat.whatsapp.com/DEF");

    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + GROUP + "/invite_link");
    RecordedRequest reset = graph.take();
    assertThat(target(reset)).isEqualTo("POST /v26.0/" + GROUP + "/invite_link");
    assertThat(body(reset)).isEqualTo("{\"messaging_product\":\"whatsapp\"}");
  }

  @Test
  void listsActiveGroupsAcrossPages() throws Exception {
    graph.enqueue(200, """
        {"data":{"groups":[{"id":"G1","subject":"Support","created_at":1683849600}]},
         "paging":{"cursors":{"before":"B","after":"QVFI"},"next":"https://graph.facebook.com/v26.0/x/groups?after=QVFI"}}""");
    graph.enqueue(200, """
        {"data":{"groups":[{"id":"G2","subject":"VIP","created_at":1683849700}]},"paging":{"cursors":{"before":"C"}}}""");

    List<GroupSummary> groups = graph.client().groups().listAsync().get(5, TimeUnit.SECONDS);

    assertThat(groups).containsExactly(new GroupSummary("G1", "Support", Instant.ofEpochSecond(1683849600)),
        new GroupSummary("G2", "VIP", Instant.ofEpochSecond(1683849700)));
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + PHONE_NUMBER_ID + "/groups");
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + PHONE_NUMBER_ID + "/groups?after=QVFI");
  }

  /**
   * Meta's Group management reference, "Get active groups": {@code limit} (1 to 1,024), {@code after} and
   * {@code before} cursors; the answer below is Meta's response object (with {@code previous} and {@code next}).
   */
  @Test
  void readsOnePageOfActiveGroupsWithLimitAndCursors() throws Exception {
    String metasAnswer = """
        {"data":{"groups":[{"id":"G1","subject":"Support","created_at":"1683849600"},
                           {"id":"G2","subject":"VIP","created_at":"1683849700"}]},
         "paging":{"cursors":{"after":"MTAxNTExOTQ1MjAwNzI5NDE=","before":"NDMyNzQyODI3OTQw"},
          "previous":"https://graph.facebook.com/VERSION/PHONE_NUMBER_ID/groups?limit=10&before=NDMyNzQyODI3OTQw",
          "next":"https://graph.facebook.com/VERSION/PHONE_NUMBER_ID/groups?limit=25&\
        after=MTAxNTExOTQ1MjAwNzI5NDE="}}""";
    graph.enqueue(200, metasAnswer);
    graph.enqueue(200, """
        {"data":{"groups":[{"id":"G0","subject":"Old","created_at":1683849500}]},
         "paging":{"cursors":{"after":"QQ","before":"QA"},"next":"https://graph.facebook.com/x?after=QQ"}}""");

    Page<GroupSummary> page = graph.client().groups().listPage(GroupPageRequest.first(10));
    Page<GroupSummary> previous = graph.client().groups()
        .listPageAsync(GroupPageRequest.before(page.before()).withLimit(1024)).get(5, TimeUnit.SECONDS);

    assertThat(page.items()).containsExactly(new GroupSummary("G1", "Support", Instant.ofEpochSecond(1683849600)),
        new GroupSummary("G2", "VIP", Instant.ofEpochSecond(1683849700)));
    assertThat(page.after()).isEqualTo("MTAxNTExOTQ1MjAwNzI5NDE=");
    assertThat(page.before()).isEqualTo("NDMyNzQyODI3OTQw");
    assertThat(previous.items()).extracting(GroupSummary::id).containsExactly("G0");
    assertThat(previous.hasPrevious()).as("Meta sent no paging.previous: the first page").isFalse();
    assertThat(previous.after()).isEqualTo("QQ");
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + PHONE_NUMBER_ID + "/groups?limit=10");
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + PHONE_NUMBER_ID
        + "/groups?limit=1024&before=NDMyNzQyODI3OTQw");
  }

  @Test
  void listsEveryActiveGroupLazilyWithAPageSize() throws Exception {
    graph.enqueue(200, """
        {"data":{"groups":[{"id":"G1","subject":"Support","created_at":1683849600}]},
         "paging":{"cursors":{"before":"B","after":"QVFI"},
                   "next":"https://graph.facebook.com/v26.0/x/groups?after=QVFI"}}""");
    graph.enqueue(200, """
        {"data":{"groups":[{"id":"G2","subject":"VIP","created_at":1683849700}]},
         "paging":{"cursors":{"before":"C"}}}""");

    Paged<GroupSummary> groups = graph.client().groups().listPaged(1);

    assertThat(graph.server().getRequestCount()).as("nothing is read before iteration").isZero();
    assertThat(groups.stream().map(GroupSummary::id)).containsExactly("G1", "G2");
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + PHONE_NUMBER_ID + "/groups?limit=1");
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + PHONE_NUMBER_ID + "/groups?limit=1&after=QVFI");
  }

  @Test
  void metasPagingLimitsAreCheckedBeforeAnyRequest() {
    GroupsApi groups = graph.client().groups();
    assertThatThrownBy(() -> groups.listPaged(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit: must be 1 to 1024, was 0");
    assertThatThrownBy(() -> GroupPageRequest.first(1025)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit: must be 1 to 1024, was 1025");
    assertThatThrownBy(() -> GroupPageRequest.after("QVFI").withLimit(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("limit: must be 1 to 1024, was -1");
    assertThatThrownBy(() -> new GroupPageRequest(null, "A", "B")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("after, before: at most one cursor, had both");
    assertThatThrownBy(() -> GroupPageRequest.before(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("before: must not be blank");
    assertThat(GroupPageRequest.first(1).limit()).isEqualTo(1);
    assertThat(GroupPageRequest.first(1024).limit()).isEqualTo(1024);
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void readsGroupInfoWithItsParticipants() throws Exception {
    graph.enqueue(200, """
        {"messaging_product":"whatsapp","id":"%s","subject":"Support","description":"Order help",
         "creation_timestamp":1683849600,"suspended":false,"join_approval_mode":"auto_approve",
         "total_participant_count":2,"participants":[{"wa_id":"16505551234"},{"wa_id":"4915112345678"}]}"""
        .formatted(GROUP));

    GroupInfo info = graph.client().groups().info(GROUP);

    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + GROUP + "?fields=subject%2Cdescription%2C"
        + "participants%2Cjoin_approval_mode%2Ctotal_participant_count%2Csuspended%2Ccreation_timestamp");
    assertThat(info).isEqualTo(new GroupInfo(GROUP, "Support", "Order help", JoinApprovalMode.AUTO_APPROVE, false,
        Instant.ofEpochSecond(1683849600), 2,
        List.of(WhatsAppUser.ofWaId("16505551234"), WhatsAppUser.ofWaId("4915112345678"))));
    assertThat(info.participantWaIds()).containsExactly("16505551234", "4915112345678");
  }

  /**
   * Meta's business-scoped user id page, "Get group info": participants carry {@code wa_id}, {@code user_id},
   * {@code parent_user_id} and {@code username}; {@code wa_id} is omitted for users who adopted a username.
   */
  @Test
  void keepsGroupParticipantsNamedByBusinessScopedUserIdOnly() throws Exception {
    graph.enqueue(200, """
        {"messaging_product":"whatsapp","id":"%s","subject":"Support","total_participant_count":2,
         "participants":[{"user_id":"US.13491208655302741918","parent_user_id":"US.ENT.11815799212886844830",
                          "username":"@sheena"},
                         {"wa_id":"16505551234","user_id":"US.7781120093312"}]}""".formatted(GROUP));

    GroupInfo info = graph.client().groups().infoAsync(GROUP).get(5, TimeUnit.SECONDS);

    assertThat(info.participants()).containsExactly(
        new WhatsAppUser(null, "US.13491208655302741918", "US.ENT.11815799212886844830", "@sheena"),
        new WhatsAppUser("16505551234", "US.7781120093312", null, null));
    assertThat(info.participantWaIds()).containsExactly("16505551234");
    assertThat(info.totalParticipantCount()).isEqualTo(2);
  }

  @Test
  void updatesSubjectAndDescriptionAsJson() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().groups().update(GROUP, GroupUpdate.builder().subject("Renamed").description("New text").build());

    RecordedRequest request = graph.take();
    assertThat(target(request)).isEqualTo("POST /v26.0/" + GROUP);
    assertThat(body(request)).isEqualTo(
        "{\"messaging_product\":\"whatsapp\",\"subject\":\"Renamed\",\"description\":\"New text\"}");
  }

  /** A JPEG of {@code width} x {@code height} pixels, as a camera or an image library writes one. */
  static byte[] jpeg(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
    return out.toByteArray();
  }

  /**
   * Meta's Group management reference, "Update group settings": a photo is uploaded as the Upload Media endpoint
   * takes a file, {@code -F 'messaging_product=whatsapp' -F 'file=@/media/pictures/square_pic.png'}; the Groups
   * Query API reference names the multipart part {@code file} too.
   */
  @Test
  void uploadsAPhotoAsMultipartInTheFilePart() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    byte[] jpeg = jpeg(192, 192);

    graph.client().groups().update(GROUP, GroupUpdate.builder().subject("Renamed").photoJpeg(jpeg).build());

    RecordedRequest request = graph.take();
    assertThat(target(request)).isEqualTo("POST /v26.0/" + GROUP);
    assertThat(request.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
    String form = request.getBody().string(StandardCharsets.ISO_8859_1);
    assertThat(form).contains("name=\"messaging_product\"\r\n\r\nwhatsapp\r\n")
        .contains("name=\"subject\"\r\n\r\nRenamed\r\n")
        .contains("name=\"file\"; filename=\"group.jpg\"\r\nContent-Type: image/jpeg")
        .contains(new String(jpeg, StandardCharsets.ISO_8859_1))
        .doesNotContain("profile_picture_file");
  }

  /**
   * Meta's "Group profile picture requirement": only image/jpeg, at most 5 MB, square (height = width), at least
   * 192 x 192. Checked from the image's header before anything is sent.
   */
  @Test
  void thePhotoMeetsMetasRequirementsBeforeAnyRequest() throws Exception {
    assertThatThrownBy(() -> GroupUpdate.builder().photoJpeg(jpeg(300, 200)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile_picture_file: must be square (height = width), was 300x200 pixels");
    assertThatThrownBy(() -> GroupUpdate.builder().photoJpeg(jpeg(191, 191)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile_picture_file: must be at least 192x192 pixels, was 191x191");
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "png", png);
    assertThatThrownBy(() -> GroupUpdate.builder().photoJpeg(png.toByteArray()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("profile_picture_file: must be a JPEG image (image/jpeg)");
    byte[] brokenHeader = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    assertThatThrownBy(() -> GroupUpdate.builder().photoJpeg(brokenHeader).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("profile_picture_file: unreadable JPEG header (");
    byte[] tooBig = Arrays.copyOf(jpeg(192, 192), GroupUpdate.MAX_PHOTO_BYTES + 1);
    assertThatThrownBy(() -> GroupUpdate.builder().photoJpeg(tooBig).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("profile_picture_file: must have 1 to 5242880 bytes (5 MB), had 5242881");
    assertThat(GroupUpdate.builder().photoJpeg(jpeg(640, 640)).build().photoJpeg()).isNotEmpty();
    assertThat(graph.server().getRequestCount()).isZero();
  }

  /**
   * Only the header is read: a photo whose frame header claims 60,000 x 60,000 pixels (some 10 GB decoded) and whose
   * compressed pixels are cut off is judged in an instant by its size (Meta judges the rest).
   */
  @Test
  void thePhotoIsCheckedFromItsHeaderOnly() throws Exception {
    byte[] photo = jpeg(192, 192);
    int startOfScan = -1;
    for (int i = 2; i + 8 < photo.length; i++) {
      if ((photo[i] & 0xFF) == 0xFF && (photo[i + 1] & 0xFF) == 0xC0) { // start of frame: P, height, width
        photo[i + 5] = (byte) (60_000 >> 8);
        photo[i + 6] = (byte) (60_000 & 0xFF);
        photo[i + 7] = (byte) (60_000 >> 8);
        photo[i + 8] = (byte) (60_000 & 0xFF);
      } else if ((photo[i] & 0xFF) == 0xFF && (photo[i + 1] & 0xFF) == 0xDA) {
        startOfScan = i;
        break;
      }
    }
    int scanHeaderLength = ((photo[startOfScan + 2] & 0xFF) << 8) | (photo[startOfScan + 3] & 0xFF);
    byte[] headerOnly = Arrays.copyOf(photo, startOfScan + 2 + scanHeaderLength + 16);

    assertThat(GroupUpdate.builder().photoJpeg(headerOnly).build().photoJpeg()).isEqualTo(headerOnly);
  }

  @Test
  void removesParticipantsNamedInTheBody() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().groups().removeParticipants(GROUP, List.of("+1 650 555 1234"));

    RecordedRequest request = graph.take();
    assertThat(target(request)).isEqualTo("DELETE /v26.0/" + GROUP + "/participants");
    assertThat(body(request)).isEqualTo(
        "{\"messaging_product\":\"whatsapp\",\"participants\":[{\"user\":\"16505551234\"}]}");
  }

  /** Meta's business-scoped user id page, "Remove group participants": "Will accept a user's phone number or BSUID." */
  @Test
  void removesParticipantsNamedByPhoneNumberOrBusinessScopedUserId() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().groups().removeParticipantsAsync(GROUP,
        List.of("US.13491208655302741918", "+1 650 555 1234", "US.ENT.11815799212886844830")).get(5, TimeUnit.SECONDS);

    assertThat(body(graph.take())).isEqualTo("{\"messaging_product\":\"whatsapp\",\"participants\":["
        + "{\"user\":\"US.13491208655302741918\"},{\"user\":\"16505551234\"},"
        + "{\"user\":\"US.ENT.11815799212886844830\"}]}");
  }

  @Test
  void aParticipantThatIsNeitherAPhoneNumberNorABsuidIsRefusedBeforeTheCall() {
    GroupsApi groups = graph.client().groups();
    assertThatThrownBy(() -> groups.removeParticipants(GROUP, List.of("+16505551234", "us.1349")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("participants[1].user: must be a phone number or a business-scoped user id (BSUID),"
            + " was 'us.1349'");
    assertThatThrownBy(() -> groups.removeParticipants(GROUP, List.of("16505551234x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("participants[0].user: ");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void listsApprovesAndRejectsJoinRequests() throws Exception {
    graph.enqueue(200, """
        {"data":[{"join_request_id":"JR1","wa_id":"16505551234","creation_timestamp":1683849600}],
         "paging":{"cursors":{"before":"B","after":"A"}}}""");
    graph.enqueue(200, """
        {"messaging_product":"whatsapp","approved_join_requests":["JR1"],
         "failed_join_requests":[{"join_request_id":"JR2","errors":[{"code":131203,
           "message":"Join request is no longer valid","title":"Invalid join request"}]}]}""");
    graph.enqueue(200, "{\"messaging_product\":\"whatsapp\",\"rejected_join_requests\":[\"JR3\"]}");

    List<JoinRequest> open = graph.client().groups().joinRequests(GROUP);
    JoinRequestResult approved = graph.client().groups().approveJoinRequests(GROUP, List.of("JR1", "JR2"));
    JoinRequestResult rejected = graph.client().groups().rejectJoinRequests(GROUP, List.of("JR3"));

    assertThat(open).containsExactly(new JoinRequest("JR1", "16505551234", Instant.ofEpochSecond(1683849600)));
    assertThat(approved.succeeded()).containsExactly("JR1");
    assertThat(approved.failed()).containsExactly(
        new JoinRequestResult.Failure("JR2", 131203, "Join request is no longer valid"));
    assertThat(rejected.allSucceeded()).isTrue();
    assertThat(rejected.succeeded()).containsExactly("JR3");
    assertThat(target(graph.take())).isEqualTo("GET /v26.0/" + GROUP + "/join_requests");
    RecordedRequest approve = graph.take();
    assertThat(target(approve)).isEqualTo("POST /v26.0/" + GROUP + "/join_requests");
    assertThat(body(approve)).isEqualTo("{\"messaging_product\":\"whatsapp\",\"join_requests\":[\"JR1\",\"JR2\"]}");
    RecordedRequest reject = graph.take();
    assertThat(target(reject)).isEqualTo("DELETE /v26.0/" + GROUP + "/join_requests");
    assertThat(body(reject)).isEqualTo("{\"messaging_product\":\"whatsapp\",\"join_requests\":[\"JR3\"]}");
  }

  /**
   * Meta's business-scoped user id page, "Get group join requests": items carry {@code wa_id}, {@code user_id},
   * {@code parent_user_id} and {@code username}; {@code wa_id} is omitted for users who adopted a username.
   */
  @Test
  void readsJoinRequestsOfUsersNamedByBusinessScopedUserIdOnly() throws Exception {
    graph.enqueue(200, """
        {"data":[{"join_request_id":"MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw","creation_timestamp":"1755548877",
                  "user_id":"US.13491208655302741918","parent_user_id":"US.ENT.11815799212886844830",
                  "username":"@sheena"},
                 {"join_request_id":"JR2","creation_timestamp":1755548900,"wa_id":"16505551234",
                  "user_id":"US.7781120093312"}],
         "paging":{"cursors":{"before":"B","after":"A"}}}""");

    List<JoinRequest> open = graph.client().groups().joinRequestsAsync(GROUP).get(5, TimeUnit.SECONDS);

    assertThat(open).containsExactly(
        new JoinRequest("MTY0NjcwNDM1OTU6MTIwMzYzNDA0Njk0MjMzODIw",
            new WhatsAppUser(null, "US.13491208655302741918", "US.ENT.11815799212886844830", "@sheena"),
            Instant.ofEpochSecond(1755548877)),
        new JoinRequest("JR2", new WhatsAppUser("16505551234", "US.7781120093312", null, null),
            Instant.ofEpochSecond(1755548900)));
    assertThat(open.get(0).waId()).isNull();
    assertThat(open.get(1).waId()).isEqualTo("16505551234");
  }

  /** An answer the SDK cannot read is reported as such, naming the member, and the GET is not repeated. */
  @Test
  void anUnreadableJoinRequestIsAnUnreadableAnswerNotANetworkFailure() {
    for (int i = 0; i < 3; i++) {
      graph.enqueue(200, "{\"data\":[{\"join_request_id\":\"JR1\",\"creation_timestamp\":1755548877}]}");
    }

    WabaException e = catchThrowableOfType(WabaException.class, () -> graph.client().groups().joinRequests(GROUP));

    assertThat(e).isNotInstanceOf(WabaNetworkException.class);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getMessage()).contains("GET /v26.0/" + GROUP + "/join_requests answered 200")
        .contains("$.data[0]: names no user (neither wa_id nor user_id)");
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void deletesAGroup() throws Exception {
    graph.enqueue(200, "{\"success\":true}");

    graph.client().groups().deleteAsync(GROUP).get(5, TimeUnit.SECONDS);

    assertThat(target(graph.take())).isEqualTo("DELETE /v26.0/" + GROUP);
  }

  @Test
  void sendsToAGroupWithRecipientTypeGroup() throws Exception {
    graph.enqueue(200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + GROUP + "\",\"wa_id\":\""
        + GROUP + "\"}],\"messages\":[{\"id\":\"wamid.GROUP1\"}]}");

    graph.client().messages().send(Message.text(Recipient.group(GROUP),
        "This is another destination option: https://www.luckytravel.com/DDLmU5F1Pw"));

    graph.assertSent(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"group","to":"%s","type":"text",
         "text":{"body":"This is another destination option: https://www.luckytravel.com/DDLmU5F1Pw"}}"""
        .formatted(GROUP));
  }

  /**
   * Meta's Group messaging page, "Pin and unpin group message": {@code "type": "pin"} with {@code pin.type} pin or
   * unpin, {@code message_id} and, for a pin, {@code expiration_days} (1 to 30); the answer is Meta's response body.
   */
  @Test
  void pinsAndUnpinsAGroupMessageAsMetaDocuments() throws Exception {
    String metasAnswer = """
        {"messaging_product":"whatsapp","contacts":[{"input":"%s","wa_id":"%s"}],
         "messages":[{"id":"wamid.HBgLM..."}]}""".formatted(GROUP, GROUP);
    graph.enqueue(200, metasAnswer);
    graph.enqueue(200, metasAnswer);

    SendResult pinned = graph.client().messages().send(Message.pin(Recipient.group(GROUP), "wamid.HBgLM...", 4));
    graph.client().messages().send(PinMessage.builder().to(Recipient.group(GROUP)).unpin("wamid.HBgLM...").build());

    assertThat(pinned.messageId()).isEqualTo("wamid.HBgLM...");
    // Compared as text: the JSON helper would read expiration_days back as 4.0, and Meta's table says Integer.
    RecordedRequest pin = graph.take();
    assertThat(target(pin)).isEqualTo("POST /v26.0/" + PHONE_NUMBER_ID + "/messages");
    assertThat(body(pin)).isEqualTo("{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"group\",\"to\":\""
        + GROUP + "\",\"type\":\"pin\",\"pin\":{\"type\":\"pin\",\"message_id\":\"wamid.HBgLM...\","
        + "\"expiration_days\":4}}");
    graph.assertSent(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"group","to":"%s","type":"pin",
         "pin":{"type":"unpin","message_id":"wamid.HBgLM..."}}""".formatted(GROUP));
  }

  @Test
  void aPinIsCheckedBeforeAnyRequest() {
    Recipient group = Recipient.group(GROUP);
    assertThatThrownBy(() -> Message.pin(group, "wamid.A", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pin.expiration_days: must be 1 to 30 days, was 0");
    assertThatThrownBy(() -> Message.pin(group, "wamid.A", 31)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pin.expiration_days: must be 1 to 30 days, was 31");
    assertThatThrownBy(() -> Message.pin(Recipient.phoneNumber("+16505551234"), "wamid.A", 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to: a pin goes to a group (Recipient.group(..)), was PhoneNumber 16505551234");
    assertThatThrownBy(() -> Message.unpin(group, " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pin.message_id");
    assertThatThrownBy(() -> new PinMessage(group, PinMessage.Operation.UNPIN, "wamid.A", 7, Envelope.EMPTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pin.expiration_days: only a pin lasts a number of days, not an unpin (was 7)");
    assertThatThrownBy(() -> new PinMessage(group, PinMessage.Operation.PIN, "wamid.A", null, Envelope.EMPTY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pin.expiration_days");
    assertThat(Message.pin(group, "wamid.A", 1).expirationDays()).isEqualTo(1);
    assertThat(Message.pin(group, "wamid.A", 30).expirationDays()).isEqualTo(30);
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void metasLimitsAreCheckedBeforeAnyRequest() {
    GroupsApi groups = graph.client().groups();
    assertThatThrownBy(() -> NewGroup.of("x".repeat(129))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject").hasMessageContaining("128").hasMessageContaining("129");
    assertThatThrownBy(() -> NewGroup.of("   ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subject");
    assertThatThrownBy(() -> NewGroup.of("ok").withDescription("d".repeat(2049)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2048").hasMessageContaining("2049");
    assertThatThrownBy(() -> groups.removeParticipants(GROUP, List.of("1", "2", "3", "4", "5", "6", "7", "8", "9")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participants")
        .hasMessageContaining("8").hasMessageContaining("9");
    assertThatThrownBy(() -> groups.info("../messages")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group id");
    assertThatThrownBy(() -> GroupUpdate.builder().photoJpeg(new byte[] {1, 2, 3}).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JPEG");
    assertThatThrownBy(() -> GroupUpdate.builder().build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> groups.approveJoinRequests(GROUP, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("join_requests");
    assertThat(graph.server().getRequestCount()).isZero();
  }
}
