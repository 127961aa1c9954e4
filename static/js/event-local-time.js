/* Event page: add the event's time in the reader's own time zone, when it differs
   from the event's. Optional: the page states the time in the event's zone without it. */
(function () {
  "use strict";
  var element = document.querySelector(".local-time[data-start]");
  if (!element || typeof Intl === "undefined" || !Intl.DateTimeFormat) {
    return;
  }
  var readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!readerZone || readerZone === element.getAttribute("data-zone")) {
    return;
  }
  var start = new Date(element.getAttribute("data-start"));
  var end = new Date(element.getAttribute("data-end"));
  if (isNaN(start.getTime()) || isNaN(end.getTime())) {
    return;
  }
  var language = document.documentElement.lang || undefined;
  var format;
  try {
    format = new Intl.DateTimeFormat(language, {
      weekday: "long", year: "numeric", month: "long", day: "numeric",
      hour: "2-digit", minute: "2-digit", timeZoneName: "short"
    });
  } catch (error) {
    return;
  }
  var text = format.formatRange ? format.formatRange(start, end)
    : format.format(start) + " – " + format.format(end);
  element.textContent = element.getAttribute("data-label") + " " + text;
  element.hidden = false;
})();
