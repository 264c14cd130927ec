/* Refreshes the live parts of a public page (elements with data-live and an id) from the same
   page on the server every data-refresh seconds, through the browser's HTTP cache (the server's
   Cache-Control and ETag decide how fresh). The words stay the server's, in the page's language;
   the parts marked aria-live announce their changes politely. The page works without this. */
(function () {
  "use strict";
  var seconds = parseInt(document.body.getAttribute("data-refresh") || "0", 10);
  if (!seconds || !window.fetch || !window.DOMParser) {
    return;
  }
  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html");
    var parts = document.querySelectorAll("[data-live][id]");
    for (var i = 0; i < parts.length; i += 1) {
      var next = fresh.getElementById(parts[i].id);
      if (next && next.innerHTML !== parts[i].innerHTML) {
        parts[i].innerHTML = next.innerHTML;
      }
    }
  }
  function refresh() {
    if (document.hidden) {
      setTimeout(refresh, seconds * 1000);
      return;
    }
    fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (html) {
          swap(html);
        }
      })
      .catch(function () { /* the server is away: try again at the next turn */ })
      .then(function () {
        setTimeout(refresh, seconds * 1000);
      });
  }
  setTimeout(refresh, seconds * 1000);
})();
