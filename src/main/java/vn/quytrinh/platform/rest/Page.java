package vn.quytrinh.platform.rest;

import java.util.List;
import java.util.function.Function;

/** A page of a list: {@code {items, total, page, size}}. */
public record Page<T>(List<T> items, long total, int page, int size) {

  public <R> Page<R> map(Function<T, R> f) {
    return new Page<>(items.stream().map(f).toList(), total, page, size);
  }

  /** How many pages the whole list makes (an empty list is one empty page). */
  public int pages() {
    return size <= 0 ? 1 : (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < pages();
  }

  /** Cuts one page out of a list already in memory. */
  public static <T> Page<T> slice(List<T> all, PageRequest r) {
    int from = (int) Math.min((long) r.page() * r.size(), all.size());
    int to = Math.min(from + r.size(), all.size());
    return new Page<>(List.copyOf(all.subList(from, to)), all.size(), r.page(), r.size());
  }
}
