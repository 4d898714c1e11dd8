/* The concern list: after htmx shows another page of results (filters or "Next page"),
   move the focus to the sentence that says what is shown, so a keyboard or screen-reader
   user is not left on a link that no longer exists. Without JavaScript the links and the
   form load whole pages and this file does nothing. */
document.addEventListener("htmx:afterSettle", function (event) {
  var summary = document.getElementById("results-summary");
  if (summary && event.target && (event.target.id === "concern-results" || event.target.id === "concern-area")) {
    summary.focus();
  }
});
