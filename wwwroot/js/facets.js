// Progressive enhancement of the filters: every feature here also works without this file
// (bars are links, the filter box is a form).
(function () {
  "use strict";

  // Dragging across the date histogram's bars chooses the span from the first bar to the last,
  // the way one would mark a stretch on a printed chart. A click without a drag stays the bar's
  // own link, and keyboard users keep the links.
  document.querySelectorAll("svg[data-drag-dates]").forEach(function (svg, chart) {
    var bars = Array.prototype.slice.call(svg.querySelectorAll("a[href]"));
    if (bars.length < 2) return;
    var start = null;
    var end = null;
    var pointer = null;
    var dragging = false;
    var swallowClick = false;

    svg.classList.add("draggable");
    var figure = svg.closest("figure");
    var hintText = "Drag across the bars, or hold Shift and press the arrow keys, to choose a span of dates.";
    var hint = null;
    if (figure) {
      hint = document.createElement("p");
      hint.className = "histogram-hint";
      hint.id = "histogram-hint-" + chart;
      // Read out when a span is marked from the keyboard.
      hint.setAttribute("aria-live", "polite");
      hint.textContent = hintText;
      figure.appendChild(hint);
      svg.setAttribute("aria-describedby", hint.id);
    }

    // Bars share the width evenly, so the pointer's x says which bar it is over, even between bars.
    function barAt(clientX) {
      var box = svg.getBoundingClientRect();
      var index = Math.floor(((clientX - box.left) / box.width) * bars.length);
      return Math.max(0, Math.min(bars.length - 1, index));
    }

    function mark() {
      var low = Math.min(start, end);
      var high = Math.max(start, end);
      bars.forEach(function (bar, index) {
        bar.classList.toggle("in-range", dragging && index >= low && index <= high);
      });
    }

    function reset() {
      start = end = pointer = null;
      dragging = false;
      bars.forEach(function (bar) { bar.classList.remove("in-range"); });
    }

    // The bars' links differ only in from and to: take the first bar's, with the last bar's end.
    function spanUrl(low, high) {
      var url = new URL(bars[low].getAttribute("href"), window.location.href);
      var last = new URL(bars[high].getAttribute("href"), window.location.href);
      url.searchParams.set("to", last.searchParams.get("to"));
      return url.toString();
    }

    svg.addEventListener("pointerdown", function (event) {
      if (event.button !== 0 || !event.isPrimary) return;
      start = end = barAt(event.clientX);
      pointer = event.pointerId;
      dragging = false;
    });

    svg.addEventListener("pointermove", function (event) {
      if (start === null || event.pointerId !== pointer) return;
      end = barAt(event.clientX);
      if (!dragging && end !== start) {
        dragging = true;
        // Captured only once a drag begins, so that a plain click still lands on its bar's link.
        svg.setPointerCapture(event.pointerId);
      }
      mark();
    });

    svg.addEventListener("pointerup", function (event) {
      if (start === null || event.pointerId !== pointer) return;
      var low = Math.min(start, end);
      var high = Math.max(start, end);
      var dragged = dragging;
      if (!dragged) {
        reset();
        return;
      }
      swallowClick = true;
      window.location.assign(spanUrl(low, high));
    });

    svg.addEventListener("pointercancel", reset);
    svg.addEventListener("lostpointercapture", function () {
      if (!swallowClick) reset();
    });

    // A drag that ends over a bar must not also follow that bar's link.
    svg.addEventListener("click", function (event) {
      if (!swallowClick) return;
      event.preventDefault();
      event.stopPropagation();
    }, true);

    // Browsers would otherwise drag the link itself, or select text, instead of the span.
    svg.addEventListener("dragstart", function (event) { event.preventDefault(); });

    // On a keyboard the chart is one stop in the Tab order instead of one per period (a year by
    // days is hundreds): Left, Right, Home and End move between the bars and Enter follows one.
    // Shift with an arrow key marks a span from where it was pressed, as dragging does, and
    // Enter then chooses the whole span.
    var focused = 0;
    var anchor = null;

    function rove(index) {
      focused = index;
      bars.forEach(function (bar, i) { bar.setAttribute("tabindex", i === index ? "0" : "-1"); });
    }

    function periodOf(index) {
      var title = bars[index].querySelector("title");
      return title ? title.textContent.split(":")[0] : "";
    }

    function showSpan() {
      var marked = anchor !== null && anchor !== focused;
      var low = Math.min(anchor, focused);
      var high = Math.max(anchor, focused);
      bars.forEach(function (bar, index) {
        bar.classList.toggle("in-range", marked && index >= low && index <= high);
      });
      if (hint) {
        hint.textContent = marked
          ? periodOf(low) + " to " + periodOf(high) + ": Enter chooses this span, Escape cancels."
          : hintText;
      }
    }

    rove(0);
    bars.forEach(function (bar, index) {
      bar.addEventListener("focus", function () { rove(index); });
    });

    svg.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      var next = event.key === "ArrowRight" ? focused + 1
        : event.key === "ArrowLeft" ? focused - 1
        : event.key === "Home" ? 0
        : event.key === "End" ? bars.length - 1
        : null;
      if (next !== null) {
        event.preventDefault();
        if (!event.shiftKey) anchor = null;
        else if (anchor === null) anchor = focused;
        bars[Math.max(0, Math.min(bars.length - 1, next))].focus();
        showSpan();
      } else if (event.key === "Escape" && anchor !== null) {
        event.preventDefault();
        anchor = null;
        showSpan();
      } else if (event.key === "Enter" && anchor !== null && anchor !== focused) {
        event.preventDefault();
        window.location.assign(spanUrl(Math.min(anchor, focused), Math.max(anchor, focused)));
      }
    });
  });

  // The list of all values narrows as the reader types; the form (for readers without scripts)
  // would reload the page and lose the boxes ticked so far, so it only re-applies the filter.
  document.querySelectorAll("input[data-facet-filter]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-facet-filter"));
    if (!list) return;
    var items = Array.prototype.slice.call(list.querySelectorAll("li"));
    var count = document.querySelector("[data-facet-filter-count]");
    var empty = document.querySelector("[data-facet-filter-empty]");

    function apply() {
      var text = input.value.trim();
      var needle = text.toLowerCase();
      var shown = 0;
      items.forEach(function (item) {
        var label = item.querySelector(".facet-label");
        var match = needle === "" || (label && label.textContent.toLowerCase().indexOf(needle) !== -1);
        item.hidden = !match;
        if (match) shown += 1;
      });
      if (count) count.textContent = needle === "" ? "" : shown + " of " + items.length + " contain \u201c" + text + "\u201d.";
      if (empty) empty.hidden = shown > 0;
    }

    input.addEventListener("input", apply);
    if (input.form) {
      input.form.addEventListener("submit", function (event) {
        event.preventDefault();
        apply();
      });
    }
  });
})();
