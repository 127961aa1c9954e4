/* "Exit this page" (templates/includes/quick_exit.html): leave for the neutral site at
   once, replacing this page in the history so that Back does not return to it; three
   presses of Shift within a second do the same. Without this script the link still
   leads there. */
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) {
    return;
  }
  var status = document.querySelector("[data-quick-exit-status]");
  // The Shift shortcut exists only with this script: only then is it announced.
  if (document.getElementById("quick-exit-hint")) {
    link.setAttribute("aria-describedby", "quick-exit-hint");
  }

  function announce(name) {
    if (status) {
      status.textContent = status.getAttribute("data-" + name) || "";
    }
  }

  function leave() {
    announce("leaving");
    document.body.classList.add("quick-exit-leaving");
    window.location.replace(link.href);
  }

  link.addEventListener("click", function (event) {
    // A new tab or window (Ctrl, Cmd, Shift, middle button) is the reader's choice.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    leave();
  });

  var presses = 0;
  var timer = null;
  // Shift held for a capital letter is not a press: any other key starts the count again.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") {
      presses = 0;
    }
  });
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    if (presses >= 3) {
      presses = 0;
      leave();
      return;
    }
    announce("pressed-" + presses);
    timer = window.setTimeout(function () {
      presses = 0;
      announce("none");
    }, 1000);
  });
})();
