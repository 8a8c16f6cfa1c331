package vn.quytrinh.platform.rest;

import vn.quytrinh.platform.problem.InvalidInput;

/** {@code ?page=0&size=50}, size at most 500. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 500;

  /**
   * A page of a web list from the address's {@code ?page=}, which a person may have typed: below 0
   * is the first page, beyond any possible result the last one that can be asked (empty), never a
   * refusal in the middle of drawing the page.
   */
  public static PageRequest clamped(int page, int size) {
    return new PageRequest(
        Math.min(Math.max(page, 0), (Integer.MAX_VALUE - MAX_SIZE) / size), size);
  }

  public PageRequest {
    if (page < 0) {
      throw new InvalidInput("page", "problem.page.negative");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInput("size", "problem.page.size", MAX_SIZE);
    }
    if ((long) page * size > Integer.MAX_VALUE - MAX_SIZE) {
      throw new InvalidInput("page", "problem.page.tooLarge");
    }
  }

  public static PageRequest of(Integer page, Integer size) {
    return new PageRequest(page == null ? 0 : page, size == null ? 50 : size);
  }

  public int offset() {
    return page * size;
  }
}
