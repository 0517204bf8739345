// The choropleth map: plotly's `choropleth` on a geo subplot with our own GeoJSON (no tiles, works offline).
// Shapes come over plain HTTP (/api/map/geometry, a versioned address the browser may cache) once per page and
// (unit, level); the circuit sends only classes, hover texts and flags, and Plotly.react recolours the same figure.

import { loadPlotly } from "./plotly-loader.js";

// Plotly's geo subplot fetches a world topojson from cdn.plot.ly whenever a trace has a locationmode, even with the
// base map hidden and our own GeoJSON (plotly.js 4.1.2, geo.plot). Offline that fetch fails and nothing is drawn, so
// an empty topology stands in: base layers are off (geo.visible false), so none of it is ever read.
function stubWorldTopojson() {
  window.PlotlyGeoAssets ??= { topojson: {} };
  for (const name of ["world_110m", "world_50m"]) {
    window.PlotlyGeoAssets.topojson[name] ??= { type: "Topology", objects: {}, arcs: [] };
  }
}

/** Starts fetching Plotly while the server is still computing the figures. */
export function preload() {
  loadPlotly().catch(() => {});
}

// Every recolour's duration (ms, from this module's entry to Plotly.react resolving): read by the benchmark script.
window.__hdMapTimings ??= [];

// A stepped colour scale: class i of n fills [i/n, (i+1)/n], and z = i with zmin −0.5, zmax n − 0.5 lands mid-band.
function steppedScale(colours) {
  const n = colours.length;
  const scale = [];
  colours.forEach((colour, i) => {
    scale.push([i / n, colour], [(i + 1) / n, colour]);
  });
  return scale;
}

function figure(state, payload) {
  const n = payload.colours.length;
  const dark = payload.wall;
  const outline = dark ? "#0b1220" : "#ffffff";
  const trace = {
    type: "choropleth",
    geojson: state.geojson,
    locationmode: "geojson-id",
    locations: payload.locations,
    z: payload.classes,
    zmin: -0.5,
    zmax: n - 0.5,
    colorscale: steppedScale(payload.colours),
    showscale: false,
    // A wall has no pointer: it gets no hover texts, and none are drawn.
    ...(payload.hover.length > 0 ? { text: payload.hover, hovertemplate: "%{text}<extra></extra>" } : { hoverinfo: "skip" }),
    hoverlabel: { font: { size: dark ? 22 : 14, family: "Roboto, 'Noto Sans', sans-serif" }, align: "left" },
    marker: {
      // Small denominators get a thick dark outline (dotted by decorate below), so they are never read as bare rates.
      line: {
        // Areas without data get a grey edge: white edges between hatched areas would vanish.
        color: payload.small.map((s, i) => (s ? (dark ? "#ffffff" : "#1c2633") : payload.noData[i] ? "#8793a5" : outline)),
        width: payload.small.map((s) => (s ? 2.5 : 0.8)),
      },
    },
  };
  const layout = {
    margin: { l: 0, r: 0, t: 0, b: 0 },
    paper_bgcolor: dark ? "#0b1220" : "rgba(0,0,0,0)",
    geo: {
      fitbounds: "geojson",
      visible: false,
      projection: { type: "mercator" },
      bgcolor: "rgba(0,0,0,0)",
    },
    // Keeps a zoom the viewer chose while values change; a new unit or level gets a new view.
    uirevision: payload.geometryKey,
    dragmode: false,
  };
  const config = { displayModeBar: false, responsive: true, scrollZoom: false, doubleClick: false };
  const data = [trace];
  if (state.outlines) {
    // District borders over a province's communes: transparent fill, no hover, so the communes below stay the target.
    data.push({
      type: "choropleth",
      geojson: state.outlines,
      locationmode: "geojson-id",
      locations: state.outlineIds,
      z: state.outlineIds.map(() => 0),
      colorscale: [[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]],
      showscale: false,
      hoverinfo: "skip",
      marker: { line: { color: dark ? "#f4f6f9" : "#1c2633", width: 1.6 } },
    });
  }
  return { data, layout, config };
}

