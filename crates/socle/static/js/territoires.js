// Territory autocomplete: an <input data-territoires="commune,epci"> gets a native <datalist> filled from
// /api/v1/territoires as the person types. The browser's own combobox keeps it accessible; the chosen text
// ends with the code in parentheses, which the server reads (socle::territoires::code_in_choice). Without
// JavaScript the field still accepts a name, a postcode or an INSEE code.
(function () {
  "use strict";
  var LABELS = { commune: "commune", epci: "intercommunalité", departement: "département", region: "région" };
  function attach(input) {
    var list = document.createElement("datalist");
    list.id = (input.id || "territoire") + "-propositions";
    input.setAttribute("list", list.id);
    input.setAttribute("autocomplete", "off");
    input.parentNode.appendChild(list);
    var timer = null;
    var last = "";
    input.addEventListener("input", function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last || /\(([0-9AB]{2,9})\)$/.test(q)) { return; }
      last = q;
      clearTimeout(timer);
      timer = setTimeout(function () {
        var types = (input.dataset.territoires || "").split(",").filter(Boolean);
        var url = "/api/v1/territoires?page_size=10&q=" + encodeURIComponent(q) +
          types.map(function (t) { return "&type=" + encodeURIComponent(t); }).join("");
        fetch(url, { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (data) {
            list.textContent = "";
            data.results.forEach(function (t) {
              var option = document.createElement("option");
              option.value = t.nom + " (" + t.code + ")";
              option.label = (LABELS[t.type] || t.type) + (t.departement ? " — " + t.departement : "");
              list.appendChild(option);
            });
          });
      }, 150);
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("input[data-territoires]"), attach);
  });
})();
