// The page's first script, kept to ES5 so it runs in every webview Office may use (Learn, "Support
// older Microsoft webviews and Office versions": Office 2019 volume-licensed and older Microsoft 365
// builds host add-ins in Trident (IE11) or EdgeHTML, where the pane's bundle cannot run). It does two
// things before anything else loads:
//   1. In Trident or EdgeHTML it shows a plain Danish and English message instead of a blank pane
//      (user-agent test as that page recommends for a failure message) and stops the pane's start.
//   2. On taskpane.html (<html data-page="taskpane">) opened outside Office it goes on to index.html,
//      file mode's page, which does not load office.js: a slow or blocked Microsoft CDN must not keep
//      file mode white. Inside Office the page carries `addin=1` (the manifest's URL) or office.js's own
//      host information (`_host_Info` in the address, in window.name or in sessionStorage), and the
//      add-in path keeps office.js in <head> and waits for Office.onReady as before.
/* global window, document */
(function () {
  "use strict";
  var w = window;
  var ua = (w.navigator && w.navigator.userAgent) || "";
  // "Edge/" is EdgeHTML; Chromium Edge says "Edg/" (Learn, same page).
  var old =
    ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1 || ua.indexOf(" Edge/") !== -1;

  function oldWebviewMessage() {
    var box = document.getElementById("container") || document.body;
    if (!box) return;
    box.innerHTML =
      '<div lang="da" style="font-family:Segoe UI,Arial,sans-serif;padding:16px;line-height:1.4">' +
      '<h1 style="font-size:18px">Budgettjek kan ikke køre i denne version af Office</h1>' +
      "<p>Din Office viser tilføjelsesprogrammer med en gammel browser (Internet Explorer eller den " +
      "gamle Edge). Brug Microsoft 365 eller Office 2021 eller nyere, eller åbn Budgettjek i en " +
      "nyere browser (Edge, Chrome, Firefox eller Safari) og vælg regnearket dér.</p></div>" +
      '<div lang="en" style="font-family:Segoe UI,Arial,sans-serif;padding:0 16px 16px;line-height:1.4">' +
      '<h2 style="font-size:16px">Budget check cannot run in this version of Office</h2>' +
      "<p>Your Office shows add-ins in an old browser (Internet Explorer or the old Edge). Use " +
      "Microsoft 365 or Office 2021 or later, or open Budget check in a current browser (Edge, " +
      "Chrome, Firefox or Safari) and choose the workbook there.</p></div>";
  }

  function hasHostInfo() {
    if (/[?&](addin=1|_host_Info=)/.test(w.location.search)) return true;
    if (w.name && w.name.indexOf("hostInfo") !== -1) return true;
    try {
      if (w.sessionStorage && w.sessionStorage.getItem("hostInfoValue")) return true;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
    } catch (_refused) {
      // Storage refused (privacy settings): the other signals decide.
    }
    return false;
  }

  if (old) {
    w.__budgettjekOldWebview = true;
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", oldWebviewMessage);
    } else {
      oldWebviewMessage();
    }
    return;
  }
  if (document.documentElement.getAttribute("data-page") === "taskpane" && !hasHostInfo()) {
    w.location.replace("index.html" + w.location.search + w.location.hash);
  }
})();
