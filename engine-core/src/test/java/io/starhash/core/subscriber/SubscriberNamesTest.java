package io.starhash.core.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubscriberNamesTest {

  @Test
  void acceptsLettersSpacesHyphensAndApostrophesAndTidiesBlanks() {
    assertThat(SubscriberNames.normalise("  Juma \t Hassani ")).contains("Juma Hassani");
    assertThat(SubscriberNames.normalise("Amina O'Brien-Juma")).contains("Amina O'Brien-Juma");
    assertThat(SubscriberNames.normalise("Zoë Ölçer")).contains("Zoë Ölçer");
    assertThat(SubscriberNames.normalise("Jo")).contains("Jo");
    assertThat(SubscriberNames.normalise("a".repeat(40))).isPresent();
  }

  @Test
  void refusesAnythingElse() {
    assertThat(new String[] {"J", "", "   ", "a".repeat(41), "Juma2", "Juma_H", "-Juma", "Juma-",
        "'Juma", "Juma.", "Juma|Hassani", "<b>Juma</b>"})
        .allSatisfy(name -> assertThat(SubscriberNames.normalise(name)).as(name).isEmpty());
    assertThat(SubscriberNames.normalise(null)).isEmpty();
  }
}