// Plotly styles are inline: after each draw, tag every shape with its unit code (for tests and keyboard users'
// screen readers), hatch the ones without data and dot the outline of small denominators.
function decorate(element, payload) {
  const svg = element.querySelector("svg.main-svg");
  if (svg && !svg.querySelector("#hd-map-hatch")) {
    const ns = "http://www.w3.org/2000/svg";
    const defs = svg.querySelector("defs") ?? svg.insertBefore(document.createElementNS(ns, "defs"), svg.firstChild);
    const pattern = document.createElementNS(ns, "pattern");
    pattern.setAttribute("id", "hd-map-hatch");
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", "8");
    pattern.setAttribute("height", "8");
    pattern.setAttribute("patternTransform", "rotate(45)");
    pattern.innerHTML = `<rect width="8" height="8" fill="${payload.wall ? "#3a4556" : "#e6e8eb"}"></rect>`
      + `<line x1="0" y1="0" x2="0" y2="8" stroke="${payload.wall ? "#8793a5" : "#9aa5b1"}" stroke-width="2"></line>`;
    defs.appendChild(pattern);
  }
  const index = new Map(payload.locations.map((code, i) => [code, i]));
  for (const path of element.querySelectorAll("path.choroplethlocation")) {
    const code = path.__data__?.loc;
    const i = index.get(code);
    if (i === undefined) {
      continue;
    }
    path.setAttribute("data-code", code);
    path.setAttribute("data-class", String(payload.classes[i]));
    // Set every time, not only for no data: an area that gets data must lose the hatching even if plotly kept the path.
    path.style.fill = payload.noData[i] ? "url(#hd-map-hatch)" : payload.colours[payload.classes[i]];
    path.style.strokeDasharray = payload.small[i] ? "3 2" : "";
  }
}

// Plotly names a click's area from its latest hover, computed at most every 50 ms: a quick tap or a click straight
// after the pointer moved could name the area hovered before. The shape under the pointer itself decides instead.
function areaAt(element, clientX, clientY) {
  for (const path of element.querySelectorAll("path.choroplethlocation[data-code]")) {
    const toShape = path.getScreenCTM()?.inverse();
    if (toShape && path.isPointInFill(new DOMPoint(clientX, clientY).matrixTransform(toShape))) {
      return path.getAttribute("data-code");
    }
  }
  return null;
}

// Shapes by address, kept for the page's life: a wall returning to its map slide, or a live recolour, fetches nothing.
// A few maps at most are shown on one page; the oldest is dropped past that.
const shapesByUrl = new Map();
const keptShapes = 8;

function shapesAt(url) {
  let shapes = shapesByUrl.get(url);
  if (!shapes) {
    shapes = fetch(url, { credentials: "same-origin" }).then((response) => {
      if (!response.ok) {
        throw new Error(`map shapes ${url}: HTTP ${response.status}`);
      }
      return response.json();
    });
    // A failed fetch is not kept: the next draw tries again.
    shapes.catch(() => shapesByUrl.delete(url));
    shapesByUrl.set(url, shapes);
    if (shapesByUrl.size > keptShapes) {
      shapesByUrl.delete(shapesByUrl.keys().next().value);
    }
  }
  return shapes;
}

/** Draws or recolours the map in `element` with the shapes at `geometryUrl` (fetched once, then kept). */
export async function render(element, geometryUrl, payloadJson, dotnet) {
  const started = performance.now();
  const payload = JSON.parse(payloadJson);
  if (!element) {
    return "no-element";
  }
  const state = element.__hdMap ?? (element.__hdMap = {});
  if (state.url !== geometryUrl) {
    const [shapes] = await Promise.all([shapesAt(geometryUrl), loadPlotly()]);
    state.geojson = shapes.areas;
    state.outlines = shapes.outlines ?? null;
    state.outlineIds = state.outlines ? state.outlines.features.map((f) => f.id) : [];
    state.url = geometryUrl;
  }
  state.dotnet = dotnet;
  const Plotly = await loadPlotly();
  stubWorldTopojson();
  const { data, layout, config } = figure(state, payload);
  await Plotly.react(element, data, layout, config);
  decorate(element, payload);
  if (!state.listening) {
    state.listening = true;
    element.on("plotly_click", (event) => {
      const pointer = event?.event;
      const code = (pointer ? areaAt(element, pointer.clientX, pointer.clientY) : null) ?? event?.points?.[0]?.location;
      if (code && state.dotnet) {
        state.dotnet.invokeMethodAsync("AreaClicked", code);
      }
    });
  }
  const ms = performance.now() - started;
  // wall: the epoch time the recolour finished, comparable with the clock of a test on the same machine.
  window.__hdMapTimings.push({ ms, version: payload.version, wall: performance.timeOrigin + performance.now() });
  element.setAttribute("aria-label", payload.label);
  element.dataset.version = String(payload.version);
  element.dataset.drawn = "true";
  return "drawn";
}

/** Frees Plotly's listeners and the shapes when the component goes away. */
export function dispose(element) {
  if (element && window.Plotly) {
    window.Plotly.purge(element);
  }
  if (element) {
    delete element.__hdMap;
  }
}
