package io.starhash.flows.text;

import java.util.Map;

/**
 * Texts the runtime itself shows (errors, navigation, the hop-budget screen), in English and
 * French. A flow overrides any of them by defining the same key in its message table.
 */
public final class SystemMessages {

  public static final String INVALID_CHOICE = "sys.invalid-choice";
  public static final String TOO_MANY = "sys.too-many";
  public static final String PROCESSING = "sys.processing";
  public static final String ENDED = "sys.ended";
  public static final String BUSY = "sys.busy";
  public static final String UNKNOWN_CODE = "sys.unknown-code";
  public static final String BAD_INPUT = "sys.bad-input";
  public static final String MORE = "sys.more";
  public static final String BACK = "sys.back";

  private static final Map<String, Map<String, String>> TEXTS = Map.of(
      "en", Map.ofEntries(
          Map.entry(INVALID_CHOICE, "Invalid choice."),
          Map.entry(TOO_MANY, "Too many invalid attempts. Please dial again."),
          Map.entry(PROCESSING, "We are processing your request. You will receive an SMS with the result."),
          Map.entry(ENDED, "This session has ended. Please dial again."),
          Map.entry(BUSY, "Sorry, the service is busy. Please try again in a moment."),
          Map.entry(UNKNOWN_CODE, "Sorry, this service code is not available."),
          Map.entry(BAD_INPUT, "Sorry, we could not follow your input. Please dial again."),
          Map.entry(MORE, "98 More"),
          Map.entry(BACK, "0 Back"),
          Map.entry("sys.v.digits", "Please enter digits only."),
          Map.entry("sys.v.short", "Too short: at least {min} characters."),
          Map.entry("sys.v.long", "Too long: at most {max} characters."),
          Map.entry("sys.v.amount", "Please enter an amount such as 500 or 500.50."),
          Map.entry("sys.v.amount-min", "The smallest amount is {min}."),
          Map.entry("sys.v.amount-max", "The largest amount is {max}."),
          Map.entry("sys.v.msisdn", "Please enter a valid phone number."),
          Map.entry("sys.v.token", "Please enter a valid 9-digit token."),
          Map.entry("sys.v.recipient", "Please enter a phone number or a 9-digit token."),
          Map.entry("sys.v.pin", "Please enter your {max}-digit PIN."),
          Map.entry("sys.v.text", "Please enter some text.")),
      "fr", Map.ofEntries(
          Map.entry(INVALID_CHOICE, "Choix invalide."),
          Map.entry(TOO_MANY, "Trop de tentatives invalides. Veuillez recomposer."),
          Map.entry(PROCESSING, "Votre demande est en cours. Vous recevrez le resultat par SMS."),
          Map.entry(ENDED, "Cette session est terminee. Veuillez recomposer."),
          Map.entry(BUSY, "Desole, le service est occupe. Reessayez dans un instant."),
          Map.entry(UNKNOWN_CODE, "Desole, ce code de service n'est pas disponible."),
          Map.entry(BAD_INPUT, "Desole, nous n'avons pas compris votre saisie. Veuillez recomposer."),
          Map.entry(MORE, "98 Suite"),
          Map.entry(BACK, "0 Retour"),
          Map.entry("sys.v.digits", "Saisissez uniquement des chiffres."),
          Map.entry("sys.v.short", "Trop court : au moins {min} caracteres."),
          Map.entry("sys.v.long", "Trop long : au plus {max} caracteres."),
          Map.entry("sys.v.amount", "Saisissez un montant, par exemple 500 ou 500.50."),
          Map.entry("sys.v.amount-min", "Le montant minimum est {min}."),
          Map.entry("sys.v.amount-max", "Le montant maximum est {max}."),
          Map.entry("sys.v.msisdn", "Saisissez un numero de telephone valide."),
          Map.entry("sys.v.token", "Saisissez un jeton valide de 9 chiffres."),
          Map.entry("sys.v.recipient", "Saisissez un numero de telephone ou un jeton de 9 chiffres."),
          Map.entry("sys.v.pin", "Saisissez votre code PIN de {max} chiffres."),
          Map.entry("sys.v.text", "Saisissez un texte.")));

  private SystemMessages() {}

  /** The system text for {@code key} in {@code language}, falling back to English; null if none. */
  public static String text(String language, String key) {
    Map<String, String> table = TEXTS.getOrDefault(language, TEXTS.get("en"));
    String s = table.get(key);
    return s != null ? s : TEXTS.get("en").get(key);
  }

  public static boolean isSystemKey(String key) {
    return TEXTS.get("en").containsKey(key);
  }
}
