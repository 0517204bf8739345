// The plotly.js the app serves in place of Plotly.Blazor's full bundle (see Features/Charts/PlotlyBundle.cs): only the
// trace types the app draws. Scatter comes with the core and draws trends; bar draws rankings; choropleth draws maps and
// scattergeo their area names. The full bundle is 4.85 MB of script (1.46 MB gzipped) a browser parses before its
// first chart; this one is about a quarter of it.
var Plotly = require('plotly.js/lib/core');

Plotly.register([
    require('plotly.js/lib/bar'),
    require('plotly.js/lib/choropleth'),
    require('plotly.js/lib/scattergeo'),
]);

window.Plotly = Plotly;
