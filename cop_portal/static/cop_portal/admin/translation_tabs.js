/* Marks the language tabs of a language in which an object has no text yet.

   modeltranslation's tabbed_translation_fields.js (loaded before this file) puts each
   translated field's inputs in one tab per language. Here, for the object of the form
   and for each inline row, a language with no text in any of that object's translated
   fields gets the class "mt-missing" on its tabs and a visible marker (its text comes,
   translated, from this script's data-missing-label). The marks follow what the editor
   types. No inline script, nothing from another origin: it runs under the portal's
   Content-Security-Policy. */
"use strict";
{
  const script = document.currentScript;
  const LABEL = script.dataset.missingLabel;
  const TITLE = script.dataset.missingTitle;
  const PREFIX = "mt-field-";
  const FIELDS = "input.mt, textarea.mt, select.mt";

  // The language of a translated input, from modeltranslation's class "mt-field-title-zh_hans".
  function languageOf(input) {
    for (const name of input.classList) {
      if (name.startsWith(PREFIX)) {
        return name.slice(PREFIX.length).split("-")[1];
      }
    }
    return null;
  }

  // The object an element belongs to: its inline row (a stacked inline's box, a
  // tabular inline's table row), or else the form's own object.
  function ownerOf(element) {
    return element.closest(".inline-related:not(.tabular), tr.form-row") || element.closest("form");
  }

  function ownInputs(owner) {
    return [...owner.querySelectorAll(FIELDS)].filter((input) => ownerOf(input) === owner);
  }

  function mark(owner) {
    const written = new Set();
    for (const input of ownInputs(owner)) {
      if (input.value.trim() !== "") {
        written.add(languageOf(input));
      }
    }
    for (const link of owner.querySelectorAll(".ui-tabs-nav a[href^='#tab_']")) {
      const panel = document.getElementById(link.getAttribute("href").slice(1));
      const input = panel && panel.querySelector(FIELDS);
      if (!input || ownerOf(link) !== owner) {
        continue;
      }
      const missing = !written.has(languageOf(input));
      const tab = link.closest("li");
      tab.classList.toggle("mt-missing", missing);
      let marker = link.querySelector(".mt-missing-marker");
      if (missing && !marker) {
        marker = document.createElement("span");
        marker.className = "mt-missing-marker";
        marker.textContent = LABEL;
        marker.title = TITLE;
        link.append(" ", marker);
      } else if (!missing && marker) {
        marker.previousSibling.remove();
        marker.remove();
      }
    }
  }

  function markAll() {
    const owners = new Set();
    for (const input of document.querySelectorAll(FIELDS)) {
      if (!input.closest(".empty-form")) {
        owners.add(ownerOf(input));
      }
    }
    owners.forEach(mark);
  }

  // modeltranslation opens the tabs of the admin's language but leaves its "all tabs"
  // switch on the first language: show the language that is open.
  function showActiveLanguageInSwitch() {
    const select = document.getElementById("modeltranslation-main-switch");
    const nav = document.querySelector(".ui-tabs-nav");
    const active = nav ? [...nav.children].findIndex((tab) => tab.classList.contains("ui-tabs-active")) : -1;
    if (select && active >= 0) {
      select.value = String(active);
    }
  }

  // After modeltranslation's own ready handler (same jQuery, registered earlier) has
  // made the tabs.
  django.jQuery(function () {
    if (!document.body.classList.contains("change-form")) {
      return;
    }
    markAll();
    showActiveLanguageInSwitch();
    document.addEventListener("input", (event) => {
      if (event.target.matches(FIELDS)) {
        mark(ownerOf(event.target));
      }
    });
    // A new inline row gets its tabs from modeltranslation's click handler, which runs
    // after Django announces the row.
    document.addEventListener("formset:added", (event) => {
      setTimeout(() => mark(event.target), 0);
    });
  });
}
