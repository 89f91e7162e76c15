package io.starhash.server.http;

import io.starhash.core.phone.PhoneNumbers;
import java.util.List;

/** The dialects the server speaks; a new gateway is one more line here. */
final class UssdDialects {

  private UssdDialects() {}

  static List<UssdDialect> standard(PhoneNumbers phones) {
    HopValidator validator = new HopValidator(phones);
    return List.of(new AfricasTalkingDialect(validator), new StarhashJsonDialect(validator));
  }
}
