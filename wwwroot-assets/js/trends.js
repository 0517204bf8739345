// The trend and ranking charts of the Trends and Rankings pages (and of wall slides that host their components).
// The server sends plain data with its labels already in the reader's language; this module only draws, with
// Plotly.react so that a live update redraws the same chart in place.

import { loadPlotly } from "./plotly-loader.js";

// Okabe–Ito hues, distinguishable with the common colour-vision deficiencies; status is also written in words.
export const statusColours = {
  achieved: "#0072B2",
  on_track: "#009E73",
  at_risk: "#E69F00",
  off_track: "#D55E00",
  no_data: "#8C8C8C",
};

function theme(wall) {
  return wall
    ? { paper: "#000000", ink: "#FFFFFF", grid: "#444444", size: 28, unit: "#56B4E9", peer: "#777777", parent: "#F0E442", path: "#CC79A7" }
    : { paper: "#FFFFFF", ink: "#1F2933", grid: "#E4E7EB", size: 14, unit: "#0072B2", peer: "#B8C0C8", parent: "#1F2933", path: "#CC79A7" };
}

function baseLayout(data, t) {
  return {
    separators: data.separators,
    paper_bgcolor: t.paper,
    plot_bgcolor: t.paper,
    font: { family: "system-ui, 'Noto Sans', sans-serif", size: t.size, color: t.ink },
    margin: { l: 70, r: 30, t: 20, b: 60 },
    hoverlabel: { font: { size: t.size } },
  };
}

function trendTraces(data, t) {
  const traces = [];
  let peerShown = false;
  // Peers first, so the unit and its parent are drawn on top of them.
  const order = { peer: 0, parent: 1, unit: 2 };
  for (const line of [...data.lines].sort((a, b) => order[a.role] - order[b.role])) {
    const peer = line.role === "peer";
    traces.push({
      type: "scatter",
      mode: line.x.length < 2 ? "markers" : "lines",
      name: peer ? data.labels.peers : line.name,
      legendgroup: peer ? "peers" : line.code,
      showlegend: !peer || !peerShown,
      x: line.x,
      y: line.y,
      text: line.text,
      hovertemplate: "%{text}<extra>" + line.name + "</extra>",
      meta: { role: line.role, code: line.code },
      line: {
        color: line.role === "unit" ? t.unit : line.role === "parent" ? t.parent : t.peer,
        width: line.role === "unit" ? (data.wall ? 6 : 3.5) : line.role === "parent" ? 2 : 1,
        dash: line.role === "parent" ? "dash" : "solid",
      },
    });
    peerShown ||= peer;
  }
  data.path.forEach((segment, i) => {
    traces.push({
      type: "scatter",
      mode: segment.x.length > 1 ? "lines+markers" : "markers",
      name: data.labels.roadmap,
      legendgroup: "roadmap",
      showlegend: i === 0,
      x: segment.x,
      y: segment.y,
      text: segment.text,
      hovertemplate: "%{text}<extra></extra>",
      meta: { role: "target" },
      line: { color: t.path, width: 2, dash: "dot" },
      marker: { color: t.path, size: data.wall ? 16 : 9, symbol: segment.x.map((_, j) => (j === segment.x.length - 1 ? "star" : "circle-open")) },
    });
  });
  return traces;
}

function trendLayout(data, t) {
  return {
    ...baseLayout(data, t),
    height: data.wall ? 700 : 460,
    showlegend: true,
    legend: { orientation: "h", y: -0.18 },
    // Labels sit in the middle of their period, where the period's value is drawn.
    xaxis: { type: "date", tickformat: data.tickFormat, ticklabelmode: "period", dtick: data.yearTicks ? "M12" : undefined, gridcolor: t.grid, linecolor: t.ink },
    yaxis: { title: { text: data.unitLabel }, gridcolor: t.grid, zerolinecolor: t.grid },
  };
}

