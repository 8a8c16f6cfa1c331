/**
 * Controlled documents (procedures, forms, guides…), their versions by issue number (lần ban hành),
 * the structured content of a procedure, the approval lifecycle with electronic signatures, the
 * revision history and the diff between versions.
 */
package vn.quytrinh.document;
