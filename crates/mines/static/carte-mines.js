// Map of the mining cadastre: a layer of public titres that follows the viewport. It rides on the platform's
// js/carte.js (which builds the Leaflet map and fires "carte:prete"): grouped centroids at low zoom, perimeters
// from zoom 10, both served by /api/v1/mines/carte. Without JavaScript the list page shows the same titres.
(function () {
  "use strict";
  function popup(p) {
    var box = document.createElement("div");
    var title = document.createElement(p.lien ? "a" : "strong");
    title.textContent = p.titre || "";
    if (p.lien) { title.href = p.lien; }
    box.appendChild(title);
    if (p.detail) {
      var detail = document.createElement("p");
      detail.textContent = p.detail;
      box.appendChild(detail);
    }
    return box;
  }
  function style(feature) {
    var colour = (feature.properties && feature.properties.couleur) || "#000091";
    return { color: colour, weight: 1, fillColor: colour, fillOpacity: 0.45 };
  }
  function attach(element) {
    var url = element.dataset.carteMines;
    var status = document.getElementById(element.dataset.carteStatut || "");
    element.addEventListener("carte:prete", function (event) {
      var map = event.detail.map;
      var layer = null;
      var sequence = 0;
      function draw(data) {
        if (layer) { map.removeLayer(layer); }
        layer = L.geoJSON(data, {
          style: style,
          pointToLayer: function (feature, latlng) {
            var radius = (feature.properties && feature.properties.rayon) || 6;
            return L.circleMarker(latlng, { radius: radius, color: style(feature).color, weight: 1, fillOpacity: 0.7 });
          },
          onEachFeature: function (feature, item) { item.bindPopup(popup(feature.properties || {})); }
        }).addTo(map);
        if (status) {
          status.textContent = data.features.length + " élément(s) affiché(s) sur la carte.";
        }
      }
      function load(fit) {
        var current = ++sequence;
        var query = "?zoom=" + map.getZoom();
        if (!fit) {
          var b = map.getBounds();
          query += "&bbox=" + [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
            .map(function (v) { return Math.max(-180, Math.min(180, v)).toFixed(5); }).join(",");
        }
        fetch(url + query, { headers: { Accept: "application/geo+json, application/json" } })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (data) {
            if (!data || current !== sequence) { return; }
            if (fit) {
              if (data.bbox) {
                map.fitBounds([[data.bbox[1], data.bbox[0]], [data.bbox[3], data.bbox[2]]], { maxZoom: 9 });
              }
              load(false);
              return;
            }
            draw(data);
          });
      }
      map.on("moveend", function () { load(false); });
      load(true);
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-carte-mines]"), attach);
})();
