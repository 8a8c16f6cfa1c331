/**
 * Agencies and their units (a tree), the people who work in them, their roles, and who may read or
 * do what: authentication (HTTP Basic, PBKDF2) and the read scope of a unit's sub-tree.
 */
package vn.quytrinh.org;