function rankingTraces(data, t) {
  // One trace per status so the legend names each colour; the y axis keeps the server's order (best first).
  const byStatus = new Map();
  for (const bar of data.bars) {
    if (!byStatus.has(bar.status)) {
      byStatus.set(bar.status, []);
    }
    byStatus.get(bar.status).push(bar);
  }
  return [...byStatus.entries()].map(([status, bars]) => ({
    type: "bar",
    orientation: "h",
    name: bars[0].statusName,
    y: bars.map((b) => b.code),
    x: bars.map((b) => b.value),
    text: bars.map((b) => b.label),
    textposition: "outside",
    cliponaxis: false,
    hovertemplate: "%{customdata}<extra></extra>",
    customdata: bars.map((b) => `${b.name}: ${b.label} (${b.statusName})`),
    meta: { status },
    marker: {
      color: statusColours[status] ?? statusColours.no_data,
      // Small denominators are hatched: the rate rests on few events and is shown with its counts and interval.
      pattern: { shape: bars.map((b) => (b.small ? "/" : "")), fillmode: "overlay", fgcolor: t.paper, solidity: 0.3 },
      line: { color: t.ink, width: bars.map((b) => (b.small ? 1 : 0)) },
    },
  }));
}

function rankingLayout(data, t) {
  const rowHeight = data.wall ? 60 : 30;
  const shapes = [];
  const annotations = [];
  if (data.target !== null && data.target !== undefined) {
    shapes.push({ type: "line", xref: "x", yref: "paper", x0: data.target, x1: data.target, y0: 0, y1: 1, line: { color: t.ink, width: 2, dash: "dash" } });
    annotations.push({ xref: "x", yref: "paper", x: data.target, y: 1, yanchor: "bottom", text: data.targetLabel, showarrow: false });
  }
  return {
    ...baseLayout(data, t),
    margin: { l: data.wall ? 360 : 190, r: data.wall ? 420 : 230, t: data.wall ? 60 : 40, b: data.wall ? 190 : 110 },
    height: Math.max(240, data.bars.length * rowHeight + (data.wall ? 250 : 150)),
    barmode: "overlay",
    showlegend: true,
    // Below the axis: the target's label has the top to itself.
    legend: { orientation: "h", x: 0, xanchor: "left", y: 0, yanchor: "bottom", yref: "container" },
    shapes,
    annotations,
    xaxis: { title: { text: data.unitLabel, standoff: data.wall ? 20 : 10 }, gridcolor: t.grid, rangemode: "tozero" },
    yaxis: {
      type: "category",
      autorange: "reversed",
      categoryorder: "array",
      categoryarray: data.bars.map((b) => b.code),
      tickvals: data.bars.map((b) => b.code),
      ticktext: data.bars.map((b) => b.name),
      automargin: true,
    },
  };
}

const config = { displayModeBar: false, responsive: true };

async function draw(id, traces, layout, state) {
  const element = document.getElementById(id);
  if (!element) {
    return;
  }
  const Plotly = await loadPlotly();
  // On a wall slide the chart takes the height the slide leaves it (wall.css), whatever the screen: nothing scrolls.
  if (element.closest(".hd-wall-slide") && element.clientHeight > 0) {
    layout.height = element.clientHeight;
  }
  element.dataset.chart = "drawing";
  await Plotly.react(element, traces, layout, config);
  // Lets tests and screenshots wait for this version of the figures.
  element.dataset.chart = "drawn";
  element.dataset.version = String(state.version);
}

/** Draws or redraws a trend chart (TrendChart.razor) into the element with data.id. */
export async function renderTrend(json) {
  const data = JSON.parse(json);
  const t = theme(data.wall);
  await draw(data.id, trendTraces(data, t), trendLayout(data, t), data);
}

/** Draws or redraws a ranking chart (RankingChart.razor) into the element with data.id. */
export async function renderRanking(json) {
  const data = JSON.parse(json);
  const t = theme(data.wall);
  await draw(data.id, rankingTraces(data, t), rankingLayout(data, t), data);
}

// Printing changes the page's width (A4 landscape) without always sending a resize: fit every chart to it.
window.matchMedia("print").addEventListener("change", () => {
  if (window.Plotly) {
    for (const element of document.querySelectorAll(".hd-chart.js-plotly-plot")) {
      window.Plotly.Plots.resize(element);
    }
  }
});

/** Frees Plotly's listeners when a component goes away. */
export function purge(id) {
  const element = document.getElementById(id);
  if (element && window.Plotly) {
    window.Plotly.purge(element);
  }
}

/** Starts fetching Plotly while the server computes the figures. */
export function preload() {
  loadPlotly().catch(() => {});
}
