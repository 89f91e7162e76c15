package io.starhash.flows.validate;

import io.starhash.flows.model.FlowDefinition;
import io.starhash.flows.text.ScreenLimits;
import io.starhash.flows.text.SystemMessages;
import io.starhash.flows.text.Template;

/** Checks the message keys a flow's states use, in every language of the flow. */
final class Messages {

  private final FlowDefinition flow;
  private final Variables vars;
  private final ScreenLimits limits;
  private final FlowValidator.Report report;

  Messages(FlowDefinition flow, Variables vars, ScreenLimits limits, FlowValidator.Report report) {
    this.flow = flow;
    this.vars = vars;
    this.limits = limits;
    this.report = report;
  }

  /** A text shown on a screen that may be paginated. */
  void checkScreen(String key, int line, String state) {
    forEachLanguage(key, line, state, (lang, t, at) -> { });
  }

  /** A final text: it cannot be paginated, so its longest rendering must fit one screen. */
  void checkFinal(String key, int line, String state) {
    forEachLanguage(key, line, state, (lang, t, at) -> {
      String worst = t.worstCase(vars::maxLength);
      if (!limits.fits(worst)) {
        report.add(at, state, "final screen '" + key + "' (" + lang + ") can be " + limits.size(worst)
            + " characters, more than the limit of " + limits.limitFor(worst));
      }
    });
  }

  /** A menu option line ({@code 3 Cash in}) must fit one page next to the navigation lines. */
  void checkOptionLine(String optionKey, String labelKey, int line, String state) {
    forEachLanguage(labelKey, line, state, (lang, t, at) -> {
      String nav = SystemMessages.text(lang, SystemMessages.MORE) + "\n" + SystemMessages.text(lang, SystemMessages.BACK);
      String worst = optionKey + " " + t.worstCase(vars::maxLength) + "\n" + nav;
      if (!limits.fits(worst)) {
        report.add(at, state, "option " + optionKey + " (" + lang + ") is too long to fit one page");
      }
    });
  }

  private interface Check {
    void accept(String lang, Template t, int line);
  }

  private void forEachLanguage(String key, int line, String state, Check check) {
    if (key == null) {
      return;
    }
    for (String lang : flow.languages()) {
      String text = flow.messages().getOrDefault(lang, java.util.Map.of()).get(key);
      int at = flow.lines().getOrDefault(lang + "." + key, line);
      if (text == null) {
        text = SystemMessages.isSystemKey(key) ? SystemMessages.text(lang, key) : null;
      }
      if (text == null) {
        report.add(line, state, "message '" + key + "' is missing in language '" + lang + "'");
        continue;
      }
      Template t = vars.checkTemplate(text, at, state, report, true);
      if (t != null) {
        check.accept(lang, t, at);
      }
    }
  }
}
