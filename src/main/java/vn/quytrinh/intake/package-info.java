/**
 * Intake: importing the TTHC list and legal documents from spreadsheets, and recognising legal
 * citations written as text. Every import is all-or-nothing.
 */
package vn.quytrinh.intake;
