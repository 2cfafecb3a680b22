// Progressive enhancement only: every feature works without this file.
(function () {
  "use strict";

  // Choosing a source applies it at once, instead of waiting for "Apply filters".
  document.querySelectorAll("input[data-autosubmit]").forEach(function (input) {
    input.addEventListener("change", function () {
      if (input.form) input.form.submit();
    });
  });

  // "/" focuses the search box, as on most search sites, unless the reader is typing.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target.isContentEditable) return;
    var box = document.querySelector("input[name=q]");
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
})();
