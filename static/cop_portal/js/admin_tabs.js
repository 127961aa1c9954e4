/* Language tabs for the admin's translated fields.
 *
 * django-modeltranslation's tabbed admin asks jQuery UI for one widget: .tabs(). The
 * portal serves no third-party script, so this file gives Django admin's own jQuery
 * the small part of that interface the tabs use:
 *   $(container).tabs({active: n})          build tabs from the first <ul> of links
 *   $(container).tabs("option", "active", n) show tab n
 * and triggers "tabsactivate" (with ui.newTab, ui.oldTab, ui.newPanel, ui.oldPanel)
 * when the tab changes. Tabs follow the WAI-ARIA tabs pattern (arrow keys move).
 */
(function ($) {
  "use strict";
  if (!$ || $.fn.tabs) {
    return;
  }

  function activate($container, index, focus) {
    var state = $container.data("copTabs");
    if (!state || index < 0 || index >= state.$tabs.length) {
      return;
    }
    var oldIndex = state.active;
    state.$tabs.each(function (i) {
      var selected = i === index;
      $(this)
        .toggleClass("ui-tabs-active ui-state-active", selected)
        .find("a")
        .attr({ "aria-selected": selected ? "true" : "false", tabindex: selected ? "0" : "-1" });
      state.$panels.eq(i).toggleClass("ui-tabs-hide", !selected).prop("hidden", !selected);
    });
    state.active = index;
    if (focus) {
      state.$tabs.eq(index).find("a").trigger("focus");
    }
    if (oldIndex !== index) {
      $container.trigger("tabsactivate", {
        newTab: state.$tabs.eq(index),
        oldTab: state.$tabs.eq(oldIndex),
        newPanel: state.$panels.eq(index),
        oldPanel: state.$panels.eq(oldIndex),
      });
    }
  }

  function build($container, options) {
    var $list = $container.children("ul").first();
    var $tabs = $list.children("li");
    var $panels = $();
    $container.addClass("ui-tabs");
    $list.addClass("ui-tabs-nav").attr("role", "tablist");
    $tabs.each(function () {
      var $link = $(this).find("a").first();
      var panelId = ($link.attr("href") || "").replace(/^#/, "");
      var $panel = $container.children().filter(function () {
        return this.id === panelId;
      });
      $(this).attr("role", "presentation");
      $link.attr({ role: "tab", "aria-controls": panelId, id: panelId + "-tab" });
      $panel.addClass("ui-tabs-panel").attr({ role: "tabpanel", "aria-labelledby": panelId + "-tab" });
      $panels = $panels.add($panel);
    });
    $container.data("copTabs", { $tabs: $tabs, $panels: $panels, active: -1 });
    $list.on("click", "a", function (event) {
      event.preventDefault();
      activate($container, $tabs.index($(this).closest("li")), false);
    });
    $list.on("keydown", "a", function (event) {
      var current = $tabs.index($(this).closest("li"));
      var forward = $("html").attr("dir") === "rtl" ? "ArrowLeft" : "ArrowRight";
      var backward = forward === "ArrowRight" ? "ArrowLeft" : "ArrowRight";
      var next = null;
      if (event.key === forward) next = (current + 1) % $tabs.length;
      if (event.key === backward) next = (current - 1 + $tabs.length) % $tabs.length;
      if (event.key === "Home") next = 0;
      if (event.key === "End") next = $tabs.length - 1;
      if (next !== null) {
        event.preventDefault();
        activate($container, next, true);
      }
    });
    activate($container, (options && options.active) || 0, false);
  }

  $.fn.tabs = function (optionsOrMethod, name, value) {
    return this.each(function () {
      var $container = $(this);
      if (optionsOrMethod === "option") {
        if (name === "active") {
          activate($container, value, false);
        }
        return;
      }
      build($container, optionsOrMethod);
    });
  };
})(window.jQuery || (window.django && window.django.jQuery));
