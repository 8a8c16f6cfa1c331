package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AcceptCharsetTest {

  @Test
  void everyCharsetParameterIsDroppedAndTheRestKept() {
    assertEquals("application/json", AcceptCharset.without("application/json;charset=bogus"));
    assertEquals(
        "application/json;q=0.9, text/plain",
        AcceptCharset.without(
            "application/json ; Charset = \"ISO-8859-1\";q=0.9, text/plain;charset=utf-16"));
    assertEquals(
        "application/problem+json, */*", AcceptCharset.without("application/problem+json, */*"));
  }
}
