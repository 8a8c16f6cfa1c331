/**
 * Legal documents (văn bản quy phạm pháp luật and administrative documents), their numbers, dated
 * relations and validity over time.
 */
package vn.quytrinh.legal;
