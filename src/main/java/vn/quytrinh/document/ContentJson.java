package vn.quytrinh.document;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** Content as stored: the canonical JSON written by {@link Canonical}, read back with JSON-B. */
final class ContentJson {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private ContentJson() {}

  static String write(ProcedureContent c) {
    return Canonical.json(c);
  }

  static ProcedureContent read(String json) {
    return JSONB.fromJson(json, ProcedureContent.class);
  }
}
