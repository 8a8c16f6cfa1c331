package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.quytrinh.platform.problem.FieldError;
import vn.quytrinh.platform.problem.InvalidInput;

class PageRequestTest {

  private static final List<String> XA =
      IntStream.range(0, 10).mapToObj(i -> "Xã số " + i).toList();

  @Test
  void defaultsToFirstPageOfFifty() {
    PageRequest r = PageRequest.of(null, null);
    assertEquals(0, r.page());
    assertEquals(50, r.size());
    assertEquals(0, r.offset());
  }

  @Test
  void theBeanParamOfEveryListGivesTheSamePageRequest() {
    assertEquals(PageRequest.of(null, null), new PageParams().request());
    assertEquals(new PageRequest(2, 20), new PageParams(2, 20).request());
    InvalidInput e = assertThrows(InvalidInput.class, () -> new PageParams(0, 501).request());
    assertEquals(List.of("size"), e.errors().stream().map(FieldError::field).toList());
    InvalidInput p = assertThrows(InvalidInput.class, () -> new PageParams(-1, null).request());
    assertEquals(List.of("page"), p.errors().stream().map(FieldError::field).toList());
  }

  @Test
  void aTypedPageOfAWebListIsClampedNeverRefused() {
    assertEquals(new PageRequest(0, 25), PageRequest.clamped(-3, 25));
    assertEquals(new PageRequest(4, 25), PageRequest.clamped(4, 25));
    PageRequest far = PageRequest.clamped(Integer.MAX_VALUE, 25);
    assertEquals((Integer.MAX_VALUE - PageRequest.MAX_SIZE) / 25, far.page());
    assertThrows(InvalidInput.class, () -> new PageRequest(Integer.MAX_VALUE, 25));
  }

  @Test
  void offsetIsPageTimesSize() {
    assertEquals(40, PageRequest.of(2, 20).offset());
    assertEquals(0, PageRequest.of(0, 500).offset());
    assertEquals(3, PageRequest.of(3, null).page());
    assertEquals(50, PageRequest.of(3, null).size());
  }

  @Test
  void sizeBoundsAreInclusive() {
    assertEquals(1, PageRequest.of(0, 1).size());
    assertEquals(500, PageRequest.of(0, 500).size());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 501, Integer.MAX_VALUE})
  void sizeOutOfRangeIsInvalidInput(int size) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> PageRequest.of(0, size));
    assertEquals(400, e.status());
    assertEquals(List.of("size"), e.errors().stream().map(FieldError::field).toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Integer.MIN_VALUE})
  void negativePageIsInvalidInput(int page) {
    InvalidInput e = assertThrows(InvalidInput.class, () -> new PageRequest(page, 50));
    assertEquals(List.of("page"), e.errors().stream().map(FieldError::field).toList());
  }

  /**
   * A page that is accepted must give an offset the database can use. {@code page * size} is
   * computed in {@code int}, so ?page=2147483647&size=500 gives a negative offset (a 500 from
   * {@code setFirstResult}) instead of an empty page or a 400.
   */
  @Test
  void acceptedPageNeverGivesANegativeOrWrappedOffset() {
    PageRequest r;
    try {
      r = PageRequest.of(Integer.MAX_VALUE, 500);
    } catch (InvalidInput refused) {
      return; // refusing such a page is a correct answer too
    }
    assertTrue(r.offset() >= 0, "offset overflowed to " + r.offset());
    assertEquals((long) r.page() * r.size(), r.offset());
  }

  @Test
  void sliceCutsTheRequestedPage() {
    Page<String> p = Page.slice(XA, PageRequest.of(1, 4));

    assertEquals(List.of("Xã số 4", "Xã số 5", "Xã số 6", "Xã số 7"), p.items());
    assertEquals(10, p.total());
    assertEquals(1, p.page());
    assertEquals(4, p.size());
  }

  @Test
  void sliceOfLastPageIsShort() {
    Page<String> p = Page.slice(XA, PageRequest.of(2, 4));
    assertEquals(List.of("Xã số 8", "Xã số 9"), p.items());
    assertEquals(10, p.total());
  }

  @Test
  void sliceBeyondTheEndIsEmptyButKeepsTotal() {
    Page<String> p = Page.slice(XA, PageRequest.of(7, 4));
    assertEquals(List.of(), p.items());
    assertEquals(10, p.total());
    assertEquals(7, p.page());

    Page<String> far = Page.slice(XA, PageRequest.of(4_000_000, 500));
    assertEquals(List.of(), far.items());
  }

  @Test
  void sliceOfEmptyList() {
    Page<String> p = Page.slice(List.of(), PageRequest.of(null, null));
    assertEquals(List.of(), p.items());
    assertEquals(0, p.total());
  }

  @Test
  void sliceIsACopy() {
    List<String> all = new java.util.ArrayList<>(XA);
    Page<String> p = Page.slice(all, PageRequest.of(0, 3));
    all.set(0, "đã đổi");
    assertEquals("Xã số 0", p.items().get(0));
  }

  @Test
  void mapKeepsPaging() {
    Page<Integer> p = Page.slice(XA, PageRequest.of(1, 3)).map(String::length);
    assertEquals(List.of(7, 7, 7), p.items());
    assertEquals(10, p.total());
    assertEquals(1, p.page());
    assertEquals(3, p.size());
  }
}
