package vn.quytrinh.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConstraintViolationMapperTest {

  static class Row {
    @NotNull BigDecimal days;

    Row(BigDecimal days) {
      this.days = days;
    }
  }

  static class Inner {
    @NotBlank String name;

    Inner(String name) {
      this.name = name;
    }
  }

  static class Form {
    @NotBlank String title;
    @Valid List<Row> rows;
    List<@NotBlank String> codes;
    @Valid Inner inner;
    Map<String, @NotBlank String> labels;

    Form(
        String title, List<Row> rows, List<String> codes, Inner inner, Map<String, String> labels) {
      this.title = title;
      this.rows = rows;
      this.codes = codes;
      this.inner = inner;
      this.labels = labels;
    }
  }

  static class Api {
    @SuppressWarnings("unused")
    void save(@NotNull @Valid Form body) {}
  }

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static Form valid() {
    return new Form(
        "Quy trình chứng thực",
        List.of(new Row(BigDecimal.ONE), new Row(new BigDecimal("0.5"))),
        List.of("1.001193"),
        new Inner("Tổ một cửa"),
        Map.of("vi", "Tiếng Việt"));
  }

  private static Set<String> paths(Set<? extends ConstraintViolation<?>> vs) {
    return vs.stream()
        .map(ConstraintViolationMapper::jsonPath)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void validBeanHasNoViolations() {
    assertEquals(Set.of(), paths(validator.validate(valid())));
  }

  @Test
  void propertyOfBeanInListIsIndexed() {
    Form f = valid();
    f.rows = Arrays.asList(new Row(BigDecimal.ONE), new Row(BigDecimal.TEN), new Row(null));

    assertEquals(Set.of("rows[2].days"), paths(validator.validate(f)));
  }

  @Test
  void containerElementConstraintGivesIndexOfTheElement() {
    Form f = valid();
    f.codes = List.of("1.001193", "  ", "2.000815");

    assertEquals(Set.of("codes[1]"), paths(validator.validate(f)));
  }

  @Test
  void mapValueConstraintGivesTheKey() {
    Form f = valid();
    f.labels = Map.of("vi", " ");

    assertEquals(Set.of("labels[vi]"), paths(validator.validate(f)));
  }

  @Test
  void nestedBeanAndTopLevelProperties() {
    Form f = valid();
    f.title = "";
    f.inner = new Inner(null);
    f.rows = List.of(new Row(null));
    f.codes = List.of("", "x", "");

    assertEquals(
        Set.of("title", "inner.name", "rows[0].days", "codes[0]", "codes[2]"),
        paths(validator.validate(f)));
  }

  @Test
  void methodAndParameterNodesAreSkipped() throws NoSuchMethodException {
    Method save = Api.class.getDeclaredMethod("save", Form.class);
    Form f = valid();
    f.rows = Arrays.asList(new Row(BigDecimal.ONE), new Row(BigDecimal.TEN), new Row(null));
    f.codes = List.of("1.001193", "");

    Set<ConstraintViolation<Api>> vs =
        validator.forExecutables().validateParameters(new Api(), save, new Object[] {f});

    assertEquals(Set.of("rows[2].days", "codes[1]"), paths(vs));
  }

  @Test
  void constraintOnTheParameterItselfIsTheBody() throws NoSuchMethodException {
    Method save = Api.class.getDeclaredMethod("save", Form.class);

    Set<ConstraintViolation<Api>> vs =
        validator.forExecutables().validateParameters(new Api(), save, new Object[] {null});

    assertEquals(Set.of("body"), paths(vs));
  }

  @Test
  void responseIsProblemWithErrorsSortedByField() {
    Form f = valid();
    f.title = " ";
    f.rows = Arrays.asList(new Row(BigDecimal.ONE), new Row(BigDecimal.TEN), new Row(null));
    f.codes = List.of("1.001193", "");

    Response r =
        new ConstraintViolationMapper()
            .toResponse(new ConstraintViolationException(validator.validate(f)));

    assertEquals(400, r.getStatus());
    JsonObject body = Json.createReader(new StringReader((String) r.getEntity())).readObject();
    assertEquals(400, body.getInt("status"));
    assertEquals(
        List.of("codes[1]", "rows[2].days", "title"),
        body.getJsonArray("errors").stream()
            .map(JsonValue::asJsonObject)
            .map(o -> o.getString("field"))
            .toList());
  }
}
