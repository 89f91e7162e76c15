package io.starhash.server.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every endpoint the API serves, as documented in {@code openapi.yaml}: method, path template and
 * operation id. The operation id is also the {@code endpoint} tag of the API's meters.
 */
enum Endpoint {
  CREATE_OPERATION("POST", "/api/v1/operations", "createOperation"),
  LIST_OPERATIONS("GET", "/api/v1/operations", "listOperations"),
  ACCEPT_OPERATION("POST", "/api/v1/operations/{id}/accept", "acceptOperation"),
  REJECT_OPERATION("POST", "/api/v1/operations/{id}/reject", "rejectOperation"),
  GET_ACCOUNT("GET", "/api/v1/accounts/{phoneOrToken}", "getAccount"),
  LIST_NOTIFICATIONS("GET", "/api/v1/notifications", "listNotifications"),
  OPENAPI("GET", "/openapi.yaml", "getOpenApi"),
  SIM_SMS("GET", "/sim/sms/{msisdn}", "getSimSms"),
  MMO_CALLBACK("PUT", "/mmo/callback/{clientCorrelationId}", "putMmoCallback");

  private final String method;
  private final String template;
  private final String operationId;
  private final String[] segments;

  Endpoint(String method, String template, String operationId) {
    this.method = method;
    this.template = template;
    this.operationId = operationId;
    this.segments = template.substring(1).split("/", -1);
  }

  String method() {
    return method;
  }

  String template() {
    return template;
  }

  String operationId() {
    return operationId;
  }

  /** Whether a path could be one of these endpoints: the prefixes the server routes to the API. */
  static boolean claims(String rawPath) {
    return rawPath.equals("/openapi.yaml") || rawPath.equals("/api") || rawPath.startsWith("/api/")
        || rawPath.startsWith("/sim/sms/") || rawPath.startsWith("/mmo/callback/");
  }

  /** The endpoint of {@code method} on {@code rawPath}; see {@link Match}. */
  static Match match(String method, String rawPath) {
    String[] parts = rawPath.startsWith("/") ? rawPath.substring(1).split("/", -1) : new String[0];
    Set<String> allowed = new LinkedHashSet<>();
    for (Endpoint endpoint : values()) {
      List<String> params = endpoint.params(parts);
      if (params == null) {
        continue;
      }
      if (endpoint.method.equals(method)) {
        return new Match.Found(endpoint, params);
      }
      allowed.add(endpoint.method);
    }
    return allowed.isEmpty() ? new Match.NotFound() : new Match.WrongMethod(String.join(", ", allowed));
  }

  /** The raw (still encoded) values of the template's parameters, or null when the path differs. */
  private List<String> params(String[] parts) {
    if (parts.length != segments.length) {
      return null;
    }
    List<String> params = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      if (segments[i].startsWith("{")) {
        if (parts[i].isEmpty()) {
          return null;
        }
        params.add(parts[i]);
      } else if (!segments[i].equals(parts[i])) {
        return null;
      }
    }
    return params;
  }

  /** Where a request lands. */
  sealed interface Match {
    /** A served endpoint; {@code params} are its path parameters in template order, still encoded. */
    record Found(Endpoint endpoint, List<String> params) implements Match {
      public Found {
        params = List.copyOf(params);
      }
    }

    /** The path is served, but not for this method; {@code allow} is the {@code Allow} header. */
    record WrongMethod(String allow) implements Match {}

    /** No endpoint has this path. */
    record NotFound() implements Match {}
  }
}
