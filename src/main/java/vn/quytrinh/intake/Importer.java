package vn.quytrinh.intake;

import vn.quytrinh.platform.security.Caller;

/**
 * One kind of file an import reads: it maps the file's rows to the owning registry's service, row
 * by row into the {@link ImportRun}; the registry decides what a row changes (what is a duplicate,
 * what may change), the run what is kept.
 */
interface Importer {

  /** A file as uploaded, and the unit it is imported for when the kind takes one. */
  record Upload(byte[] body, String mediaType, String unit) {}

  /** The audit trail's entity of a file of this kind: {@code TTHC}, {@code LEGAL_DOCUMENT}, … */
  String entity();

  /** 403 unless the caller may import this kind: a coordinator, unless the kind says otherwise. */
  default void requireImporter(Caller c) {
    ImportService.requireImporter(c);
  }

  /** Reads the file and writes what it brings; a file it cannot read is a {@link BadFile}. */
  void read(ImportRun run, Upload file);
}
