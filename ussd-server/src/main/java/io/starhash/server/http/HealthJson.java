package io.starhash.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Renders {@link Health} as {@code {"status":"UP","sessionStore":{"status":"UP",...}}}. */
final class HealthJson {

  private HealthJson() {}

  static byte[] render(Health health) {
    ObjectNode root = HttpJson.object().put("status", health.status().name());
    health.components().forEach((name, component) -> {
      ObjectNode node = root.putObject(name).put("status", component.status().name());
      for (Map.Entry<String, Object> detail : component.details().entrySet()) {
        node.set(detail.getKey(), HttpJson.valueToTree(detail.getValue()));
      }
    });
    return HttpJson.write(root);
  }
}
