package dev.wabasdk.flow;

import org.jspecify.annotations.Nullable;

/** Reads each known component type; package-private. */
final class ComponentCodec {
  private ComponentCodec() {}

  static @Nullable Component read(String type, FlowCodec.Reader r) {
    switch (type) {
      case "TextHeading":
        return TextHeading.read(r);
      case "TextSubheading":
        return TextSubheading.read(r);
      case "TextBody":
        return TextBody.read(r);
      case "TextCaption":
        return TextCaption.read(r);
      case "RichText":
        return RichText.read(r);
      case "TextInput":
        return TextInput.read(r);
      case "TextArea":
        return TextArea.read(r);
      case "Dropdown":
        return Dropdown.read(r);
      case "CheckboxGroup":
        return CheckboxGroup.read(r);
      case "RadioButtonsGroup":
        return RadioButtonsGroup.read(r);
      case "ChipsSelector":
        return ChipsSelector.read(r);
      case "DatePicker":
        return DatePicker.read(r);
      case "CalendarPicker":
        return CalendarPicker.read(r);
      case "OptIn":
        return OptIn.read(r);
      case "EmbeddedLink":
        return EmbeddedLink.read(r);
      case "Image":
        return Image.read(r);
      case "ImageCarousel":
        return ImageCarousel.read(r);
      case "Footer":
        return Footer.read(r);
      case "NavigationList":
        return NavigationList.read(r);
      case "PhotoPicker":
        return PhotoPicker.read(r);
      case "DocumentPicker":
        return DocumentPicker.read(r);
      case "If":
        return If.read(r);
      case "Switch":
        return Switch.read(r);
      case "Form":
        return Form.read(r);
      default:
        return null;
    }
  }
}
