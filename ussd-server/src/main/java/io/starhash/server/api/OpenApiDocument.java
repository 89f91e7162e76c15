package io.starhash.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code GET /openapi.yaml}: the OpenAPI 3.0 description of the server, read once from the class path. */
final class OpenApiDocument {

  static final String RESOURCE = "/openapi.yaml";
  static final String YAML = "application/yaml; charset=utf-8";

  private OpenApiDocument() {}

  /** The document's bytes. */
  static byte[] load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Reply reply(byte[] document) {
    return Reply.of(new ApiResponse(200, YAML, Map.of(), document));
  }
}
