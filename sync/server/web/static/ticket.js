/* The live ticket page (/t/{token}): every few seconds, fetch the live part
   (/t/{token}/live, a small HTML fragment with an ETag) and swap it in when what it says
   has changed (its data-key), so the polite live region announces changes only. The
   server's own answer is trusted HTML, rendered by the same template as the page. Without
   JavaScript, the page's <noscript> refresh reloads it instead. */
(function () {
  "use strict";
  var live = document.getElementById("ticket-live");
  if (!live || !window.fetch) { return; }
  var every = (parseInt(live.getAttribute("data-refresh"), 10) || 10) * 1000;
  var src = live.getAttribute("data-src");
  var timer = null;
  var busy = false;

  function currentKey() {
    var state = live.querySelector("[data-key]");
    return state ? state.getAttribute("data-key") : "";
  }

  function swap(html) {
    var found = /data-key="([^"]*)"/.exec(html);
    if (found && found[1] !== currentKey()) { live.innerHTML = html; }
  }

  function poll() {
    timer = null;
    busy = true;
    fetch(src, { credentials: "omit", headers: { "Accept": "text/html" } })
      .then(function (answer) { return answer.ok ? answer.text() : null; })
      .then(function (html) { if (html) { swap(html); } })
      .catch(function () { /* no network for a moment: the next poll tries again */ })
      .then(function () { busy = false; schedule(); });
  }

  function schedule() {
    if (timer === null && !document.hidden) { timer = setTimeout(poll, every); }
  }

  // A phone taken out of a pocket asks at once instead of showing a minutes-old state.
  document.addEventListener("visibilitychange", function () {
    if (timer !== null) { clearTimeout(timer); timer = null; }
    if (!document.hidden && !busy) { poll(); }
  });
  schedule();
}());
