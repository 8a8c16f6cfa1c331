package vn.quytrinh.platform.persistence;

/**
 * What writing a record by its natural key did: a registry answers it to an import, which counts
 * and reports it row by row.
 */
public enum Upserted {
  CREATED,
  UPDATED,
  UNCHANGED
}
