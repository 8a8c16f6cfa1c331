/**
 * Running an installation: backups of the embedded database, written on an administrator's request
 * and recorded in the audit trail (restore and the PostgreSQL way: {@code docs/operations.md}).
 */
package vn.quytrinh.operations;
