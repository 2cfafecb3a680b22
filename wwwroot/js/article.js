// The article page: step through the marked matches with the keyboard (n or j: next; p or k:
// previous). Progressive enhancement only: without this file, the ↑ ↓ links after each match
// and the "first ↓" link in the header do the same by following #m1, #m2, … fragments.
(function () {
  "use strict";

  var article = document.querySelector("article.article");
  var marks = article ? Array.prototype.slice.call(article.querySelectorAll("mark[id]")) : [];
  if (marks.length === 0) return;
  var current = -1;
  var position = document.querySelector("[data-match-position]");
  var keys = document.querySelector("[data-match-keys]");

  // The stylesheet marks the fragment's target only while this script is not the one keeping track.
  article.classList.add("stepping");
  if (keys) keys.hidden = false;

  function indexOfFragment(hash) {
    var found = /^#m(\d+)$/.exec(hash || "");
    var index = found ? Number(found[1]) - 1 : -1;
    return index >= 0 && index < marks.length ? index : -1;
  }

  function show(index, scroll) {
    if (current >= 0) marks[current].classList.remove("current-match");
    current = (index + marks.length) % marks.length;
    var mark = marks[current];
    mark.classList.add("current-match");
    if (scroll) mark.scrollIntoView({ block: "center" });
    // Replace rather than push, so that Back leaves the article instead of replaying every step.
    history.replaceState(history.state, "", "#" + mark.id);
    if (position) {
      position.textContent = "match " + (current + 1) + " of " + marks.length;
      position.hidden = false;
    }
  }

  // Before any step, start from what the reader is looking at, not from the top.
  function firstFrom(delta) {
    var i;
    if (delta > 0) {
      for (i = 0; i < marks.length; i++) if (marks[i].getBoundingClientRect().top > 0) return i;
      return 0;
    }
    for (i = marks.length - 1; i >= 0; i--) if (marks[i].getBoundingClientRect().bottom < window.innerHeight) return i;
    return marks.length - 1;
  }

  function step(delta) {
    show(current < 0 ? firstFrom(delta) : current + delta, true);
  }

  var steps = { n: 1, j: 1, p: -1, k: -1 };

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (!Object.prototype.hasOwnProperty.call(steps, event.key)) return;
    var target = event.target;
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement || target.isContentEditable) return;
    event.preventDefault();
    step(steps[event.key]);
  });

  // The ↑ ↓ and "first" links step too, without adding a history entry per step.
  document.addEventListener("click", function (event) {
    var link = event.target instanceof Element ? event.target.closest(".match-nav a, a.match-first") : null;
    var index = link ? indexOfFragment(link.hash) : -1;
    if (index < 0) return;
    event.preventDefault();
    show(index, true);
  });

  window.addEventListener("hashchange", function () {
    var index = indexOfFragment(location.hash);
    if (index >= 0 && index !== current) show(index, false);
  });

  // Opened at a match (#m1 from the results): the browser has already scrolled to it.
  var opened = indexOfFragment(location.hash);
  if (opened >= 0) show(opened, false);
})();
