/**
 * Administrative procedures (thủ tục hành chính, TTHC) as the national database lists them, and the
 * decisions (Quyết định công bố) that announce, amend, replace or abolish them.
 */
package vn.quytrinh.tthc;
