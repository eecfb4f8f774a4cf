package dev.wabasdk.samples.flowbooking;

import dev.wabasdk.flow.Action;
import dev.wabasdk.flow.DataField;
import dev.wabasdk.flow.DatePicker;
import dev.wabasdk.flow.Dropdown;
import dev.wabasdk.flow.FlowJson;
import dev.wabasdk.flow.Footer;
import dev.wabasdk.flow.Option;
import dev.wabasdk.flow.Ref;
import dev.wabasdk.flow.Screen;
import dev.wabasdk.flow.TextBody;
import dev.wabasdk.flow.TextInput;
import java.util.List;
import java.util.Map;

/**
 * The appointment booking flow, built in Java: the endpoint greets with the clinic's name, the user picks a
 * department and a date, then gives a name; the endpoint confirms and closes the flow. Checked against Meta's rules
 * when built.
 */
final class BookingFlow {
  private BookingFlow() {}

  static FlowJson build() {
    Screen appointment = Screen.builder("APPOINTMENT").title("Book an appointment")
        .data("clinic", DataField.string("Berlin Mitte"))
        .add(TextBody.builder("").text(Ref.data("clinic")).build(),
            Dropdown.builder("department", "Department", List.of(Option.of("general", "General practice"),
                Option.of("dental", "Dental care"))).required(true).build(),
            DatePicker.builder("date", "Date").required(true).build(),
            Footer.of("Continue", Action.dataExchange(Map.of(
                "department", Ref.form("department"), "date", Ref.form("date")))))
        .build();
    Screen details = Screen.builder("DETAILS").title("Your details").terminal(true)
        .data("summary", DataField.string("Dental care on 2024-05-02"))
        .add(TextBody.builder("").text(Ref.data("summary")).build(),
            TextInput.builder("name", "Name").required(true).build(),
            Footer.of("Book", Action.dataExchange(Map.of("name", Ref.form("name")))))
        .build();
    return FlowJson.builder("7.2").dataApiVersion("3.0")
        .route("APPOINTMENT", "DETAILS").route("DETAILS")
        .screen(appointment).screen(details)
        .build();
  }
}
