// Maps of La Fabrique: every element with a data-carte attribute becomes a Leaflet map showing the GeoJSON
// layers listed in data-geojson (space-separated URLs). No external tile server is needed: the layers are the
// platform's own. An optional tile URL template (data-tuiles) adds a background.
// Feature properties understood: couleur (fill colour), titre (popup title), lien (popup link), rayon (points).
// The map is an enhancement: every page shows the same information as a list or table without JavaScript.
(function () {
  "use strict";
  function popup(properties) {
    var box = document.createElement("div");
    if (properties.titre) {
      var title = document.createElement(properties.lien ? "a" : "strong");
      title.textContent = properties.titre;
      if (properties.lien) { title.href = properties.lien; }
      box.appendChild(title);
    }
    if (properties.detail) {
      var detail = document.createElement("p");
      detail.textContent = properties.detail;
      box.appendChild(detail);
    }
    return box;
  }
  function style(feature) {
    var colour = (feature.properties && feature.properties.couleur) || "#000091";
    return { color: colour, weight: 1, fillColor: colour, fillOpacity: 0.45 };
  }
  function init(element) {
    var map = L.map(element, { preferCanvas: true, attributionControl: true });
    if (element.dataset.tuiles) {
      L.tileLayer(element.dataset.tuiles, { maxZoom: 18, attribution: element.dataset.attribution || "" }).addTo(map);
    }
    map.setView([46.6, 2.4], 5);
    var bounds = null;
    var urls = (element.dataset.geojson || "").split(" ").filter(Boolean);
    urls.forEach(function (url) {
      fetch(url, { headers: { Accept: "application/geo+json, application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (!data) { return; }
          var layer = L.geoJSON(data, {
            style: style,
            pointToLayer: function (feature, latlng) {
              var radius = (feature.properties && feature.properties.rayon) || 6;
              return L.circleMarker(latlng, { radius: radius, color: style(feature).color, weight: 1, fillOpacity: 0.7 });
            },
            onEachFeature: function (feature, layer) {
              if (feature.properties && (feature.properties.titre || feature.properties.detail)) {
                layer.bindPopup(popup(feature.properties));
              }
            }
          }).addTo(map);
          var layerBounds = layer.getBounds();
          if (layerBounds.isValid()) {
            bounds = bounds ? bounds.extend(layerBounds) : layerBounds;
            map.fitBounds(bounds, { maxZoom: 12 });
          }
        });
    });
    element.dispatchEvent(new CustomEvent("carte:prete", { detail: { map: map } }));
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (typeof L === "undefined") { return; }
    Array.prototype.forEach.call(document.querySelectorAll("[data-carte]"), init);
  });
})();
