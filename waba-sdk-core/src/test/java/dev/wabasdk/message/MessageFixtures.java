package dev.wabasdk.message;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * One message of every kind and the exact request body Meta documents for it (cloud-api.md §2), shared by the
 * encoder test and the wire test. Expected JSON is written in the SDK's field order; whitespace is insignificant.
 */
final class MessageFixtures {

  static final String TO = "+16505551234";
  static final String WAMID = "wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA";

  private MessageFixtures() {}

  /** Arguments: a named message and its expected body. */
  static Stream<Arguments> all() {
    return Stream.of(
        fixture("text", Message.text(TO, "Does it come in another color?"), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"text",
             "text":{"body":"Does it come in another color?"}}"""),
        fixture("text with preview, reply context, callback data and extra fields", TextMessage.builder()
            .to(TO)
            .body("Track it: https://example.com/track/123")
            .previewUrl(true)
            .replyTo(WAMID)
            .bizOpaqueCallbackData("order-42")
            .putExtraTypeField("future_flag", true)
            .putExtraField("future_field", Map.of("level", 2))
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234",
             "context":{"message_id":"wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA"},
             "biz_opaque_callback_data":"order-42","type":"text",
             "text":{"body":"Track it: https://example.com/track/123","preview_url":true,"future_flag":true},
             "future_field":{"level":2}}"""),
        fixture("text to a business-scoped user id", TextMessage.builder()
            .to(Recipient.userId("US.13491208655302741918")).body("hi").build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","recipient":"US.13491208655302741918",
             "type":"text","text":{"body":"hi"}}"""),
        fixture("image by id with caption", Message.image(TO, MediaSource.id("1479537139650973"), "The new model"), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"image",
             "image":{"id":"1479537139650973","caption":"The new model"}}"""),
        fixture("image by link", Message.image(TO, MediaSource.link("https://example.com/img/sofa.png")), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"image",
             "image":{"link":"https://example.com/img/sofa.png"}}"""),
        fixture("video by link with caption", VideoMessage.builder().to(TO)
            .media(MediaSource.link("https://example.com/v/tour.mp4")).caption("A quick tour").build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"video",
             "video":{"link":"https://example.com/v/tour.mp4","caption":"A quick tour"}}"""),
        fixture("audio by id", Message.audio(TO, MediaSource.id("4242")), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"audio",
             "audio":{"id":"4242"}}"""),
        fixture("voice note", Message.voice(TO, MediaSource.link("https://example.com/a/hello.ogg")), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"audio",
             "audio":{"link":"https://example.com/a/hello.ogg","voice":true}}"""),
        fixture("document with caption and filename", DocumentMessage.builder().to(TO)
            .media(MediaSource.link("https://example.com/docs/inv-7.pdf")).caption("Your invoice")
            .filename("invoice.pdf").build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"document",
             "document":{"link":"https://example.com/docs/inv-7.pdf","caption":"Your invoice",
                         "filename":"invoice.pdf"}}"""),
        fixture("sticker", Message.sticker(TO, MediaSource.id("798882015472548")), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"sticker",
             "sticker":{"id":"798882015472548"}}"""),
        fixture("location", LocationMessage.builder().to(TO).coordinates(37.44216251868683, -122.16153582049394)
            .name("Philz Coffee").address("101 Forest Ave, Palo Alto, CA 94301").build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"location",
             "location":{"latitude":37.44216251868683,"longitude":-122.16153582049394,"name":"Philz Coffee",
                         "address":"101 Forest Ave, Palo Alto, CA 94301"}}"""),
        fixture("contacts", Message.contacts(TO, Contact.builder("John Smith")
            .name(new Contact.Name("John Smith", "John", "Smith", "D.", "Jr", "Dr"))
            .phone(new Contact.Phone("+1 (940) 555-1234", "HOME", null))
            .phone(new Contact.Phone("+1 (650) 555-1234", "WORK", "16505551234"))
            .email(new Contact.Email("test@whatsapp.com", "WORK"))
            .address(new Contact.Address("1 Hacker Way", "Menlo Park", "CA", "94025", "United States", "US", "HOME"))
            .org(new Contact.Org("WhatsApp", "Design", "Manager"))
            .url(new Contact.Url("https://www.whatsapp.com", "WORK"))
            .birthday(LocalDate.of(2012, 8, 18))
            .build(), Contact.builder("Jane Doe").build()), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"contacts",
             "contacts":[
               {"name":{"formatted_name":"John Smith","first_name":"John","last_name":"Smith","middle_name":"D.",
                        "suffix":"Jr","prefix":"Dr"},
                "phones":[{"phone":"+1 (940) 555-1234","type":"HOME"},
                          {"phone":"+1 (650) 555-1234","type":"WORK","wa_id":"16505551234"}],
                "emails":[{"email":"test@whatsapp.com","type":"WORK"}],
                "addresses":[{"street":"1 Hacker Way","city":"Menlo Park","state":"CA","zip":"94025",
                              "country":"United States","country_code":"US","type":"HOME"}],
                "org":{"company":"WhatsApp","department":"Design","title":"Manager"},
                "urls":[{"url":"https://www.whatsapp.com","type":"WORK"}],
                "birthday":"2012-08-18"},
               {"name":{"formatted_name":"Jane Doe"}}]}"""),
        fixture("reaction", Message.reaction(TO, WAMID, "\uD83D\uDE00"), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"reaction",
             "reaction":{"message_id":"wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA",
                         "emoji":"\uD83D\uDE00"}}"""),
        fixture("reaction removed", Message.removeReaction(TO, WAMID), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"reaction",
             "reaction":{"message_id":"wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA","emoji":""}}"""),
        fixture("reply buttons with image header and footer", ReplyButtonsMessage.builder().to(TO)
            .header(InteractiveHeader.image(MediaSource.link("https://example.com/img/slot.png")))
            .body("Hi Pablo! Your gardening workshop is scheduled for 9am tomorrow. Use the buttons if you need to "
                + "reschedule. Thank you!")
            .footer("Lucky Shrub: Your gateway to succulents!")
            .button("change-button", "Change")
            .button("cancel-button", "Cancel")
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"interactive",
             "interactive":{"type":"button",
               "header":{"type":"image","image":{"link":"https://example.com/img/slot.png"}},
               "body":{"text":"Hi Pablo! Your gardening workshop is scheduled for 9am tomorrow. \
            Use the buttons if you need to reschedule. Thank you!"},
               "footer":{"text":"Lucky Shrub: Your gateway to succulents!"},
               "action":{"buttons":[{"type":"reply","reply":{"id":"change-button","title":"Change"}},
                                    {"type":"reply","reply":{"id":"cancel-button","title":"Cancel"}}]}}}"""),
        fixture("reply buttons with document header", ReplyButtonsMessage.builder().to(TO)
            .header(InteractiveHeader.document(MediaSource.id("55"), "terms.pdf"))
            .body("Do you accept the terms?")
            .button(new ReplyButtonsMessage.Button("yes", "Yes"))
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"interactive",
             "interactive":{"type":"button",
               "header":{"type":"document","document":{"id":"55","filename":"terms.pdf"}},
               "body":{"text":"Do you accept the terms?"},
               "action":{"buttons":[{"type":"reply","reply":{"id":"yes","title":"Yes"}}]}}}"""),
        fixture("list", ListMessage.builder().to(TO)
            .header("Choose Shipping Option")
            .body("Which shipping option do you prefer?")
            .footer("Lucky Shrub: Your gateway to succulents")
            .button("Shipping Options")
            .section(ListMessage.Section.of("I want it ASAP!",
                new ListMessage.Row("priority_express", "Priority Mail Express", "Next Day to 2 Days"),
                new ListMessage.Row("priority_mail", "Priority Mail", "1\u20133 Days")))
            .section(ListMessage.Section.of("I can wait a bit",
                ListMessage.Row.of("usps_ground_advantage", "USPS Ground Advantage")))
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"interactive",
             "interactive":{"type":"list",
               "header":{"type":"text","text":"Choose Shipping Option"},
               "body":{"text":"Which shipping option do you prefer?"},
               "footer":{"text":"Lucky Shrub: Your gateway to succulents"},
               "action":{"button":"Shipping Options","sections":[
                 {"title":"I want it ASAP!","rows":[
                   {"id":"priority_express","title":"Priority Mail Express","description":"Next Day to 2 Days"},
                   {"id":"priority_mail","title":"Priority Mail","description":"1\u20133 Days"}]},
                 {"title":"I can wait a bit","rows":[
                   {"id":"usps_ground_advantage","title":"USPS Ground Advantage"}]}]}}}"""),
        fixture("cta_url", CtaUrlMessage.builder().to(TO)
            .header(InteractiveHeader.text("Available Dates"))
            .body("Tap the button below to see available dates.")
            .footer("Dates subject to change.")
            .button("See Dates",
                "https://www.luckyshrub.com?clickID=kqDGWd24Q5TRwoEQTICY7W1JKoXvaZOXWAS7h1P76s0R7Paec4")
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"interactive",
             "interactive":{"type":"cta_url",
               "header":{"type":"text","text":"Available Dates"},
               "body":{"text":"Tap the button below to see available dates."},
               "footer":{"text":"Dates subject to change."},
               "action":{"name":"cta_url","parameters":{"display_text":"See Dates",
                 "url":"https://www.luckyshrub.com?clickID=kqDGWd24Q5TRwoEQTICY7W1JKoXvaZOXWAS7h1P76s0R7Paec4"}}}}"""),
        fixture("flow, navigate by flow_id in draft mode", FlowMessage.builder().to(TO)
            .header(InteractiveHeader.text("Appointments"))
            .body("Book your next visit in a few taps.")
            .footer("Takes one minute")
            .flowToken("AQAAAAACS5FpgQ_cAAAAAD0QI3s.")
            .flowId("1234567890")
            .flowCta("Book!")
            .mode(FlowMessage.Mode.DRAFT)
            .navigate("APPOINTMENT", Map.of("product_name", "name"))
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"interactive",
             "interactive":{"type":"flow",
               "header":{"type":"text","text":"Appointments"},
               "body":{"text":"Book your next visit in a few taps."},
               "footer":{"text":"Takes one minute"},
               "action":{"name":"flow","parameters":{"flow_message_version":"3",
                 "flow_token":"AQAAAAACS5FpgQ_cAAAAAD0QI3s.","flow_id":"1234567890","flow_cta":"Book!",
                 "mode":"draft","flow_action":"navigate",
                 "flow_action_payload":{"screen":"APPOINTMENT","data":{"product_name":"name"}}}}}}"""),
        // Meta's "Sample Request (with minimum parameters)": no flow_token, flow_action nor flow_action_payload,
        // so the Flow opens at its first entry screen with the token "unused".
        fixture("flow, minimum parameters", FlowMessage.builder().to(TO)
            .body("Flow message body")
            .flowName("my_welcome_flow")
            .flowCta("Book!")
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"interactive",
             "interactive":{"type":"flow","body":{"text":"Flow message body"},
               "action":{"name":"flow","parameters":{"flow_message_version":"3","flow_name":"my_welcome_flow",
                 "flow_cta":"Book!"}}}}"""),
        fixture("flow, data_exchange by flow_name", FlowMessage.builder().to(TO)
            .header(InteractiveHeader.video(MediaSource.id("777")))
            .body("Check your eligibility")
            .flowName("eligibility_check")
            .flowCta("Start")
            .dataExchange()
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"interactive",
             "interactive":{"type":"flow",
               "header":{"type":"video","video":{"id":"777"}},
               "body":{"text":"Check your eligibility"},
               "action":{"name":"flow","parameters":{"flow_message_version":"3","flow_name":"eligibility_check",
                 "flow_cta":"Start","flow_action":"data_exchange"}}}}"""),
        fixture("location request", Message.locationRequest(TO, "Let's start with your pickup. You can either "
            + "manually *enter an address* or *share your current location*."), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"interactive",
             "interactive":{"type":"location_request_message",
               "body":{"text":"Let's start with your pickup. You can either manually *enter an address* \
            or *share your current location*."},
               "action":{"name":"send_location"}}}"""),
        fixture("template without variables", Message.template(TO, "hello_world", "en_US"), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
             "template":{"name":"hello_world","language":{"code":"en_US"}}}"""),
        fixture("template with every positional parameter kind and button", TemplateMessage.builder().to(TO)
            .name("order_update")
            .language("en_US")
            .deterministicLanguagePolicy(true)
            .header(TemplateParameter.image(MediaSource.id("2621233374848975")))
            .body(TemplateParameter.text("Jane"),
                TemplateParameter.currency("$10.00", "USD", 10_000),
                TemplateParameter.dateTime("Feb 25, 2026"))
            .button(TemplateButton.quickReply(0, "STOP_PROMOS"))
            .button(TemplateButton.url(1, "order/123"))
            .button(TemplateButton.copyCode(2, "SAVE20"))
            .button(TemplateButton.flow(3, "flow-token-1", Map.of("order_id", "123")))
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
             "template":{"name":"order_update","language":{"code":"en_US","policy":"deterministic"},
               "components":[
                 {"type":"header","parameters":[{"type":"image","image":{"id":"2621233374848975"}}]},
                 {"type":"body","parameters":[
                   {"type":"text","text":"Jane"},
                   {"type":"currency","currency":{"fallback_value":"$10.00","code":"USD","amount_1000":10000}},
                   {"type":"date_time","date_time":{"fallback_value":"Feb 25, 2026"}}]},
                 {"type":"button","sub_type":"quick_reply","index":"0",
                  "parameters":[{"type":"payload","payload":"STOP_PROMOS"}]},
                 {"type":"button","sub_type":"url","index":"1","parameters":[{"type":"text","text":"order/123"}]},
                 {"type":"button","sub_type":"copy_code","index":"2",
                  "parameters":[{"type":"coupon_code","coupon_code":"SAVE20"}]},
                 {"type":"button","sub_type":"flow","index":"3","parameters":[{"type":"action",
                  "action":{"flow_token":"flow-token-1","flow_action_data":{"order_id":"123"}}}]}]}}"""),
        fixture("template with named parameters", TemplateMessage.builder().to(TO)
            .name("order_confirmation")
            .language("en")
            .header(TemplateParameter.text("#123").named("order_number"))
            .body(TemplateParameter.text("Jessica").named("first_name"),
                TemplateParameter.currency("$25.00", "USD", 25_000).named("total"),
                TemplateParameter.dateTime("March 3").named("delivery_date"))
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
             "template":{"name":"order_confirmation","language":{"code":"en"},"components":[
               {"type":"header","parameters":[{"type":"text","text":"#123","parameter_name":"order_number"}]},
               {"type":"body","parameters":[
                 {"type":"text","text":"Jessica","parameter_name":"first_name"},
                 {"type":"currency","currency":{"fallback_value":"$25.00","code":"USD","amount_1000":25000},
                  "parameter_name":"total"},
                 {"type":"date_time","date_time":{"fallback_value":"March 3"},
                  "parameter_name":"delivery_date"}]}]}}"""),
        // Meta's groups reference, "Send group invite link template message": the group's invite link fills {{1}}.
        fixture("template with a group invite link", TemplateMessage.builder().to(TO)
            .name("join_our_group").language("en_US")
            .body(TemplateParameter.text("Jane"),
                TemplateParameter.groupId("Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD"))
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
             "template":{"name":"join_our_group","language":{"code":"en_US"},"components":[
               {"type":"body","parameters":[{"type":"text","text":"Jane"},
                 {"type":"group_id","group_id":"Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD"}]}]}}"""),
        fixture("template with a named group invite link", TemplateMessage.builder().to(TO)
            .name("join_our_group_named").language("en_US")
            .body(TemplateParameter.groupId("Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD").named("link"))
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
             "template":{"name":"join_our_group_named","language":{"code":"en_US"},"components":[
               {"type":"body","parameters":[{"type":"group_id",
                 "group_id":"Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD",
                 "parameter_name":"link"}]}]}}"""),
        fixture("template with location header", TemplateMessage.builder().to(TO)
            .name("pickup_point").language("de")
            .header(TemplateParameter.location(52.5208, 13.4094, "Alexanderplatz", "10178 Berlin"))
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
             "template":{"name":"pickup_point","language":{"code":"de"},"components":[
               {"type":"header","parameters":[{"type":"location","location":{"latitude":52.5208,"longitude":13.4094,
                 "name":"Alexanderplatz","address":"10178 Berlin"}}]}]}}"""),
        fixture("template with document header", TemplateMessage.builder().to(TO)
            .name("contract_ready").language("pt_BR")
            .header(TemplateParameter.document(MediaSource.link("https://example.com/c.pdf"), "contract.pdf"))
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
             "template":{"name":"contract_ready","language":{"code":"pt_BR"},"components":[
               {"type":"header","parameters":[{"type":"document",
                 "document":{"link":"https://example.com/c.pdf","filename":"contract.pdf"}}]}]}}"""),
        fixture("authentication template (one-time password)", TemplateMessage.builder().to(TO)
            .name("verification_code").language("en_US")
            .authenticationCode("123456")
            .build(), """
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"template",
             "template":{"name":"verification_code","language":{"code":"en_US"},"components":[
               {"type":"body","parameters":[{"type":"text","text":"123456"}]},
               {"type":"button","sub_type":"url","index":"0","parameters":[{"type":"text","text":"123456"}]}]}}"""));
  }

  private static Arguments fixture(String name, Message message, String expectedJson) {
    return Arguments.of(Named.of(name, message), expectedJson);
  }

  /** The JSON text without whitespace outside string literals. */
  static String compact(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
