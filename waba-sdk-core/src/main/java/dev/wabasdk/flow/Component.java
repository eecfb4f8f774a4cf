package dev.wabasdk.flow;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One building block of a screen's layout, one record per component Meta documents (text, inputs, selections,
 * pickers, media, navigation, Footer, the {@link If}/{@link Switch} conditionals and the legacy {@link Form});
 * a component this SDK does not know is read as an {@link UnknownComponent} that keeps its raw JSON. Every record
 * keeps properties it does not model in {@code extra}, so parsed Flow JSON is written back unchanged.
 * Immutable and thread-safe.
 */
public sealed interface Component
    permits TextHeading, TextSubheading, TextBody, TextCaption, RichText, TextInput, TextArea, Dropdown,
        CheckboxGroup, RadioButtonsGroup, ChipsSelector, DatePicker, CalendarPicker, OptIn, EmbeddedLink, Image,
        ImageCarousel, Footer, NavigationList, PhotoPicker, DocumentPicker, If, Switch, Form, UnknownComponent {

  /** Meta's component type, e.g. {@code TextInput}. */
  String type();

  /** The form field name, for input components; null for the others. */
  default @Nullable String name() {
    return null;
  }

  /** The components this one contains ({@link If}, {@link Switch}, {@link Form}); empty for the others. */
  default List<Component> nested() {
    return List.of();
  }

  /** This component as a JSON tree (insertion-ordered maps, lists, strings, numbers, booleans). */
  Map<String, @Nullable Object> toJsonTree();
}
