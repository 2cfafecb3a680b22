// Progressive enhancement only: every feature works without this file.
(function () {
  "use strict";

  // Choosing a source applies it at once, instead of waiting for "Apply filters".
  // The new page would start at the top: a reader on the keyboard is put back on the box they
  // ticked, to go on from there (a pointer can go straight anywhere, so it is left alone).
  var refocusKey = "newsarchive-refocus";
  var byKeyboard = false;
  document.addEventListener("keydown", function () { byKeyboard = true; }, true);
  document.addEventListener("pointerdown", function () { byKeyboard = false; }, true);
  var autosubmit = Array.prototype.slice.call(document.querySelectorAll("input[data-autosubmit]"));
  autosubmit.forEach(function (input) {
    input.addEventListener("change", function () {
      if (!input.form) return;
      try {
        if (byKeyboard) sessionStorage.setItem(refocusKey, input.name + "=" + input.value);
      } catch (e) { /* No storage (private mode): the page starts at the top, as without scripts. */ }
      input.form.submit();
    });
  });
  try {
    var ticked = sessionStorage.getItem(refocusKey);
    sessionStorage.removeItem(refocusKey);
    var again = autosubmit.filter(function (input) { return input.name + "=" + input.value === ticked; })[0];
    if (again) again.focus();
  } catch (e) { /* As above. */ }

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

// "Copy" buttons beside read-only text (a citation): shown only where the clipboard can be written.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.value).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 2000);
      }, function () {
        source.select();
      });
    });
  });
})();

// Suggestions as the search is typed (/suggest, the same the browser's address bar gets),
// offered through a datalist: the browser shows and keys through them as its own list.
(function () {
  "use strict";
  document.querySelectorAll("form[role=search] input[name=q]").forEach(function (box, index) {
    var list = document.createElement("datalist");
    list.id = "q-suggestions-" + index;
    box.after(list);
    box.setAttribute("list", list.id);
    var timer = 0;
    var asked = "";
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = box.value;
        if (text.trim().length < 2 || text === asked) return;
        asked = text;
        fetch("/suggest?q=" + encodeURIComponent(text), { headers: { Accept: "application/x-suggestions+json" } })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (answer) {
            if (!answer || box.value !== answer[0]) return;
            list.replaceChildren.apply(list, answer[1].map(function (suggestion) {
              var option = document.createElement("option");
              option.value = suggestion;
              return option;
            }));
          })
          .catch(function () { /* Suggestions are a convenience: typing goes on without them. */ });
      }, 150);
    });
  });
})();
