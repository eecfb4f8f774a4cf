package dev.wabasdk.conversational;

/** Meta's rules for the texts of conversational components: not blank, a length limit, no emoji. */
final class Texts {
  private Texts() {}

  static void check(String field, String value, int max) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank, was '" + value + "'");
    }
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      throw new IllegalArgumentException(field + ": at most " + max + " characters, was " + length + ": '"
          + value + "'");
    }
    value.codePoints().filter(Texts::emoji).findFirst().ifPresent(cp -> {
      throw new IllegalArgumentException(field + ": Meta does not support emoji here, found '"
          + new String(Character.toChars(cp)) + "' in '" + value + "'");
    });
  }

  /** The emoji blocks of Unicode (pictographs, symbols and dingbats, flags, variation selector 16). */
  private static boolean emoji(int cp) {
    return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0xFE0F
        || (cp >= 0x2B00 && cp <= 0x2BFF);
  }
}
