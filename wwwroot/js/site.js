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
