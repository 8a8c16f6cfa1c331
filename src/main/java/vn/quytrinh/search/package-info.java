/**
 * Search across procedures, TTHC and legal documents that ignores Vietnamese diacritics and case: a
 * Lucene index per instance that follows the audit trail (the database's change log) and can be
 * rebuilt from the database on demand.
 */
package vn.quytrinh.search;
