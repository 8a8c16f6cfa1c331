/**
 * The minimal sign-in and account pages of the web interface, posting to the authentication
 * mechanism; the Faces interface replaces them and keeps the same contract.
 */
package vn.quytrinh.org.web;
