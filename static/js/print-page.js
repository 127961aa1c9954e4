/* "Print this page": shown only where scripts run, since without them the button could
   do nothing; the browser's own print command gives the same printed page. */
(function () {
  "use strict";
  if (typeof window.print !== "function") {
    return;
  }
  var links = document.querySelectorAll("[data-print-link]");
  for (var i = 0; i < links.length; i += 1) {
    var button = links[i].querySelector("[data-print]");
    if (button) {
      button.addEventListener("click", function () { window.print(); });
      links[i].hidden = false;
    }
  }
}());
