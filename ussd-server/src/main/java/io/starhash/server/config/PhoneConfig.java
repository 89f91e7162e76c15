package io.starhash.server.config;

import static io.starhash.server.config.ConfigKeys.PHONE_COUNTRY;

/** Phone numbers: the home country they are read in. */
public record PhoneConfig(String country) {

  /** @throws ConfigException if the country is not an upper-case ISO 3166 alpha-2 code */
  public PhoneConfig {
    PHONE_COUNTRY.require(country);
  }
}
