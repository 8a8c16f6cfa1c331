/*
 * The layout of every signed-in page: on a phone the navigation is one row that scrolls sideways
 * (app.css), so the page's own link is brought into that row's view. Served from the application
 * (script-src 'self'); without it the row simply starts at its first link.
 */
(function () {
  "use strict";
  var row = document.querySelector(".app-nav ul");
  var current = document.querySelector(".app-nav a.current");
  if (row && current && row.scrollWidth > row.clientWidth) {
    var left =
      current.getBoundingClientRect().left - row.getBoundingClientRect().left + row.scrollLeft;
    row.scrollLeft = left - (row.clientWidth - current.offsetWidth) / 2;
  }
})();
