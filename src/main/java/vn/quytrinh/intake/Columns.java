package vn.quytrinh.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns the imports know, by the folded spellings headers use in the national TTHC database
 * export, in the annex of a Quyết định công bố, and in legal-document lists.
 */
public final class Columns {

  private Columns() {}

  public static final Map<String, String> TTHC = new HashMap<>();
  public static final Map<String, String> LEGAL = new HashMap<>();

  static {
    for (String h : List.of("stt", "tt", "sott")) {
      TTHC.put(h, "stt");
      LEGAL.put(h, "stt");
    }
    for (String h :
        List.of("matthc", "mathutuc", "mathutuchanhchinh", "maso", "ma", "mattthc", "code")) {
      TTHC.put(h, "code");
    }
    for (String h : List.of("tentthc", "tenthutuc", "tenthutuchanhchinh", "ten", "name")) {
      TTHC.put(h, "name");
    }
    for (String h : List.of("linhvuc", "field")) {
      TTHC.put(h, "field");
    }
    for (String h : List.of("capthuchien", "cap", "level")) {
      TTHC.put(h, "level");
    }
    for (String h : List.of("thoihangiaiquyet", "thoihan", "thoigiangiaiquyet")) {
      TTHC.put(h, "time");
    }
    for (String h : List.of("philephi", "phi", "lephi", "phivalephi")) {
      TTHC.put(h, "fee");
    }
    for (String h : List.of("cancuphaply", "cancu", "cosophaply")) {
      TTHC.put(h, "basis");
    }
    for (String h : List.of("coquanthuchien", "coquangiaiquyet", "coquan", "agency")) {
      TTHC.put(h, "agency");
    }
    for (String h : List.of("ketqua", "ketquathuchien", "result")) {
      TTHC.put(h, "result");
    }
    for (String h : List.of("donvithuchien", "madonvi", "units")) {
      TTHC.put(h, "units");
    }
    for (String h : List.of("sokyhieu", "sohieu", "so", "sovanban", "number")) {
      LEGAL.put(h, "number");
    }
    for (String h : List.of("loaivanban", "loai", "type")) {
      LEGAL.put(h, "type");
    }
    for (String h : List.of("coquanbanhanh", "noibanhanh", "issuer")) {
      LEGAL.put(h, "issuer");
    }
    for (String h : List.of("trichyeu", "tenvanban", "title")) {
      LEGAL.put(h, "title");
    }
    for (String h : List.of("ngaybanhanh", "ngayky", "signedon")) {
      LEGAL.put(h, "signedOn");
    }
    for (String h : List.of("ngayhieuluc", "ngaycohieuluc", "hieulucthi", "effectivefrom")) {
      LEGAL.put(h, "effectiveFrom");
    }
    for (String h : List.of("ngayhethieuluc", "hethieuluc", "effectiveuntil")) {
      LEGAL.put(h, "effectiveUntil");
    }
  }
}
