package io.starhash.core.partner;

import java.util.List;

/** The partners of demo mode, with their well-known API keys (never for production). */
public final class DemoPartners {

  public static final String AGENT_ID = "A001";
  public static final String AGENT_KEY = "agent-demo-key";
  public static final String MERCHANT_CODE = "4321";
  public static final String MERCHANT_KEY = "merchant-demo-key";

  /** Agent {@code A001} "Demo Agent", MMO account {@code agent-A001}. */
  public static final Partner AGENT =
      Partner.withKey(AGENT_ID, PartnerKind.AGENT, "Demo Agent", "agent-" + AGENT_ID, AGENT_KEY);
  /** Merchant {@code 4321} "Demo Shop", MMO account {@code merchant-4321}. */
  public static final Partner MERCHANT =
      Partner.withKey(MERCHANT_CODE, PartnerKind.MERCHANT, "Demo Shop", "merchant-" + MERCHANT_CODE, MERCHANT_KEY);

  private DemoPartners() {}

  public static List<Partner> all() {
    return List.of(AGENT, MERCHANT);
  }
}
