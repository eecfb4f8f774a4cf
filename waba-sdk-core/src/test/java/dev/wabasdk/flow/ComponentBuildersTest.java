package dev.wabasdk.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.internal.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The setters the public builders inherit from the package-private base builders (ComponentBuilder, FieldBuilder,
 * InputBuilder, OptionsBuilder, PickerBuilder, StyledTextBuilder, HeadingBuilder) chain on the public builder type
 * and write exactly what each component's own setters wrote before they were shared.
 */
class ComponentBuildersTest {

  @Test
  void optionListSettersFromEveryBaseLevelChainAndWriteTheirProperties() {
    Dropdown dropdown = Dropdown.builder("old", "Old", List.of(Option.of("x", "X")))
        .name("size")
        .label(Ref.data("size_label"))
        .dataSource(List.of(Option.of("s", "Small"), Option.of("l", "Large")))
        .required(true)
        .enabled(Ref.form("can_pick"))
        .visible(false)
        .initValue("s")
        .onSelectAction(Action.dataExchange(Map.of("picked", "${form.size}")))
        .errorMessage("Pick a size")
        .extra("x-future", 7)
        .build();

    assertThat(Json.writeTree(dropdown.toJsonTree())).isEqualTo(
        "{\"type\":\"Dropdown\",\"name\":\"size\",\"label\":\"${data.size_label}\","
            + "\"data-source\":[{\"id\":\"s\",\"title\":\"Small\"},{\"id\":\"l\",\"title\":\"Large\"}],"
            + "\"required\":true,\"enabled\":\"${form.can_pick}\",\"visible\":false,\"init-value\":\"s\","
            + "\"on-select-action\":{\"name\":\"data_exchange\",\"payload\":{\"picked\":\"${form.size}\"}},"
            + "\"error-message\":\"Pick a size\",\"x-future\":7}");
  }

  @Test
  void pickerSettersChainAndWriteTheirProperties() {
    PhotoPicker picker = PhotoPicker.builder("photo", "Photo")
        .description(Ref.data("hint"))
        .photoSource("camera")
        .maxFileSizeKb(1024)
        .enabled(true)
        .visible(Ref.data("show"))
        .errorMessage(Ref.data("err"))
        .build();

    assertThat(Json.writeTree(picker.toJsonTree())).isEqualTo(
        "{\"type\":\"PhotoPicker\",\"name\":\"photo\",\"label\":\"Photo\",\"description\":\"${data.hint}\","
            + "\"photo-source\":\"camera\",\"max-file-size-kb\":1024,\"enabled\":true,\"visible\":\"${data.show}\","
            + "\"error-message\":\"${data.err}\"}");
  }

  @Test
  void textSettersChainAndWriteTheirProperties() {
    TextCaption caption = TextCaption.builder("first")
        .text("one", "two")
        .fontWeight("bold")
        .strikethrough(Ref.data("struck"))
        .markdown(true)
        .visible(true)
        .build();
    TextSubheading subheading = TextSubheading.builder("old").text(Ref.data("title")).visible(false).build();

    assertThat(Json.writeTree(caption.toJsonTree())).isEqualTo(
        "{\"type\":\"TextCaption\",\"text\":[\"one\",\"two\"],\"font-weight\":\"bold\","
            + "\"strikethrough\":\"${data.struck}\",\"visible\":true,\"markdown\":true}");
    assertThat(Json.writeTree(subheading.toJsonTree())).isEqualTo(
        "{\"type\":\"TextSubheading\",\"text\":\"${data.title}\",\"visible\":false}");
  }

  @Test
  void sharedSettersStillRejectNullWithTheFieldName() {
    TextInput.Builder input = TextInput.builder("email", "Email");

    assertThatThrownBy(() -> input.label((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("label == null");
    assertThatThrownBy(() -> input.initValue(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("initValue == null");
    assertThatThrownBy(() -> input.extra("x", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("value == null");
    assertThatThrownBy(() -> TextHeading.builder("t").text((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text == null");
  }
}
