// Draws a chart from one JSON string of the server's figure ({ data, layout, config }, written by PlotlyJson).
// Plotly.Blazor's PlotlyChart hands its figure through the circuit's own serializer as trees of boxed values, and
// Blazor gives every circuit its own serializer options: each value type so passed costs every circuit its
// metadata again (about 65 KB an open wall). A string costs nothing of the kind. plotly.js is loaded by
// Plotly.Blazor's own loader, from the address it always uses (the app answers it with its own bundle).
import { importScript } from "../_content/Plotly.Blazor/plotly-interop-7.2.0.js";

const plotlyScript = "./_content/Plotly.Blazor/plotly-3.7.0.min.js";

// Resolves once plotly.js has run. Plotly.Blazor's importScript answers at once when its script element is already
// there, even while that script still loads: a chart page's head starts it (App.razor), and a second chart of a page
// asks while the first one's load is under way.
async function loadPlotly() {
  await importScript("plotly-import", plotlyScript);
  if (!window.Plotly) {
    const script = document.getElementById("plotly-import");
    await new Promise((resolve, reject) => {
      script.addEventListener("load", resolve, { once: true });
      script.addEventListener("error", () => reject(new Error(`Failed to load ${plotlyScript}`)), { once: true });
    });
  }
}

/**
 * Draws the figure in the element with id `id`: its first figure makes the plot, every later one is applied to the
 * same plot (Plotly.react), so a live update is never a new plot. Resolves once plotly has drawn it; false when the
 * element has left the page meanwhile.
 */
export async function draw(id, figureJson) {
  await loadPlotly();
  const element = document.getElementById(id);
  if (!element) {
    return false;
  }
  const figure = JSON.parse(figureJson);
  await window.Plotly.react(element, figure.data, figure.layout, figure.config);
  return true;
}

/** Frees what plotly holds for the plot (its listeners, WebGL contexts) when the chart leaves the page. */
export function purge(id) {
  const element = document.getElementById(id);
  if (element && window.Plotly) {
    window.Plotly.purge(element);
  }
}
