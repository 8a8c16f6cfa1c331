package vn.quytrinh.intake;

/**
 * What one import table may hold, so that a file under the upload limit cannot make the reader hold
 * more than a few tens of MB (see docs/configuration.md for the reasoning):
 *
 * @param rows rows read, title and blank rows included
 * @param columns columns a value may stand in (A…BL); emptier cells beyond are skipped unread
 * @param cellChars characters of one cell (Excel's own limit)
 * @param chars characters of all cells read together, and of the shared-strings table of an XLSX
 * @param sharedStrings entries of an XLSX's shared-strings table
 */
record TableLimits(int rows, int columns, int cellChars, long chars, int sharedStrings) {

  static final TableLimits DEFAULT = new TableLimits(50_000, 64, 32_767, 20_000_000, 1_000_000);
}
