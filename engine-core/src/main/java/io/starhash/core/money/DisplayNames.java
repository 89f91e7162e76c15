package io.starhash.core.money;

/** Masks a person's name for screens shown to someone else: {@code John Doe} becomes {@code J*** D***}. */
public final class DisplayNames {

  /** At most this many words are shown, so that a masked name fits in 24 characters. */
  private static final int MAX_WORDS = 5;

  private DisplayNames() {}

  /**
   * Keeps the first letter of each word and hides the rest behind three stars (whatever its
   * length). A null or blank name becomes {@code ***}.
   */
  public static String mask(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return "***";
    }
    StringBuilder out = new StringBuilder();
    String[] words = fullName.strip().split("\\s+");
    for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.appendCodePoint(words[i].codePointAt(0)).append("***");
    }
    return out.toString();
  }
}
