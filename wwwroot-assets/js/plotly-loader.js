// Loads plotly.min.js (4.8 MB) once per page, on first use, for every module that draws with it. A script tag that
// another copy of this loader already added is waited for instead of being added again: two copies of Plotly
// evaluated side by side (a sparkline page left for a chart page mid-load) must never happen.

let loading;

export function loadPlotly() {
  if (window.Plotly) {
    return Promise.resolve(window.Plotly);
  }
  loading ??= new Promise((resolve, reject) => {
    const src = new URL("plotly.min.js", import.meta.url).href;
    const existing = [...document.scripts].find((s) => s.src === src);
    const script = existing ?? document.createElement("script");
    script.addEventListener("load", () => resolve(window.Plotly));
    script.addEventListener("error", () => {
      loading = undefined;
      reject(new Error("plotly.min.js could not be loaded"));
    });
    if (!existing) {
      script.src = src;
      script.async = true;
      document.head.appendChild(script);
    } else if (window.Plotly) {
      resolve(window.Plotly);
    }
  });
  return loading;
}
