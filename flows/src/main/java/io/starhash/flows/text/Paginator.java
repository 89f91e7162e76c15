package io.starhash.flows.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a screen that is longer than the limit into pages that each end with the navigation
 * lines ({@code 98 More} on every page but the last, {@code 0 Back} on every page but the first).
 * Splits between lines; a single line longer than a page is split between words.
 * Thread-safe (stateless).
 */
public final class Paginator {

  /** Input that shows the next page. */
  public static final String MORE = "98";
  /** Input that shows the previous page. */
  public static final String BACK = "0";

  private final ScreenLimits limits;

  public Paginator(ScreenLimits limits) {
    this.limits = limits;
  }

  /**
   * The pages of {@code text}; a single page (the text unchanged) when it fits.
   *
   * @param moreLine the localised {@code 98 More} line
   * @param backLine the localised {@code 0 Back} line
   */
  public List<String> paginate(String text, String moreLine, String backLine) {
    if (limits.fits(text)) {
      return List.of(text);
    }
    int limit = limits.limitFor(text + moreLine + backLine);
    int budget = limit - limits.size("\n" + moreLine + "\n" + backLine);
    List<String> chunks = new ArrayList<>();
    StringBuilder page = new StringBuilder();
    for (String line : splitLongLines(text.split("\n", -1), budget)) {
      String candidate = page.isEmpty() ? line : page + "\n" + line;
      if (limits.size(candidate) > budget && !page.isEmpty()) {
        chunks.add(page.toString());
        page.setLength(0);
        page.append(line);
      } else {
        page.setLength(0);
        page.append(candidate);
      }
    }
    if (!page.isEmpty()) {
      chunks.add(page.toString());
    }
    List<String> pages = new ArrayList<>(chunks.size());
    for (int i = 0; i < chunks.size(); i++) {
      StringBuilder p = new StringBuilder(chunks.get(i));
      if (i < chunks.size() - 1) {
        p.append('\n').append(moreLine);
      }
      if (i > 0) {
        p.append('\n').append(backLine);
      }
      pages.add(p.toString());
    }
    return pages;
  }

  private List<String> splitLongLines(String[] lines, int budget) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String rest = line;
      while (limits.size(rest) > budget) {
        int cut = Math.min(rest.length(), budget);
        while (limits.size(rest.substring(0, cut)) > budget) {
          cut--;
        }
        int space = rest.lastIndexOf(' ', cut);
        if (space > budget / 2) {
          cut = space;
        }
        out.add(rest.substring(0, cut).stripTrailing());
        rest = rest.substring(cut).stripLeading();
      }
      out.add(rest);
    }
    return out;
  }
}
