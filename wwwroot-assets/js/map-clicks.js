// Which area of a map a click landed on. Plotly's geo subplot names a click's point from its latest hover, which it
// computes at most every 50 ms and not again on the click itself, and it emits no click at all when that hover has
// been cleared: a tap, or a click straight after the pointer crossed into another area, would drill into the area
// hovered before or into nothing (plotly.js 3.7.0; a CI run on a loaded machine lost taps this way). So this listens to
// the browser's own click and lets the shape under the pointer decide. Plotly.Blazor's click event carries no pointer
// position, so this cannot be done from C#.

// A press that moved further than this panned the map: its click is no drill.
const dragSlopPx = 5;

/** Listens for clicks on the plot with element id `id` and tells `dotnet.AreaClicked(code)` the area clicked. */
export function listen(id, dotnet) {
  const element = document.getElementById(id);
  if (!element || element.__hdClicks) {
    return;
  }
  element.__hdClicks = true;
  let pressedAt = null;
  // Capture phase: plotly's layers stop the click from bubbling up to the plot's element.
  element.addEventListener("pointerdown", (event) => { pressedAt = { x: event.clientX, y: event.clientY }; }, true);
  element.addEventListener("click", (event) => {
    const moved = pressedAt && Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y) > dragSlopPx;
    // d3's zoom behaviour (plotly's geo pan) marks the click that ends a drag as handled.
    if (moved || event.defaultPrevented || event.target.closest(".modebar")) {
      return;
    }
    const code = areaAt(element, event.clientX, event.clientY);
    if (code) {
      dotnet.invokeMethodAsync("AreaClicked", code);
    }
  }, true);
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
