// Which area of a map a click landed on. Plotly's geo subplot names a click's point from its latest hover, which it
// computes at most every 50 ms and not again on the click itself: a tap, or a click straight after the pointer crossed
// into another area, would drill into the area hovered before (plotly.js 3.7.0). The shape under the pointer decides
// here instead, and the component is told its unit code. Plotly.Blazor's click event carries no pointer position, so
// this cannot be done from C#.

/** Listens for clicks on the plot with element id `id` and tells `dotnet.AreaClicked(code)` the area clicked. */
export function listen(id, dotnet) {
  const element = document.getElementById(id);
  if (!element || element.__hdClicks) {
    return;
  }
  element.__hdClicks = true;
  element.on("plotly_click", (event) => {
    const pointer = event?.event;
    const code = (pointer ? areaAt(element, pointer.clientX, pointer.clientY) : null) ?? event?.points?.[0]?.location;
    if (code) {
      dotnet.invokeMethodAsync("AreaClicked", code);
    }
  });
}

// The first trace's shapes are the areas (the second outlines districts); each path is bound to its unit code.
function areaAt(element, clientX, clientY) {
  for (const path of element.querySelectorAll("g.trace.choropleth path.choroplethlocation")) {
    const loc = path.__data__?.loc;
    if (path.parentNode.__data__?.[0]?.trace?.index !== 0 || !loc) {
      continue;
    }
    const toShape = path.getScreenCTM()?.inverse();
    if (toShape && path.isPointInFill(new DOMPoint(clientX, clientY).matrixTransform(toShape))) {
      return loc;
    }
  }
  return null;
}
