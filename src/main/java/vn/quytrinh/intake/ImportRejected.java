package vn.quytrinh.intake;

import vn.quytrinh.platform.problem.ProblemException;

/** 400 with the whole report: at least one row was refused, so nothing was written. */
public class ImportRejected extends ProblemException {

  public ImportRejected(ImportReport report) {
    super(400, "problem.title.importRejected", "problem.import.rejected", report.rejected().size());
    with("report", report);
    with("created", report.created());
    with("updated", report.updated());
    with("unchanged", report.unchanged());
    with("rejected", report.rejected());
  }
}
