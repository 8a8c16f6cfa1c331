/**
 * The web interface (Jakarta Faces with PrimeFaces): one sub-package per area. Pages are thin like
 * the REST resources — a bean asks one application service for what the page shows, and the
 * services decide who may do what.
 */
package vn.quytrinh.web;
