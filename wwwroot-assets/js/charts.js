// Small charts for the Blazor pages, drawn with Plotly.react so that a redraw with new values reuses the chart.
// plotly.min.js (4.8 MB) is loaded on first use only (plotly-loader.js, shared with the other chart modules), so
// pages without charts never pay for it.

import { loadPlotly } from "./plotly-loader.js";

// Okabe–Ito: readable with the common colour-vision deficiencies; the same hues as the status chips.
const statusColours = { "achieved": "#0072B2", "on-track": "#009E73", "at-risk": "#E69F00", "off-track": "#D55E00" };
const lineColour = "#5B6B7F";

function sparklineTraces(item) {
  const last = item.values.length - 1;
  const markerColours = item.values.map((_, i) => (i === last ? statusColours[item.status] ?? lineColour : lineColour));
  // A year-to-date last point is hollow: it is not comparable with the full years before it.
  const markerSymbols = item.values.map((_, i) => (i === last && item.lastIsYearToDate ? "circle-open" : "circle"));
  const traces = [{
    x: item.years,
    y: item.values,
    type: "scatter",
    mode: "lines+markers",
    line: { color: lineColour, width: 2, shape: "linear" },
    marker: { color: markerColours, size: item.values.map((_, i) => (i === last ? 8 : 4)), symbol: markerSymbols, line: { width: 2, color: markerColours } },
    hoverinfo: "skip",
  }];
  if (item.target !== null && item.target !== undefined && item.years.length > 0) {
    traces.push({
      x: [item.years[0], item.years[last]],
      y: [item.target, item.target],
      type: "scatter",
      mode: "lines",
      line: { color: "#9AA5B1", width: 1, dash: "dot" },
      hoverinfo: "skip",
    });
  }
  return traces;
}

const sparklineLayout = {
  margin: { l: 4, r: 6, t: 4, b: 4 },
  height: 56,
  showlegend: false,
  paper_bgcolor: "rgba(0,0,0,0)",
  plot_bgcolor: "rgba(0,0,0,0)",
  xaxis: { visible: false, fixedrange: true },
  yaxis: { visible: false, fixedrange: true },
};

const sparklineConfig = { staticPlot: true, displayModeBar: false, responsive: true };

/** Starts fetching and evaluating Plotly while the server is still computing the figures. */
export function preload() {
  loadPlotly().catch(() => {});
}

let generation = 0;

// A macrotask between charts lets the browser paint the tiles and answer clicks: forty charts drawn in one go
// would hold the main thread for seconds on a machine without a GPU.
const yieldToBrowser = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Draws (or redraws) one sparkline per item into the element whose id the item names; missing elements are skipped. */
export async function renderSparklines(itemsJson) {
  const items = JSON.parse(itemsJson);
  // Tiles of the next unit reuse the same element ids: a newer call makes an older, unfinished one stop.
  const mine = ++generation;
  // Lets a screenshot or a test wait until every trend is drawn.
  document.documentElement.dataset.sparklines = "drawing";
  const Plotly = await loadPlotly();
  for (const item of items) {
    await yieldToBrowser();
    if (mine !== generation) {
      return;
    }
    const element = document.getElementById(item.id);
    if (!element) {
      continue;
    }
    if (item.values.length < 2) {
      Plotly.purge(element);
      element.classList.add("hd-spark-empty");
      continue;
    }
    element.classList.remove("hd-spark-empty");
    await Plotly.react(element, sparklineTraces(item), sparklineLayout, sparklineConfig);
  }
  if (mine === generation) {
    document.documentElement.dataset.sparklines = "drawn";
  }
}
