package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every limit of cloud-api.md §2, checked one below, at and one above: the error names the field path, the limit
 * and the offending value.
 */
class MessageValidationTest {

  private static final String TO = "+16505551234";
  /** A character outside the Basic Multilingual Plane: one code point, two Java chars. */
  private static final String GRINNING = "\uD83D\uDE00";

  private static String chars(int n) {
    return "a".repeat(n);
  }

  /** Builds with {@code max - 1} and {@code max} characters, and expects {@code max + 1} to be refused. */
  private static void assertLengthLimit(String path, int max, IntFunction<?> build) {
    assertThatCode(() -> build.apply(max - 1)).doesNotThrowAnyException();
    assertThatCode(() -> build.apply(max)).doesNotThrowAnyException();
    assertThatThrownBy(() -> build.apply(max + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(path + ": ")
        .hasMessageContaining(" to " + max + " characters")
        .hasMessageContaining("was " + (max + 1));
  }

  /** Builds with {@code max - 1} and {@code max} entries, and expects {@code max + 1} to be refused. */
  private static void assertCountLimit(String path, int max, IntFunction<?> build) {
    assertThatCode(() -> build.apply(max - 1)).doesNotThrowAnyException();
    assertThatCode(() -> build.apply(max)).doesNotThrowAnyException();
    assertThatThrownBy(() -> build.apply(max + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(path + ": ")
        .hasMessageContaining(" to " + max + " ")
        .hasMessageContaining("was " + (max + 1));
  }

  private static void assertRefused(Supplier<?> build, String path, String... fragments) {
    assertThatThrownBy(build::get)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(path + ": ")
        .hasMessageContainingAll(fragments);
  }

  @Nested
  class Common {
    @Test
    void textBodyIsAtMost4096CodePoints() {
      assertLengthLimit("text.body", 4096, n -> Message.text(TO, chars(n)));
    }

    @Test
    void lengthsCountCodePointsNotJavaChars() {
      // 4,096 emoji are 8,192 Java chars but 4,096 characters for Meta.
      assertThatCode(() -> Message.text(TO, GRINNING.repeat(4096))).doesNotThrowAnyException();
      assertRefused(() -> Message.text(TO, GRINNING.repeat(4097)), "text.body", "was 4097");
    }

    @Test
    void textBodyMustNotBeEmptyOrBlank() {
      assertRefused(() -> Message.text(TO, ""), "text.body", "1 to 4096", "was 0");
      assertRefused(() -> Message.text(TO, "  "), "text.body", "blank");
    }

    @Test
    void longValuesAreShortenedInTheMessage() {
      assertThatThrownBy(() -> Message.text(TO, chars(5000)))
          .hasMessageContaining("'" + chars(40) + "...'")
          .hasMessageNotContaining(chars(41));
    }

    @Test
    void bizOpaqueCallbackDataIsAtMost512() {
      assertLengthLimit("biz_opaque_callback_data", 512,
          n -> TextMessage.builder().to(TO).body("hi").bizOpaqueCallbackData(chars(n)).build());
    }

    @Test
    void missingRecipientOrRequiredFieldIsNamed() {
      assertRefused(() -> TextMessage.builder().body("hi").build(), "to", "recipient is required");
      assertRefused(() -> TextMessage.builder().to(TO).build(), "text.body", "required");
      assertRefused(() -> ImageMessage.builder().to(TO).build(), "image", "required");
      assertRefused(() -> TemplateMessage.builder().to(TO).language("en").build(), "template.name", "required");
    }

    @Test
    void replyContextMustNotBeBlank() {
      assertRefused(() -> TextMessage.builder().to(TO).body("hi").replyTo(" ").build(), "context.message_id",
          "blank");
    }

    @Test
    void extraValuesMustBeJson() {
      assertRefused(() -> TextMessage.builder().to(TO).body("hi").putExtraField("when", new Object()).build(),
          "extraFields.when", "not a JSON value", "java.lang.Object");
      assertRefused(() -> TextMessage.builder().to(TO).body("hi")
              .putExtraTypeField("nested", Map.of("list", List.of(1, new StringBuilder()))).build(),
          "extraTypeFields.nested.list[1]", "not a JSON value");
      assertRefused(() -> TextMessage.builder().to(TO).body("hi").putExtraField(" ", 1).build(),
          "extraFields", "blank");
    }

    @Test
    void recipientsAreValidated() {
      assertRefused(() -> Message.text("+49 151 abc", "hi"), "to", "E.164");
      assertRefused(() -> Message.text("+1234567890123456", "hi"), "to", "15 digits");
      assertRefused(() -> Recipient.userId("13491208655302741918"), "recipient", "US.13491208655302741918");
      assertThat(Recipient.phoneNumber("+49 15112345678").value()).isEqualTo("4915112345678");
    }
  }

  @Nested
  class Media {
    @Test
    void captionIsAtMost1024ForImageVideoAndDocument() {
      MediaSource id = MediaSource.id("1");
      assertLengthLimit("image.caption", 1024, n -> Message.image(TO, id, chars(n)));
      assertLengthLimit("video.caption", 1024,
          n -> VideoMessage.builder().to(TO).media(id).caption(chars(n)).build());
      assertLengthLimit("document.caption", 1024,
          n -> DocumentMessage.builder().to(TO).media(id).caption(chars(n)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/a.png", "example.com/a.png", "/img/a.png", "https://", "not a url"})
    void linkMustBeAnAbsoluteHttpUrl(String link) {
      assertRefused(() -> MediaSource.link(link), "link", "http:// or https://", link);
    }

    @Test
    void httpAndHttpsLinksAreAccepted() {
      assertThat(MediaSource.link("http://example.com/a.png").link()).isEqualTo("http://example.com/a.png");
      assertThat(MediaSource.link("https://example.com/a.png?x=1").link()).isEqualTo("https://example.com/a.png?x=1");
    }

    @Test
    void mediaIdMustNotBeBlank() {
      assertRefused(() -> MediaSource.id(""), "id", "was 0");
    }

    @Test
    void stickerAndAudioTakeNoCaptionEvenThroughExtraFields() {
      MediaSource id = MediaSource.id("1");
      assertRefused(() -> StickerMessage.builder().to(TO).media(id).putExtraTypeField("caption", "x").build(),
          "sticker.caption", "cannot have a caption");
      assertRefused(() -> AudioMessage.builder().to(TO).media(id).putExtraTypeField("caption", "x").build(),
          "audio.caption", "cannot have a caption");
    }
  }

  @Nested
  class LocationAndContacts {
    @Test
    void latitudeIsBetweenMinus90And90() {
      assertThatCode(() -> Message.location(TO, -90, 0)).doesNotThrowAnyException();
      assertThatCode(() -> Message.location(TO, 90, 0)).doesNotThrowAnyException();
      assertRefused(() -> Message.location(TO, 90.0001, 0), "location.latitude", "-90.0 and 90.0", "90.0001");
      assertRefused(() -> Message.location(TO, -90.0001, 0), "location.latitude", "-90.0001");
      assertRefused(() -> Message.location(TO, Double.NaN, 0), "location.latitude", "NaN");
    }

    @Test
    void longitudeIsBetweenMinus180And180() {
      assertThatCode(() -> Message.location(TO, 0, -180)).doesNotThrowAnyException();
      assertThatCode(() -> Message.location(TO, 0, 180)).doesNotThrowAnyException();
      assertRefused(() -> Message.location(TO, 0, 180.5), "location.longitude", "-180.0 and 180.0", "180.5");
    }

    @Test
    void atMost257Contacts() {
      assertCountLimit("contacts", 257, n -> Message.contacts(TO,
          Collections.nCopies(n, Contact.builder("Jane Doe").build()).toArray(new Contact[0])));
      assertRefused(() -> Message.contacts(TO), "contacts", "1 to 257", "was 0");
    }

    @Test
    void formattedNameIsRequired() {
      assertRefused(() -> Message.contacts(TO, Contact.builder("Jane").build(), Contact.builder(" ").build()),
          "contacts[1].name.formatted_name", "blank");
      assertRefused(() -> Message.contacts(TO, Contact.builder("Jane")
              .phone(new Contact.Phone("", "WORK", null)).build()),
          "contacts[0].phones[0].phone", "was 0");
    }

    @Test
    void contactsTakeNoExtraTypeFields() {
      assertRefused(() -> ContactsMessage.builder().to(TO).contact(Contact.builder("Jane").build())
          .putExtraTypeField("x", 1).build(), "contacts", "JSON array", "[x]");
    }
  }

  @Nested
  class Reactions {
    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDC4D", "\u2764\uFE0F", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        "\uD83C\uDDE9\uD83C\uDDEA", "1\uFE0F\u20E3", "\uD83D\uDC4D\uD83C\uDFFD", ""})
    void oneEmojiOrEmptyIsAccepted(String emoji) {
      assertThat(Message.reaction(TO, "wamid.1", emoji).emoji()).isEqualTo(emoji);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD83D\uDC4D\uD83D\uDC4D", "a", "ok", "1", " \uD83D\uDC4D"})
    void anythingButOneEmojiIsRefused(String emoji) {
      assertRefused(() -> Message.reaction(TO, "wamid.1", emoji), "reaction.emoji", "exactly one emoji");
    }

    @Test
    void removalIsAnEmptyEmoji() {
      assertThat(Message.removeReaction(TO, "wamid.1").isRemoval()).isTrue();
      assertRefused(() -> Message.reaction(TO, " ", "\uD83D\uDC4D"), "reaction.message_id", "blank");
    }
  }

  @Nested
  class ReplyButtons {
    private ReplyButtonsMessage.Builder base() {
      return ReplyButtonsMessage.builder().to(TO).body("Pick one");
    }

    private ReplyButtonsMessage withButtons(int count) {
      ReplyButtonsMessage.Builder builder = base();
      IntStream.range(0, count).forEach(i -> builder.button("id" + i, "Title " + i));
      return builder.build();
    }

    @Test
    void oneToThreeButtons() {
      assertCountLimit("interactive.action.buttons", 3, this::withButtons);
      assertRefused(() -> withButtons(0), "interactive.action.buttons", "1 to 3", "was 0");
    }

    @Test
    void titleIsAtMost20() {
      assertLengthLimit("interactive.action.buttons[1].reply.title", 20,
          n -> base().button("a", "A").button("b", chars(n)).build());
    }

    @Test
    void idIsAtMost256() {
      assertLengthLimit("interactive.action.buttons[0].reply.id", 256,
          n -> base().button(chars(n), "A").build());
    }

    @Test
    void idsAndTitlesAreUnique() {
      assertRefused(() -> base().button("same", "A").button("same", "B").build(),
          "interactive.action.buttons[1].reply.id", "unique", "'same'");
      assertRefused(() -> base().button("a", "Same").button("b", "Same").build(),
          "interactive.action.buttons[1].reply.title", "unique", "'Same'");
    }

    @Test
    void idHasNoLeadingOrTrailingSpaces() {
      assertRefused(() -> base().button(" yes", "Yes").build(), "interactive.action.buttons[0].reply.id",
          "leading or trailing spaces", "' yes'");
      assertRefused(() -> base().button("yes ", "Yes").build(), "interactive.action.buttons[0].reply.id",
          "leading or trailing spaces");
    }

    @Test
    void headerTextIsAtMost60BodyAtMost1024FooterAtMost60() {
      assertLengthLimit("interactive.header.text", 60,
          n -> base().header(InteractiveHeader.text(chars(n))).button("a", "A").build());
      assertLengthLimit("interactive.body.text", 1024,
          n -> ReplyButtonsMessage.builder().to(TO).body(chars(n)).button("a", "A").build());
      assertLengthLimit("interactive.footer.text", 60, n -> base().footer(chars(n)).button("a", "A").build());
    }
  }

  @Nested
  class Lists {
    private ListMessage.Builder base() {
      return ListMessage.builder().to(TO).body("Pick").button("Options");
    }

    private static List<ListMessage.Row> rows(String prefix, int count) {
      List<ListMessage.Row> rows = new ArrayList<>();
      IntStream.range(0, count).forEach(i -> rows.add(ListMessage.Row.of(prefix + i, "Row " + i)));
      return rows;
    }

    @Test
    void atMost10Sections() {
      assertCountLimit("interactive.action.sections", 10, n -> {
        ListMessage.Builder builder = base();
        IntStream.range(0, n).forEach(s -> builder.section(new ListMessage.Section("S" + s, rows("s" + s + "-", 1))));
        return builder.build();
      });
    }

    @Test
    void atMost10RowsAcrossAllSections() {
      IntFunction<ListMessage> build = n -> base()
          .section(new ListMessage.Section("A", rows("a", 5)))
          .section(new ListMessage.Section("B", rows("b", n - 5)))
          .build();
      assertThatCode(() -> build.apply(9)).doesNotThrowAnyException();
      assertThatCode(() -> build.apply(10)).doesNotThrowAnyException();
      assertRefused(() -> build.apply(11), "interactive.action.sections", "at most 10 rows in total", "was 11");
    }

    @Test
    void everySectionHasRows() {
      assertRefused(() -> base().section(new ListMessage.Section(null, List.of())).build(),
          "interactive.action.sections[0].rows", "1 to 10", "was 0");
    }

    @Test
    void bodyIsAtMost4096() {
      assertLengthLimit("interactive.body.text", 4096, n -> ListMessage.builder().to(TO).body(chars(n))
          .button("Options").section(new ListMessage.Section(null, rows("r", 1))).build());
    }

    @Test
    void buttonLabelIsAtMost20() {
      assertLengthLimit("interactive.action.button", 20, n -> ListMessage.builder().to(TO).body("b")
          .button(chars(n)).section(new ListMessage.Section(null, rows("r", 1))).build());
    }

    @Test
    void headerAndFooterAreAtMost60() {
      assertLengthLimit("interactive.header.text", 60,
          n -> base().header(chars(n)).section(new ListMessage.Section(null, rows("r", 1))).build());
      assertLengthLimit("interactive.footer.text", 60,
          n -> base().footer(chars(n)).section(new ListMessage.Section(null, rows("r", 1))).build());
    }

    @Test
    void rowIdIsAtMost200TitleAtMost24DescriptionAtMost72() {
      assertLengthLimit("interactive.action.sections[0].rows[0].id", 200,
          n -> base().section(ListMessage.Section.of("A", ListMessage.Row.of(chars(n), "t"))).build());
      assertLengthLimit("interactive.action.sections[0].rows[0].title", 24,
          n -> base().section(ListMessage.Section.of("A", ListMessage.Row.of("id", chars(n)))).build());
      assertLengthLimit("interactive.action.sections[0].rows[0].description", 72,
          n -> base().section(ListMessage.Section.of("A", new ListMessage.Row("id", "t", chars(n)))).build());
    }

    @Test
    void rowIdsAreUniqueAcrossSections() {
      assertRefused(() -> base()
              .section(ListMessage.Section.of("A", ListMessage.Row.of("x", "One")))
              .section(ListMessage.Section.of("B", ListMessage.Row.of("x", "Two"))).build(),
          "interactive.action.sections[1].rows[0].id", "unique", "'x'");
    }

    @Test
    void sectionTitleIsAtMost24AndRequiredWithSeveralSections() {
      assertLengthLimit("interactive.action.sections[0].title", 24,
          n -> base().section(ListMessage.Section.of(chars(n), ListMessage.Row.of("id", "t"))).build());
      assertThatCode(() -> base().section(new ListMessage.Section(null, rows("r", 2))).build())
          .doesNotThrowAnyException();
      assertRefused(() -> base()
              .section(ListMessage.Section.of("A", ListMessage.Row.of("a", "t")))
              .section(new ListMessage.Section(null, rows("b", 1))).build(),
          "interactive.action.sections[1].title", "required when a list has more than one section", "2");
    }
  }

  @Nested
  class CtaUrlFlowAndLocationRequest {
    @Test
    void ctaDisplayTextIsAtMost20() {
      assertLengthLimit("interactive.action.parameters.display_text", 20,
          n -> Message.ctaUrl(TO, "Body", chars(n), "https://example.com"));
    }

    @Test
    void ctaUrlMustBeHttp() {
      assertRefused(() -> Message.ctaUrl(TO, "Body", "Open", "mailto:a@example.com"),
          "interactive.action.parameters.url", "http:// or https://", "mailto:a@example.com");
    }

    private FlowMessage.Builder flow() {
      return FlowMessage.builder().to(TO).body("Body").flowId("1").flowCta("Open").navigate("START");
    }

    @Test
    void flowCtaIsOneTo30WithoutEmoji() {
      assertLengthLimit("interactive.action.parameters.flow_cta", 30, n -> flow().flowCta(chars(n)).build());
      assertRefused(() -> flow().flowCta("").build(), "interactive.action.parameters.flow_cta", "was 0");
      assertRefused(() -> flow().flowCta("Go " + GRINNING).build(), "interactive.action.parameters.flow_cta",
          "emoji");
    }

    @Test
    void exactlyOneOfFlowIdAndFlowName() {
      assertRefused(() -> FlowMessage.builder().to(TO).body("b").flowCta("Open").navigate("S").build(),
          "interactive.action.parameters.flow_id/flow_name", "exactly one");
      assertRefused(() -> new FlowMessage(Recipient.phoneNumber(TO), null, "b", null, "3", null, "1", "name",
              "Open", null, null, "S", null, Envelope.EMPTY),
          "interactive.action.parameters.flow_id/flow_name", "flow_id=1, flow_name=name");
      assertThat(flow().flowName("by_name").build().flowId()).isNull();
    }

    @Test
    void navigateMayLeaveOutThePayloadAndDataExchangeTakesNoPayload() {
      FlowMessage minimal = FlowMessage.builder().to(TO).body("b").flowId("1").flowCta("Open").build();
      assertThat(minimal.flowAction()).isNull();
      assertThat(minimal.screen()).isNull();
      assertRefused(() -> FlowMessage.builder().to(TO).body("b").flowId("1").flowCta("Open").navigate(" ").build(),
          "interactive.action.parameters.flow_action_payload.screen", "must not be blank");
      assertRefused(() -> new FlowMessage(Recipient.phoneNumber(TO), null, "b", null, "3", null, "1", null,
              "Open", null, FlowMessage.FlowAction.DATA_EXCHANGE, "S", null, Envelope.EMPTY),
          "interactive.action.parameters.flow_action_payload", "data_exchange");
      assertRefused(() -> flow().navigate("S", Map.of()).build(),
          "interactive.action.parameters.flow_action_payload.data", "non-empty");
    }

    @Test
    void locationRequestBodyIsAtMost1024() {
      assertLengthLimit("interactive.body.text", 1024, n -> Message.locationRequest(TO, chars(n)));
    }
  }

  @Nested
  class Templates {
    private TemplateMessage.Builder base() {
      return TemplateMessage.builder().to(TO).name("order_update").language("en_US");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Order_Update", "order-update", "order update", ""})
    void nameIsLowercaseLettersDigitsAndUnderscores(String name) {
      assertThatThrownBy(() -> base().name(name).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("template.name: ");
    }

    @Test
    void nameIsAtMost512() {
      assertLengthLimit("template.name", 512, n -> base().name(chars(n)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "EN", "en-US", "e"})
    void languageIsALanguageCode(String language) {
      assertRefused(() -> base().language(language).build(), "template.language.code", "'" + language + "'");
    }

    @Test
    void languageAccessorsForThePolicyEngine() {
      TemplateMessage message = base().language("zh_CN").build();
      assertThat(message.name()).isEqualTo("order_update");
      assertThat(message.language()).isEqualTo("zh_CN");
    }

    @Test
    void headerTextParameterIsAtMost60() {
      assertLengthLimit("template.components[0].parameters[0].text", 60,
          n -> base().header(TemplateParameter.text(chars(n))).build());
    }

    @Test
    void parameterNameIsAtMost20LowercaseLettersAndUnderscores() {
      IntFunction<TemplateMessage> build = n -> base().body(TemplateParameter.text("x").named(chars(n))).build();
      assertThatCode(() -> build.apply(19)).doesNotThrowAnyException();
      assertThatCode(() -> build.apply(20)).doesNotThrowAnyException();
      assertRefused(() -> build.apply(21), "template.components[0].parameters[0].parameter_name", "1 to 20",
          chars(21));
      for (String bad : List.of("First_name", "first1", "first-name", "")) {
        assertRefused(() -> base().body(TemplateParameter.text("x").named(bad)).build(),
            "template.components[0].parameters[0].parameter_name", "lowercase letters");
      }
    }

    @Test
    void namedAndPositionalAreNotMixedInOneComponent() {
      assertRefused(() -> base().body(TemplateParameter.text("a").named("first"), TemplateParameter.text("b"))
          .build(), "template.components[0].parameters[1].parameter_name", "cannot be mixed");
      assertRefused(() -> base().body(TemplateParameter.text("a"), TemplateParameter.dateTime("b").named("when"))
          .build(), "template.components[0].parameters[1].parameter_name", "cannot be mixed");
      // Named header and positional body are separate components: allowed.
      assertThatCode(() -> base().header(TemplateParameter.text("h").named("title"))
          .body(TemplateParameter.text("b")).build()).doesNotThrowAnyException();
    }

    @Test
    void parameterNamesAreUniqueWithinAComponent() {
      assertRefused(() -> base().body(TemplateParameter.text("a").named("name"),
              TemplateParameter.text("b").named("name")).build(),
          "template.components[0].parameters[1].parameter_name", "unique", "'name'");
    }

    @Test
    void bodyTextParameterHasNoNewLinesTabsOrLongSpaceRuns() {
      assertThatCode(() -> base().body(TemplateParameter.text("a    b")).build()).doesNotThrowAnyException();
      assertRefused(() -> base().body(TemplateParameter.text("a     b")).build(),
          "template.components[0].parameters[0].text", "4 consecutive spaces");
      assertRefused(() -> base().body(TemplateParameter.text("a\nb")).build(),
          "template.components[0].parameters[0].text", "new lines");
      assertRefused(() -> base().body(TemplateParameter.text("")).build(),
          "template.components[0].parameters[0].text", "was 0");
    }

    @Test
    void currencyCodeIsIso4217() {
      assertRefused(() -> base().body(TemplateParameter.currency("$1", "usd", 1000)).build(),
          "template.components[0].parameters[0].currency.code", "ISO 4217", "'usd'");
    }

    @Test
    void aGroupIdParameterIsAGroupId() {
      assertRefused(() -> base().body(TemplateParameter.groupId("../messages")).build(),
          "template.components[0].parameters[0].group_id", "group id of the Groups API", "'../messages'");
    }

    @Test
    void otpIsAtMost15() {
      assertLengthLimit("authenticationCode", 15,
          n -> base().authenticationCode("1".repeat(n)).build());
    }

    @Test
    void couponCodeIsAtMost15LettersAndDigits() {
      IntFunction<TemplateMessage> build = n -> base().button(TemplateButton.copyCode(0, "A".repeat(n))).build();
      assertThatCode(() -> build.apply(14)).doesNotThrowAnyException();
      assertThatCode(() -> build.apply(15)).doesNotThrowAnyException();
      assertRefused(() -> build.apply(16), "template.components[0].parameters[0].coupon_code", "1 to 15",
          "A".repeat(16));
      assertRefused(() -> base().button(TemplateButton.copyCode(0, "SAVE-20")).build(),
          "template.components[0].parameters[0].coupon_code", "letters and digits", "'SAVE-20'");
    }

    @Test
    void buttonIndexIsZeroToNineAndGivenOnce() {
      assertThatCode(() -> base().button(TemplateButton.url(9, "x")).build()).doesNotThrowAnyException();
      assertRefused(() -> base().button(TemplateButton.url(10, "x")).build(), "template.components[0].index",
          "0 to 9", "was 10");
      assertRefused(() -> base().button(TemplateButton.url(-1, "x")).build(), "template.components[0].index",
          "was -1");
      assertRefused(() -> base().button(TemplateButton.url(1, "x")).button(TemplateButton.quickReply(1, "p"))
          .build(), "template.components[1].index", "more than once");
    }

    @Test
    void oneHeaderAndOneBodyAtMost() {
      List<TemplateComponent> twoBodies = List.of(TemplateComponent.body(TemplateParameter.text("a")),
          TemplateComponent.body(TemplateParameter.text("b")));
      assertRefused(() -> new TemplateMessage(Recipient.phoneNumber(TO), "n", "en", false, twoBodies,
          Envelope.EMPTY), "template.components[1]", "at most one body");
      List<TemplateComponent> twoHeaders = List.of(TemplateComponent.header(TemplateParameter.text("a")),
          TemplateComponent.header(TemplateParameter.text("b")));
      assertRefused(() -> new TemplateMessage(Recipient.phoneNumber(TO), "n", "en", false, twoHeaders,
          Envelope.EMPTY), "template.components[1]", "at most one header");
    }

    @Test
    void headerLocationIsInRange() {
      assertRefused(() -> base().header(TemplateParameter.location(91, 0, null, null)).build(),
          "template.components[0].parameters[0].location.latitude", "91.0");
    }
  }

  @Test
  void aMessageWithoutExtrasSharesTheEmptyEnvelopeAndOneWithExtrasKeepsThem() {
    // the send path relies on this to allocate no empty-map copies per message
    assertThat(Message.text("+4915112345678", "hi").envelope()).isSameAs(Envelope.EMPTY);
    TextMessage withExtra = TextMessage.builder().to("+4915112345678").body("hi")
        .putExtraField("recipient_type", "individual").build();
    assertThat(withExtra.envelope().extraFields()).containsExactly(Map.entry("recipient_type", "individual"));
    assertThat(TextMessage.builder().to("+4915112345678").body("hi").replyTo("wamid.X").build().envelope())
        .isNotSameAs(Envelope.EMPTY)
        .extracting(Envelope::contextMessageId).isEqualTo("wamid.X");
  }

  @Test
  void aTagOnAnUntaggedResultIsReadBackAndReplacedOrRemovedLater() {
    SendResult plain = new SendResult("wamid.A", "+4915112345678", "4915112345678", null, null);
    SendResult tagged = plain.withTag(String.class, "first");
    assertThat(tagged.tag(String.class)).isEqualTo("first");
    assertThat(tagged.withTag(String.class, "second").tag(String.class)).isEqualTo("second");
    assertThat(tagged.withTag(Integer.class, 7).tags()).containsOnlyKeys(String.class, Integer.class);
    assertThat(tagged.withTag(String.class, null).tags()).isEmpty();
    assertThat(plain.withTag(String.class, null)).isEqualTo(plain);
  }
}
