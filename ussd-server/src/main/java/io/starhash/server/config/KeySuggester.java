package io.starhash.server.config;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the known key someone probably meant when they wrote an unknown one. */
final class KeySuggester {

  private KeySuggester() {}

  /**
   * The key among {@code known} that {@code unknown} is closest to: the same key in environment
   * spelling, a key ending with it, or one a few typing mistakes away; empty if none is close.
   */
  static Optional<String> nearest(String unknown, List<String> known) {
    String spelled = unknown.toLowerCase(Locale.ROOT).replace('_', '-');
    Optional<String> sameWords = known.stream()
        .filter(k -> k.replace('.', '-').equals(spelled) || k.endsWith("." + spelled))
        .findFirst();
    if (sameWords.isPresent()) {
      return sameWords;
    }
    int allowed = Math.max(2, unknown.length() / 5);
    return known.stream()
        .filter(k -> distance(unknown, k) <= allowed)
        .min(Comparator.comparingInt(k -> distance(unknown, k)));
  }

  /** Levenshtein distance: the fewest inserts, deletes and changes that turn a into b. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
