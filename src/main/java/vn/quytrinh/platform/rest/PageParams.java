package vn.quytrinh.platform.rest;

import jakarta.ws.rs.QueryParam;

/**
 * The paging parameters of every list, {@code ?page=0&size=50}, taken as one {@code @BeanParam
 * PageParams paging}; {@link #request()} checks them (400 naming the field).
 */
public class PageParams {

  @QueryParam("page")
  String page;

  @QueryParam("size")
  String size;

  public PageParams() {}

  public PageParams(Integer page, Integer size) {
    this.page = page == null ? null : page.toString();
    this.size = size == null ? null : size.toString();
  }

  /**
   * The page asked for, 0 and 50 when absent; 400 naming the field when it is not a whole number or
   * out of range. The parameters are text, read by {@link Params#integer}: the runtime's own
   * conversion failed loudly in the log.
   */
  public PageRequest request() {
    return PageRequest.of(Params.integer("page", page), Params.integer("size", size));
  }
}
