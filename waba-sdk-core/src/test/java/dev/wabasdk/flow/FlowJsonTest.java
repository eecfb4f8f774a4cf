package dev.wabasdk.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class FlowJsonTest {

  static String resource(String name) throws IOException {
    try (InputStream in = FlowJsonTest.class.getResourceAsStream("/flow/" + name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Object tree(String json) {
    return Json.read(json);
  }

  @Test
  void metasContactUsExampleBuiltInJavaEqualsTheDocumentedJson() throws IOException {
    FlowJson flow = FlowJson.builder("3.1")
        .screen(Screen.builder("CONTACT_US").title("Contact us").terminal(true).emptyData()
            .add(Form.builder("form", List.of(
                TextInput.builder("first_name", "First Name").required(true).build(),
                TextInput.builder("second_name", "Last Name/Surname").required(true).build(),
                TextArea.builder("info", "Type your message").required(true).build(),
                TextBody.of("We will try to reach out to you as soon as possible! Please allow 2 business days to "
                    + "receive a response."),
                Footer.of("Submit", Action.complete(ordered(
                    "firstname", Ref.form("first_name"),
                    "secondname", Ref.form("second_name"),
                    "issue", Ref.form("info"),
                    "flow_key", "contact")))))
                .build())
            .build())
        .build();

    assertThat(tree(flow.toJson())).isEqualTo(tree(resource("meta-contact-us.json")));
  }

  @Test
  void metasAgentConnectExampleBuiltInJavaEqualsTheDocumentedJson() throws IOException {
    List<Option> services = List.of(
        Option.of("accomodation_services", "Accommodation Services"),
        Option.of("spa_services", "Spa Services"),
        Option.of("dining_services", "Dining Services"),
        Option.of("recreational_services", "Recreational Facilities"),
        Option.of("business_conf_services", "Business & Conference Services"),
        Option.of("transportation_services", "Transportation Services"),
        Option.of("accessibility_services", "Accessibility Services"),
        Option.of("pet_services", "Pet-Friendly Services"),
        Option.of("any_other_services", "Other Services"));
    FlowJson flow = FlowJson.builder("3.1")
        .screen(Screen.builder("TALK_TO_AN_AGENT").title("Talk to an Agent").terminal(true).emptyData()
            .add(Form.builder("form", List.of(
                TextInput.builder("first_name", "First Name").required(true).build(),
                TextInput.builder("second_name", "Last Name/Surname").required(true).build(),
                CheckboxGroup.builder("services_interested", services)
                    .label("Service(s) interested in").required(true).build(),
                TextArea.builder("additional_info", "More information").required(false).build(),
                TextBody.of("We will try to reach out to you as soon as possible! Please allow 2 business days to "
                    + "receive a response."),
                Footer.of("Submit", Action.complete(ordered(
                    "firstname", Ref.form("first_name"),
                    "secondname", Ref.form("second_name"),
                    "services_interested", Ref.form("services_interested"),
                    "additional_info", Ref.form("additional_info"),
                    "flow_key", "agentconnect")))))
                .build())
            .build())
        .build();

    assertThat(tree(flow.toJson())).isEqualTo(tree(resource("meta-agent-connect.json")));
  }

  @Test
  void documentedExamplesParseIntoTypedComponentsAndRoundTrip() throws IOException {
    for (String name : List.of("meta-contact-us.json", "meta-agent-connect.json")) {
      String documented = resource(name);
      FlowJson flow = FlowJson.parse(documented);
      assertThat(flow.screens().get(0).allComponents()).noneMatch(c -> c instanceof UnknownComponent);
      assertThat(tree(flow.toJson())).isEqualTo(tree(documented));
    }
    FlowJson agent = FlowJson.parse(resource("meta-agent-connect.json"));
    CheckboxGroup group = (CheckboxGroup) agent.screens().get(0).allComponents().get(3);
    assertThat(group.dataSource().value()).hasSize(9).first().isEqualTo(
        Option.of("accomodation_services", "Accommodation Services"));
    assertThat(group.required()).isEqualTo(Dynamic.of(true));
  }

  @Test
  void everyDocumentedComponentAndPropertyIsReadTypedAndWrittenBack() throws Exception {
    String json = resource("all-components.json");
    FlowJson flow = FlowJson.parse(json);

    List<Component> all = new ArrayList<>();
    flow.screens().forEach(s -> all.addAll(s.allComponents()));
    assertThat(all).noneMatch(c -> c instanceof UnknownComponent);
    assertThat(all.stream().map(Component::type).distinct().sorted().toList()).containsExactly(
        "CalendarPicker", "CheckboxGroup", "ChipsSelector", "DatePicker", "DocumentPicker", "Dropdown", "EmbeddedLink",
        "Footer", "If", "Image", "ImageCarousel", "NavigationList", "OptIn", "PhotoPicker", "RadioButtonsGroup",
        "RichText", "Switch", "TextArea", "TextBody", "TextCaption", "TextHeading", "TextInput", "TextSubheading");
    // every property above is one this SDK models: nothing was left in an extra map
    for (Component c : all) {
      Object extra = c.getClass().getMethod("extra").invoke(c);
      assertThat((Map<?, ?>) extra).as(c.type() + ".extra").isEmpty();
    }
    assertThat(flow.screens().get(0).children()).noneMatch(c -> c instanceof Form);
    assertThat(tree(flow.toJson())).isEqualTo(tree(json));
  }

  /** A Flow JSON 7 endpoint flow using most components, references and every action. */
  static FlowJson bookingFlow() {
    return FlowJson.builder("7.2")
        .dataApiVersion("3.0")
        .route("APPOINTMENT", "DETAILS")
        .route("DETAILS", "SUMMARY")
        .route("SUMMARY")
        .screen(Screen.builder("APPOINTMENT").title("Appointment")
            .data("department", DataField.array(DataField.optionItems(),
                List.of(Map.of("id", "shopping", "title", "Shopping & Groceries"))))
            .data("is_location_enabled", DataField.bool(true))
            .add(
                Dropdown.builder("department", "Department", List.of()).dataSource(Ref.data("department"))
                    .required(true)
                    .onSelectAction(Action.dataExchange(Map.of("trigger", "department_selected",
                        "department", Ref.form("department"))))
                    .build(),
                DatePicker.builder("date", "Date").minDate("2026-01-01").required(true)
                    .visible(Ref.data("is_location_enabled")).build(),
                ChipsSelector.builder("topics", "Topics", List.of(Option.of("a", "A"), Option.of("b", "B")))
                    .maxSelectedItems(2).build(),
                EmbeddedLink.of("Opening hours", Action.openUrl("https://example.com/hours")),
                Footer.builder("Continue", Action.navigate("DETAILS", Map.of("department", Ref.form("department"),
                    "date", Ref.form("date")))).build())
            .build())
        .screen(Screen.builder("DETAILS").title("Details")
            .data("department", DataField.string("shopping"))
            .data("date", DataField.string("2026-01-01"))
            .add(
                TextHeading.of("Your details"),
                TextInput.builder("name", "Name").required(true).maxChars(80).build(),
                TextInput.builder("email", "Email").inputType("email").required(true)
                    .helperText("We send the confirmation here").build(),
                RadioButtonsGroup.builder("contact", List.of(Option.of("mail", "Mail").withDescription("By email"),
                    Option.of("phone", "Phone"))).label("Contact").build(),
                If.builder("${form.contact} == 'phone'", List.of(
                        TextInput.builder("phone", "Phone").inputType("phone").build()))
                    .otherwise(TextCaption.of("We will write to you")).build(),
                Switch.builder(Ref.form("contact"))
                    .when("mail", TextCaption.of("Check your inbox"))
                    .when("phone", TextInput.builder("phone", "Phone again").inputType("phone").build())
                    .build(),
                OptIn.builder("terms", "I agree to the terms").required(true)
                    .onClickAction(Action.navigate("SUMMARY", Map.of())).build(),
                Footer.of("Continue", Action.dataExchange(Map.of(
                    "department", Ref.data("department"), "date", Ref.data("date"),
                    "name", Ref.form("name"), "email", Ref.form("email")))))
            .build())
        .screen(Screen.builder("SUMMARY").title("Summary").terminal(true).success(true)
            .data("summary", DataField.string("Shopping on 1 January"))
            .add(
                TextSubheading.of("Please check"),
                TextBody.builder("").text(Ref.data("summary")).build(),
                RichText.builder("# Booking").text("# Booking", "Bring your **ID**").build(),
                Image.builder("iVBORw0KGgo=").height(100).scaleType("contain").altText("Logo").build(),
                Footer.builder("Confirm", Action.complete(Map.of("summary", Ref.data("summary"))))
                    .centerCaption("Free").build())
            .build())
        .build();
  }

  @Test
  void anEndpointFlowSerialisesToMetasShapes() {
    Map<?, ?> json = (Map<?, ?>) tree(bookingFlow().toJson());
    assertThat(json.get("version")).isEqualTo("7.2");
    assertThat(json.get("data_api_version")).isEqualTo("3.0");
    assertThat(json.get("routing_model")).isEqualTo(
        Map.of("APPOINTMENT", List.of("DETAILS"), "DETAILS", List.of("SUMMARY"), "SUMMARY", List.of()));
    Map<?, ?> first = (Map<?, ?>) ((List<?>) json.get("screens")).get(0);
    List<?> children = (List<?>) ((Map<?, ?>) first.get("layout")).get("children");
    assertThat(tree(Json.writeTree(children.get(0)))).isEqualTo(tree("""
        {"type": "Dropdown", "name": "department", "label": "Department", "data-source": "${data.department}",
         "required": true,
         "on-select-action": {"name": "data_exchange",
           "payload": {"trigger": "department_selected", "department": "${form.department}"}}}"""));
    assertThat(tree(Json.writeTree(children.get(3)))).isEqualTo(tree("""
        {"type": "EmbeddedLink", "text": "Opening hours",
         "on-click-action": {"name": "open_url", "url": "https://example.com/hours"}}"""));
    assertThat(tree(Json.writeTree(children.get(4)))).isEqualTo(tree("""
        {"type": "Footer", "label": "Continue", "on-click-action": {"name": "navigate",
          "next": {"type": "screen", "name": "DETAILS"},
          "payload": {"department": "${form.department}", "date": "${form.date}"}}}"""));
    assertThat(first.get("data")).isEqualTo(tree("""
        {"department": {"type": "array", "items": {"type": "object", "properties":
           {"id": {"type": "string"}, "title": {"type": "string"}}},
           "__example__": [{"id": "shopping", "title": "Shopping & Groceries"}]},
         "is_location_enabled": {"type": "boolean", "__example__": true}}"""));
  }

  @Test
  void roundTripIsLosslessForTypedUnknownAndExtraContent() {
    String json = bookingFlow().toJson();
    assertThat(tree(FlowJson.parse(json).toJson())).isEqualTo(tree(json));
    assertThat(FlowJson.parse(json)).isEqualTo(bookingFlow());

    String withUnknowns = """
        {"version": "7.2", "data_channel_uri": "https://example.com/flow",
         "screens": [{"id": "ONLY", "terminal": true, "sensitive": ["pin"], "layout": {"type": "SingleColumnLayout",
           "children": [
             {"type": "HologramViewer", "name": "holo", "src": "x", "depth": 3},
             {"type": "TextBody", "text": ["just one line in an array"]},
             {"type": "TextInput", "name": "pin", "label": "PIN", "input-type": "passcode", "future-prop": {"a": 1}},
             {"type": "Footer", "label": "Done", "on-click-action": {"name": "teleport", "where": "moon"}}]}}]}""";
    FlowJson flow = FlowJson.parse(withUnknowns);
    List<Component> components = flow.screens().get(0).children();
    assertThat(components.get(0)).isInstanceOf(UnknownComponent.class);
    assertThat(components.get(0).name()).isEqualTo("holo");
    assertThat(components.get(1)).isInstanceOf(UnknownComponent.class);
    assertThat(((TextInput) components.get(2)).extra()).isEqualTo(Map.of("future-prop", Map.of("a", 1L)));
    assertThat(((Footer) components.get(3)).onClickAction()).isEqualTo(
        new Action.Unknown("teleport", Map.of("where", "moon")));
    assertThat(flow.extra()).containsKey("data_channel_uri");
    assertThat(tree(flow.toJson())).isEqualTo(tree(withUnknowns));
  }

  @Test
  void tooManyComponentsOnAScreenNamesTheScreenAndMetasLimit() {
    Screen.Builder screen = Screen.builder("LONG").terminal(true);
    for (int i = 0; i < 50; i++) {
      screen.add(TextBody.of("line " + i));
    }
    screen.add(Footer.of("Done", Action.complete(Map.of())));
    assertThatThrownBy(() -> FlowJson.builder("7.2").screen(screen.build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("screen LONG has 51 components, more than Meta's limit of 50");
  }

  @Test
  void characterLimitsNameTheScreenComponentPropertyAndLimit() {
    assertThatThrownBy(() -> single(TextInput.of("email", "Your e-mail address please")))
        .hasMessage("screen S, component 0 (TextInput \"email\"): label is 26 characters, more than Meta's limit "
            + "of 20: \"Your e-mail address please\"");
    assertThatThrownBy(() -> single(TextHeading.of("x".repeat(81))))
        .hasMessageStartingWith("screen S, component 0 (TextHeading): text is 81 characters, more than Meta's "
            + "limit of 80");
    assertThatThrownBy(() -> single(RadioButtonsGroup.of("pick", List.of(Option.of("1", "t".repeat(31))))))
        .hasMessageStartingWith("screen S, component 0 (RadioButtonsGroup \"pick\"), data-source[0] \"1\": title is 31 "
            + "characters, more than Meta's limit of 30");
    List<Option> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(Option.of("o" + i, "Option " + i));
    }
    assertThatThrownBy(() -> single(CheckboxGroup.of("many", many)))
        .hasMessage("screen S, component 0 (CheckboxGroup \"many\"): data-source has 21 entries, Meta allows 1 to 20");
    assertThatThrownBy(() -> single(TextHeading.of(" ")))
        .hasMessage("screen S, component 0 (TextHeading): text must not be blank");
    // a reference is not counted against the limit: its value is only known on the device
    single(TextHeading.of(Ref.data("a_very_long_field_name_that_is_longer_than_eighty_characters_once_it_is_written_out")
        .toString()), "a_very_long_field_name_that_is_longer_than_eighty_characters_once_it_is_written_out");
  }

  @Test
  void perTypeCountsFollowMeta() {
    assertThatThrownBy(() -> single(EmbeddedLink.of("a", Action.openUrl("https://a")),
        EmbeddedLink.of("b", Action.openUrl("https://b")), EmbeddedLink.of("c", Action.openUrl("https://c"))))
        .hasMessage("screen S has 3 EmbeddedLink components, more than Meta's limit of 2 per screen");
    assertThatThrownBy(() -> FlowJson.builder("7.2").screen(Screen.builder("S").terminal(true)
            .add(Footer.of("A", Action.complete(Map.of())), Footer.of("B", Action.complete(Map.of()))).build()).build())
        .hasMessage("screen S has 2 Footer components, more than Meta's limit of 1 per screen");
  }

  @Test
  void structuralRulesAreChecked() {
    Footer done = Footer.of("Done", Action.complete(Map.of()));
    assertThatThrownBy(() -> FlowJson.builder("7.2").screen(Screen.builder("A").add(done).build()).build())
        .hasMessage("Flow JSON needs at least one terminal screen (terminal: true)");
    assertThatThrownBy(() -> FlowJson.builder("7.2")
            .screen(Screen.builder("A").terminal(true).add(TextBody.of("no footer")).build()).build())
        .hasMessage("screen A is terminal and needs a Footer");
    assertThatThrownBy(() -> FlowJson.builder("7.2")
            .screen(Screen.builder("STEP_1").terminal(true).add(done).build()).build())
        .hasMessage("screen id must be letters and underscores only, got \"STEP_1\"");
    assertThatThrownBy(() -> FlowJson.builder("7.2")
            .screen(Screen.builder("SUCCESS").terminal(true).add(done).build()).build())
        .hasMessage("screen id SUCCESS is reserved by Meta");
    assertThatThrownBy(() -> FlowJson.builder("7.2").route("A", "NOWHERE")
            .screen(Screen.builder("A").terminal(true).add(done).build()).build())
        .hasMessage("routing_model: screen A routes to NOWHERE, which does not exist");
    assertThatThrownBy(() -> FlowJson.builder("7.2")
            .screen(Screen.builder("A").add(Footer.of("Next", Action.navigate("B"))).build())
            .screen(Screen.builder("C").terminal(true).add(done).build()).build())
        .hasMessage("screen A: navigate to screen B, which does not exist");
    assertThatThrownBy(() -> single(EmbeddedLink.of("Refresh", Action.dataExchange(Map.of()))))
        .hasMessage("screen S uses a data_exchange action, which needs an endpoint: set data_api_version (3.0) and "
            + "connect the endpoint to the flow");
    assertThatThrownBy(() -> single(TextInput.of("name", "Name"), TextInput.of("name", "Again")))
        .hasMessage("screen S, component 1 (TextInput \"name\"): name \"name\" is used twice in the screen");
  }

  @Test
  void referencesMustPointAtFieldsThatExist() {
    assertThatThrownBy(() -> FlowJson.builder("7.2").screen(Screen.builder("S").terminal(true)
            .add(TextInput.of("email", "Email"),
                Footer.of("Done", Action.complete(Map.of("mail", Ref.form("e_mail"))))).build()).build())
        .hasMessage("screen S: ${form.e_mail} refers to form field \"e_mail\", which screen S does not have");
    assertThatThrownBy(() -> FlowJson.builder("7.2").screen(Screen.builder("S").terminal(true)
            .add(TextHeading.of(Ref.data("title").toString()), Footer.of("Done", Action.complete(Map.of()))).build())
            .build())
        .hasMessage("screen S: ${data.title} refers to data field \"title\", which the data model of screen S does "
            + "not declare");
    assertThatThrownBy(() -> FlowJson.builder("7.2")
            .screen(Screen.builder("A").add(TextInput.of("name", "Name"),
                Footer.of("Next", Action.navigate("B"))).build())
            .screen(Screen.builder("B").terminal(true).add(
                Footer.of("Done", Action.complete(Map.of("n", Ref.screenForm("A", "nom"))))).build()).build())
        .hasMessage("screen B: ${screen.A.form.nom} refers to form field \"nom\", which screen A does not have");
  }

  @Test
  void componentsInsideIfAndSwitchAreParsedTypedAndChecked() {
    Screen details = FlowJson.parse(bookingFlow().toJson()).screen("DETAILS");
    Switch sw = (Switch) details.children().get(5);
    assertThat(sw.value()).isEqualTo("${form.contact}");
    assertThat(sw.cases().get("phone")).singleElement().isInstanceOf(TextInput.class);
    assertThat(details.allComponents()).filteredOn(c -> "phone".equals(c.name())).hasSize(2);

    assertThatThrownBy(() -> single(Switch.builder("x").when("a", TextHeading.of("h".repeat(81))).build()))
        .hasMessageStartingWith("screen S, component 1 (TextHeading): text is 81 characters");
    assertThatThrownBy(() -> single(If.builder("${data.x} == 1", List.of(TextBody.of("a"))).build()))
        .hasMessageStartingWith("screen S: ${data.x} refers to data field \"x\"");
  }

  @Test
  void parseRejectsWhatIsNotFlowJson() {
    assertThatThrownBy(() -> FlowJson.parse("[]")).hasMessage("Flow JSON must be a JSON object");
    assertThatThrownBy(() -> FlowJson.parse("{\"version\": \"7.2\"}")).hasMessage("Flow JSON needs a \"screens\" array");
    assertThatThrownBy(() -> FlowJson.parse("{\"version\": ")).hasMessageStartingWith("not valid JSON");
  }

  private static FlowJson single(Component... components) {
    Screen.Builder s = Screen.builder("S").terminal(true).add(components);
    s.add(Footer.of("Done", Action.complete(Map.of())));
    return FlowJson.builder("7.2").screen(s.build()).build();
  }

  private static FlowJson single(Component component, String dataField) {
    Screen s = Screen.builder("S").terminal(true).data(dataField, DataField.string("x"))
        .add(component, Footer.of("Done", Action.complete(Map.of()))).build();
    return FlowJson.builder("7.2").screen(s).build();
  }

  private static Map<String, Object> ordered(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }
}
