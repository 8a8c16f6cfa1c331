package vn.quytrinh.platform.security;

/** The signed-in person of a test outside the container: always the same one. */
public final class FixedCaller extends CurrentCaller {

  private final Caller who;

  public FixedCaller(Caller who) {
    this.who = who;
  }

  @Override
  public Caller get() {
    return who;
  }
}
