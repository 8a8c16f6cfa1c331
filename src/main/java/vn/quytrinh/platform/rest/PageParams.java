package vn.quytrinh.platform.rest;

import jakarta.ws.rs.QueryParam;

/**
 * The paging parameters of every list, {@code ?page=0&size=50}, taken as one {@code @BeanParam
 * PageParams paging}; {@link #request()} checks them (400 naming the field).
 */
public class PageParams {

  @QueryParam("page")
  Integer page;

  @QueryParam("size")
  Integer size;

  public PageParams() {}

  public PageParams(Integer page, Integer size) {
    this.page = page;
    this.size = size;
  }

  /** The page asked for, 0 and 50 when absent; 400 when out of range. */
  public PageRequest request() {
    return PageRequest.of(page, size);
  }
}
