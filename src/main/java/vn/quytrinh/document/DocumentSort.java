package vn.quytrinh.document;

/** The orders a list of documents can be read in; the database sorts. */
public enum DocumentSort {
  UNIT,
  CODE,
  TITLE,
  KIND
}
