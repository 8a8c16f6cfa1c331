/**
 * Publishing: one procedure or a unit's whole manual as Word (POI, from restylable templates) and
 * PDF (drawn with PDFBox, fonts embedded), and the registers as Excel. Renderers take the plain
 * models of this package and know nothing of entities.
 */
package vn.quytrinh.publishing;
