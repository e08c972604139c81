// Changes #in-n count times (set value, dispatch "input", as typing does)
// and returns, per change, the time until #energy's data-kwh changed,
// until go-app re-rendered the calculator (its data-query changed: the
// result card is painted directly, the rest of the page in go-app's next
// frame) and until every chart's <svg> in .charts was replaced (each chart
// holds a desktop and a phone drawing, or the one its screen shows), in ms.
// Each change waits for the previous one's charts and two frames.
async (count) => {
  const input = document.getElementById("in-n");
  if (!input) throw new Error("no #in-n on the page");
  const scope = document.getElementById("calculator") || document.body;
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const kwh = () => { const e = document.getElementById("energy"); return e ? e.getAttribute("data-kwh") : null; };
  const svgs = () => Array.from(document.querySelectorAll(".charts .chart svg"));
  const allNew = (old) => {
    const charts = Array.from(document.querySelectorAll(".charts .chart"));
    return charts.length > 0 && charts.every((c) => {
      const s = Array.from(c.querySelectorAll("svg"));
      return s.length > 0 && s.every((x) => !old.has(x));
    });
  };
  const start = parseFloat((input.value || input.placeholder || "10000").replace(/[^0-9.eE+-]/g, "")) || 10000;
  const query = () => scope.getAttribute("data-query");
  const results = [], pages = [], charts = [];
  let timeouts = 0;
  for (let i = 0; i < count; i++) {
    const before = kwh(), beforeQuery = query();
    const old = new Set(svgs());
    let t0 = 0, tResult, tPage, tCharts;
    const settled = new Promise((resolve) => {
      const check = () => {
        const now = performance.now();
        if (tResult === undefined) {
          const k = kwh();
          if (k && k !== before) tResult = now;
        }
        if (tPage === undefined && query() !== beforeQuery) tPage = now;
        if (tCharts === undefined) {
          if (allNew(old)) tCharts = now;
        }
        if (tResult !== undefined && tPage !== undefined && tCharts !== undefined) { mo.disconnect(); clearTimeout(timer); resolve(); }
      };
      const mo = new MutationObserver(check);
      mo.observe(scope, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-kwh", "data-query"] });
      const timer = setTimeout(() => { mo.disconnect(); resolve(); }, 3000);
    });
    t0 = performance.now();
    // Alternate between values 8× apart, so that every chart (whose
    // labels are rounded) changes too; each value is distinct.
    input.value = String((i % 2 ? 4 * Math.round(start) : Math.round(start / 2)) + i);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    await settled;
    if (tResult === undefined || tCharts === undefined) timeouts++;
    if (tResult !== undefined) results.push(tResult - t0);
    if (tPage !== undefined) pages.push(tPage - t0);
    if (tCharts !== undefined) charts.push(tCharts - t0);
    await frame();
    await frame();
  }
  return { results, pages, charts, timeouts, charts_present: svgs().length };
}
