package io.starhash.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypesTest {

  @ParameterizedTest
  @CsvSource({"500ms, 500", "5s, 5000", "2m, 120000", "1h, 3600000", "180s, 180000",
      "1d, 86400000", "90d, 7776000000"})
  void durationsHaveOneUnit(String text, long millis) {
    assertThat(ValueTypes.duration().parse(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "5 s", "5S", "1m30s", "PT5S", "5sec", "", "3w", "5D", "1d12h"})
  void otherDurationSpellingsAreRefused(String text) {
    assertThatThrownBy(() -> ValueTypes.duration().parse(text))
        .isInstanceOf(BadValue.class)
        .hasMessage("is not a duration (use e.g. 500ms, 5s, 2m)");
  }

  @ParameterizedTest
  @CsvSource({"8192, 8192", "8KiB, 8192", "64KiB, 65536", "1MiB, 1048576", "1 MiB, 1048576",
      "8kib, 8192", "100B, 100", "1GiB, 1073741824"})
  void sizesAreBytesOrBinaryUnits(String text, int bytes) {
    assertThat(ValueTypes.size(Integer.MAX_VALUE).parse(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @CsvSource({"true, true", "FALSE, false", "True, true"})
  void booleansAreTrueOrFalse(String text, boolean value) {
    assertThat(ValueTypes.bool().parse(text)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "1", "on"})
  void otherBooleanSpellingsAreRefused(String text) {
    assertThatThrownBy(() -> ValueTypes.bool().parse(text)).hasMessage("is not true or false");
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "0.0.0.0", "::1", "[::1]", "fe80::1", "localhost",
      "redis.internal", "my-host.example.com", "::ffff:10.0.0.1"})
  void hostsAreNamesOrIpLiterals(String host) {
    assertThat(DomainTypes.host().parse(host)).isEqualTo(host);
  }

  @ParameterizedTest
  @CsvSource({"500.00, 500.00", "500, 500", "0.5, 0.5", "12.3456, 12.3456"})
  void amountsKeepTheirWrittenScale(String text, String expected) {
    assertThat(DomainTypes.amount(false).parse(text)).hasToString(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e3", "+5", "5.", ".5", "12.34567", "1,000"})
  void otherAmountSpellingsAreRefused(String text) {
    assertThatThrownBy(() -> DomainTypes.amount(true).parse(text))
        .hasMessage("is not an amount (use e.g. 500.00)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"redis://127.0.0.1:6379", "rediss://h", "redis://u:p@h:1/15",
      "redis://h:6379/", "redis://[::1]:6379"})
  void redisUrlsMayHaveUserPasswordPortAndDatabase(String url) {
    assertThat(DomainTypes.redisUrl().parse(url)).map(RedisUrl::value).contains(url);
  }
}
