/**
 * The law as text: a legal document's wording read into its structure (Phần, Chương, Mục, Điều,
 * khoản, điểm) with a report of what could not be placed, and the amending instructions of an
 * amending document read into proposals for a person to confirm. Plain Java, no container.
 */
package vn.quytrinh.legal.text;
