package vn.quytrinh.web;

import vn.quytrinh.platform.rest.Page;

/** Where a page of a list stands among all its pages, for the previous/next links. */
public record Pager(int page, int pages) {

  public static Pager of(Page<?> p, int size) {
    return new Pager(p.page(), (int) Math.max(1, (p.total() + size - 1) / size));
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < pages;
  }
}
