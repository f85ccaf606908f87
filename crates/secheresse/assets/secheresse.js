// Sécheresse: a click on the search map fills the longitude and latitude fields and runs the search; the
// chosen point is shown. Without JavaScript the fields are typed by hand and the page works the same.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-carte][data-recherche]"), function (element) {
    element.addEventListener("carte:prete", function (event) {
      var map = event.detail.map;
      var form = document.getElementById(element.dataset.recherche);
      if (!form) { return; }
      var lon = form.querySelector("input[name=lon]");
      var lat = form.querySelector("input[name=lat]");
      if (lon && lat && lon.value && lat.value && !isNaN(parseFloat(lon.value)) && !isNaN(parseFloat(lat.value))) {
        var point = [parseFloat(lat.value), parseFloat(lon.value)];
        L.circleMarker(point, { radius: 8, color: "#000091", weight: 3, fillOpacity: 0.2 }).addTo(map);
      }
      map.on("click", function (click) {
        lon.value = click.latlng.lng.toFixed(6);
        lat.value = click.latlng.lat.toFixed(6);
        var commune = form.querySelector("input[name=commune]");
        if (commune) { commune.value = ""; }
        form.submit();
      });
    });
  });
})();
