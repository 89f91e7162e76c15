package io.starhash.core.mmo;

import io.starhash.core.phone.Msisdn;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One side of a transaction as the GSMA Mobile Money API names it: an identifier type
 * ({@code msisdn}, {@code accountid}, ...) and its value.
 */
public record Party(String idType, String id) {
  private static final Pattern ID_TYPE = Pattern.compile("[a-z]{2,24}");


  public static final String MSISDN = "msisdn";
  public static final String ACCOUNT_ID = "accountid";

  public Party {
    Objects.requireNonNull(idType, "idType");
    Objects.requireNonNull(id, "id");
    if (!ID_TYPE.matcher(idType).matches() || id.isBlank() || id.length() > 64) {
      throw new IllegalArgumentException("bad party " + idType);
    }
  }

  public static Party of(Msisdn msisdn) {
    return new Party(MSISDN, msisdn.e164());
  }

  public static Party account(String accountId) {
    return new Party(ACCOUNT_ID, accountId);
  }

  @Override
  public String toString() {
    return idType + ":" + (MSISDN.equals(idType) ? Msisdn.mask(id) : id);
  }
}
