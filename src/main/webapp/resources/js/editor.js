/*
 * The draft editor: the running total of the step table against the TTHC's legal time limit as
 * the person types (working days with a decimal comma, in quarter days), the arrow keys step a
 * day field by a quarter, a row is dragged by its handle to another place, and the focus goes back
 * to the row an action touched. Served from the application (script-src 'self'); the page works
 * without it: the server sums on every action, and the buttons move rows.
 */
(function () {
  "use strict";

  function parse(text) {
    var t = (text || "").trim().replace(",", ".");
    if (t === "") {
      return 0;
    }
    if (!/^\d{1,4}(\.\d{1,2})?$/.test(t)) {
      return NaN;
    }
    return Number(t);
  }

  function format(n) {
    var s = (Math.round(n * 100) / 100).toString();
    return s.replace(".", ",");
  }

  function fill(pattern, args) {
    return pattern.replace(/\{(\d)\}/g, function (_, i) {
      return args[Number(i)];
    });
  }

  function recount() {
    var total = document.getElementById("steps-total");
    var state = document.getElementById("limit-state");
    if (!total) {
      return;
    }
    var sum = 0;
    var readable = true;
    document.querySelectorAll("#step-table input.days").forEach(function (input) {
      var d = parse(input.value);
      var bad = isNaN(d) || Math.round(d * 4) !== d * 4;
      input.setAttribute("aria-invalid", bad ? "true" : "false");
      if (bad) {
        readable = false;
      } else {
        sum += d;
      }
    });
    total.textContent = format(sum) + (readable ? "" : " ?");
    var limit = total.getAttribute("data-limit");
    if (state && limit) {
      var l = Number(limit);
      var over = sum > l;
      state.textContent = over
        ? fill(state.getAttribute("data-over"), [format(l), format(sum - l)])
        : fill(state.getAttribute("data-within"), [format(l), format(l - sum)]);
      state.className = over ? "limit-state over" : "limit-state within";
      total.parentNode.className = over ? "num over" : "num";
    }
  }

  function step(event) {
    var input = event.target;
    if (!input.classList || !input.classList.contains("days")) {
      return;
    }
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") {
      return;
    }
    var d = parse(input.value);
    if (isNaN(d)) {
      return;
    }
    d = Math.round(d * 4) / 4 + (event.key === "ArrowUp" ? 0.25 : -0.25);
    input.value = format(Math.max(0, d));
    event.preventDefault();
    recount();
  }

  // A row dragged by its handle onto another row of the same table: the form is submitted through
  // the hidden drop button with the two places, as a move button would submit it, so the server
  // moves the row and nothing typed is lost.
  var dragged = null;

  function handleOf(row) {
    return row ? row.querySelector(".drag-handle") : null;
  }

  function dropRow(event) {
    var row = dragged && event.target.closest ? event.target.closest("tr") : null;
    var handle = handleOf(row);
    return handle && handle.getAttribute("data-table") === dragged.getAttribute("data-table")
      ? row
      : null;
  }

  function unmark() {
    document.querySelectorAll("tr.drop-target, tr.dragging").forEach(function (r) {
      r.classList.remove("drop-target", "dragging");
    });
  }

  function dragging() {
    document.addEventListener("dragstart", function (e) {
      if (!e.target.classList || !e.target.classList.contains("drag-handle")) {
        return;
      }
      dragged = e.target;
      var row = dragged.closest("tr");
      e.dataTransfer.effectAllowed = "move";
      e.dataTransfer.setData("text/plain", dragged.getAttribute("data-row"));
      if (e.dataTransfer.setDragImage) {
        e.dataTransfer.setDragImage(row, 16, 16);
      }
      row.classList.add("dragging");
    });
    document.addEventListener("dragover", function (e) {
      var row = dropRow(e);
      if (row) {
        e.preventDefault();
        e.dataTransfer.dropEffect = "move";
        document.querySelectorAll("tr.drop-target").forEach(function (r) {
          if (r !== row) {
            r.classList.remove("drop-target");
          }
        });
        row.classList.add("drop-target");
      }
    });
    document.addEventListener("drop", function (e) {
      var row = dropRow(e);
      if (!row) {
        return;
      }
      e.preventDefault();
      var from = dragged.getAttribute("data-row");
      var to = handleOf(row).getAttribute("data-row");
      var table = dragged.getAttribute("data-table");
      dragged = null;
      unmark();
      if (from === to) {
        return;
      }
      document.getElementById("drag-table").value = table;
      document.getElementById("drag-from").value = from;
      document.getElementById("drag-to").value = to;
      document.getElementById("drag-drop").click();
    });
    document.addEventListener("dragend", function () {
      dragged = null;
      unmark();
    });
  }

  // Enter in a one-line field presses the button the field names (data-enter: the registry
  // search), and otherwise "Lưu": left to itself the browser would press the form's first button,
  // the hidden one a drop uses.
  function enter(event) {
    var field = event.target;
    if (event.key !== "Enter" || !field.matches || !field.matches("form.editor input")) {
      return;
    }
    var type = (field.getAttribute("type") || "text").toLowerCase();
    if (["text", "search", "number", "date"].indexOf(type) < 0) {
      return;
    }
    var button = document.getElementById(field.getAttribute("data-enter") || "save");
    if (button) {
      event.preventDefault();
      button.click();
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form[data-focus]");
    if (form) {
      var key = form.getAttribute("data-focus");
      var target = key && document.querySelector('[data-focus-key="' + key + '"]');
      if (target) {
        target.focus();
      }
    }
    document.addEventListener("input", function (e) {
      if (e.target.classList && e.target.classList.contains("days")) {
        recount();
      }
    });
    document.addEventListener("keydown", step);
    document.addEventListener("keydown", enter);
    dragging();
    recount();
  });
})();
