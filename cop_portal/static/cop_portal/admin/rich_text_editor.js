/* The rich-text editor (django-prose-editor) in the portal's admin.

   Each editor is written in its field's language: the text area of a translated field
   carries its language's lang and dir (cop_portal/translation_admin.py), and here the
   editor's writing surface takes them over, so an Arabic editor is right to left in an
   admin of any language while its toolbar follows the admin's language. The toolbar's
   button titles, which the package writes in English, are translated with the admin's
   JavaScript catalogue (window.gettext, from the admin's jsi18n script). A classic
   script: it listens before the editor's modules run. */
"use strict";
{
  const translate = window.gettext || ((text) => text);

  function translateToolbar(root) {
    for (const button of root.querySelectorAll(".prose-menubar__button")) {
      for (const name of ["title", "aria-label"]) {
        const text = button.getAttribute(name);
        if (text) {
          button.setAttribute(name, translate(text));
        }
      }
    }
    for (const option of root.querySelectorAll(".prose-menubar__option > *")) {
      const text = translate(option.textContent);
      if (text !== option.textContent) {
        option.textContent = text;  // only when it changes: the observer sees this too
      }
    }
  }

  document.addEventListener("prose-editor:ready", (event) => {
    const { editor, textarea } = event.detail;
    const surface = editor.view.dom;
    for (const name of ["lang", "dir"]) {
      if (textarea.hasAttribute(name)) {
        surface.setAttribute(name, textarea.getAttribute(name));
      }
    }
    // The menu bar is built after the editor is ready, and parts of it again later (the
    // heading picker): translate what is there and whatever is added.
    const root = textarea.closest(".prose-editor");
    translateToolbar(root);
    new MutationObserver(() => translateToolbar(root)).observe(root, {
      childList: true,
      subtree: true,
    });
  });
}
