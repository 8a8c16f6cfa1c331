/*
 * The session-time warning of every signed-in page. The server ends a session after its idle time
 * (web.xml, 30 minutes); two minutes before, this shows a notice with the time left and a button
 * that renews the session (POST /app/con-phien with the session's token). When the time is up
 * it opens the sign-in page, which says the session ended. Activity in any tab of the same browser
 * counts (the last request's time is shared through localStorage), so a person working in another
 * tab is not sent away. Served from the application (script-src 'self'); without it the pages work
 * and an ended session is met at the next request.
 */
(function () {
  "use strict";

  var KEY = "quytrinh.session.last";
  var box = document.getElementById("session-warning");
  if (!box) {
    return;
  }
  var left = box.querySelector(".session-left");
  var button = box.querySelector("button");
  var timer = null;
  var mine = Date.now(); // this tab's last request: the page's load, then its Ajax and renewals

  function now() {
    return Date.now();
  }

  // read at every tick from the block's attributes (the server's idle time, the warning's lead)
  function idle() {
    return Number(box.getAttribute("data-seconds")) * 1000;
  }

  function before() {
    return Number(box.getAttribute("data-warn-before")) * 1000;
  }

  function last() {
    var shared = 0;
    try {
      shared = Number(window.localStorage.getItem(KEY)) || 0;
    } catch (e) {
      shared = 0;
    }
    return Math.max(shared, mine);
  }

  function touched() {
    mine = now();
    try {
      window.localStorage.setItem(KEY, String(mine));
    } catch (e) {
      // private windows may refuse storage: this tab's own time still counts
    }
    hide();
  }

  function hide() {
    if (!box.hidden) {
      box.hidden = true;
    }
  }

  function minutes(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    var m = Math.floor(s / 60);
    var r = s % 60;
    return m + ":" + (r < 10 ? "0" : "") + r;
  }

  function ended() {
    // the page's own address inside the application, as the sign-in page takes it back
    var context = box.getAttribute("data-context");
    var path = window.location.pathname;
    if (context && path.indexOf(context) === 0) {
      path = path.substring(context.length);
    }
    window.location.assign(
      context + "/dang-nhap?expired=true&next=" + encodeURIComponent(path + window.location.search)
    );
  }

  function tick() {
    var remaining = last() + idle() - now();
    if (remaining <= 0) {
      window.clearInterval(timer);
      ended();
      return;
    }
    if (remaining <= before()) {
      left.textContent = minutes(remaining);
      if (box.hidden) {
        box.hidden = false;
        button.focus();
      }
    } else {
      hide();
    }
  }

  function keepWorking() {
    // the session's token, as the sign-out form carries it
    var token = document.querySelector("#signout input[name=_csrf]").value;
    var request = new XMLHttpRequest();
    request.open("POST", box.getAttribute("data-keepalive"));
    request.setRequestHeader("X-CSRF-Token", token);
    request.onload = function () {
      if (request.status === 204) {
        touched();
      } else {
        ended();
      }
    };
    request.onerror = function () {
      left.textContent = minutes(last() + idle() - now());
    };
    request.send();
  }

  button.addEventListener("click", keepWorking);
  touched();
  // the page's own Ajax requests renew the session too
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", touched);
  }
  if (window.faces && window.faces.ajax) {
    window.faces.ajax.addOnEvent(function (data) {
      if (data.status === "success") {
        touched();
      }
    });
  }
  window.addEventListener("storage", function (e) {
    if (e.key === KEY) {
      tick();
    }
  });
  timer = window.setInterval(tick, 1000);
})();
