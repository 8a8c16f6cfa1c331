/**
 * The Vietnamese demo data (a province, a department, a commune, their people and real procedures),
 * loaded through the application services into an empty installation on request.
 */
package vn.quytrinh.sampledata;
