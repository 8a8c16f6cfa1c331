package vn.quytrinh.platform.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Measures kept as lines of text ({@code impact LEGAL_RELATION 4}), for tests to compare. */
public final class RecordingMeasures implements Measures {

  public final List<String> recorded = new ArrayList<>();

  @Override
  public void request(String endpoint, int status, Duration took) {
    recorded.add("request " + endpoint + " " + status);
  }

  @Override
  public void impactRun(String cause, Duration took, int flagsRaised) {
    if (took.isNegative()) {
      throw new IllegalArgumentException("a negative time: " + took);
    }
    recorded.add("impact " + cause + " " + flagsRaised);
  }

  @Override
  public void importRun(String kind, ImportOutcome outcome, int rows) {
    recorded.add("import " + kind + " " + outcome + " " + rows);
  }

  @Override
  public void signInFailed(SignInFailure reason) {
    recorded.add("sign-in " + reason);
  }
}
