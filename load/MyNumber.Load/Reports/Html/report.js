// Draws the load report's charts as inline SVG from the JSON embedded in the page. No network, no library.
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"];
  var data = JSON.parse(document.getElementById("run-data").textContent);

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, x, y, value, cls, anchor) {
    var t = el("text", { x: x, y: y, "class": cls || "axis", "text-anchor": anchor || "middle" }, parent);
    t.textContent = value;
    return t;
  }

  function niceMax(v) {
    if (!(v > 0)) return 1;
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) if (steps[i] * p >= v) return steps[i] * p;
    return 10 * p;
  }

  function fmt(v) {
    if (v === 0) return "0";
    if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString("en-US");
    if (Math.abs(v) >= 10) return (Math.round(v * 10) / 10).toString();
    return (Math.round(v * 1000) / 1000).toString();
  }

  function frame(container, title, xLabel, yLabel) {
    var w = 640, h = 300, m = { l: 64, r: 16, t: 28, b: 44 };
    var svg = el("svg", { "class": "chart", width: w, height: h, viewBox: "0 0 " + w + " " + h, role: "img" });
    container.appendChild(svg);
    text(svg, w / 2, 18, title, "title");
    text(svg, (m.l + w - m.r) / 2, h - 6, xLabel);
    var yl = text(svg, 14, (m.t + h - m.b) / 2, yLabel);
    yl.setAttribute("transform", "rotate(-90 14 " + (m.t + h - m.b) / 2 + ")");
    return { svg: svg, x0: m.l, x1: w - m.r, y0: h - m.b, y1: m.t };
  }

  function axes(f, xMax, yMax, xFmt) {
    for (var i = 0; i <= 4; i++) {
      var y = f.y0 - (f.y0 - f.y1) * i / 4;
      el("line", { x1: f.x0, x2: f.x1, y1: y, y2: y, "class": "grid" }, f.svg);
      text(f.svg, f.x0 - 6, y + 4, fmt(yMax * i / 4), "axis", "end");
      var x = f.x0 + (f.x1 - f.x0) * i / 4;
      text(f.svg, x, f.y0 + 16, xFmt ? xFmt(xMax * i / 4) : fmt(xMax * i / 4));
    }
    el("line", { x1: f.x0, x2: f.x0, y1: f.y0, y2: f.y1, "class": "axisline" }, f.svg);
    el("line", { x1: f.x0, x2: f.x1, y1: f.y0, y2: f.y0, "class": "axisline" }, f.svg);
  }

  function legend(f, names) {
    names.forEach(function (name, i) {
      var x = f.x0 + 8 + (i % 3) * 180, y = f.y1 + 12 + Math.floor(i / 3) * 14;
      el("rect", { x: x, y: y - 8, width: 10, height: 10, fill: COLORS[i % COLORS.length] }, f.svg);
      text(f.svg, x + 14, y + 1, name, "legend", "start");
    });
  }

  // The run's annotations (outages, kills) over a time chart: a shaded band for a window, a line for an
  // instant, clamped to the axis, drawn under the series so the lines stay readable.
  function annotate(f, xMax, annotations) {
    annotations.forEach(function (a, i) {
      var x = function (s) { return f.x0 + (f.x1 - f.x0) * Math.max(0, Math.min(s, xMax)) / xMax; };
      var x0 = x(a.startSeconds), x1 = x(a.endSeconds);
      var g = el("g", { "class": "annotation" }, f.svg);
      el("title", {}, g).textContent = a.label + ": " + fmt(a.startSeconds) + (a.endSeconds > a.startSeconds ? "–" + fmt(a.endSeconds) : "") + " s" + (a.detail ? " (" + a.detail + ")" : "");
      if (a.endSeconds > a.startSeconds)
        el("rect", { x: x0, y: f.y1, width: Math.max(1, x1 - x0), height: f.y0 - f.y1, "class": "annotation-band" }, g);
      else
        el("line", { x1: x0, x2: x0, y1: f.y1, y2: f.y0, "class": "annotation-line" }, g);
      text(g, x0 + 3, f.y0 - 6 - (i % 4) * 12, a.label, "annotation-label", "start");
    });
  }

  // series: [{ name, points: [[x, y], ...] }]; annotations: the run's, for charts over run time.
  function lineChart(container, title, xLabel, yLabel, series, xFmt, annotations) {
    var f = frame(container, title, xLabel, yLabel);
    var xMax = 0, yMax = 0;
    series.forEach(function (s) { s.points.forEach(function (p) { xMax = Math.max(xMax, p[0]); yMax = Math.max(yMax, p[1]); }); });
    xMax = xMax > 0 ? xMax : 1; yMax = niceMax(yMax * 1.05);
    axes(f, xMax, yMax, xFmt);
    if (annotations) annotate(f, xMax, annotations);
    series.forEach(function (s, i) {
      if (s.points.length === 0) return;
      var d = s.points.map(function (p, j) {
        var x = f.x0 + (f.x1 - f.x0) * p[0] / xMax, y = f.y0 - (f.y0 - f.y1) * Math.min(p[1], yMax) / yMax;
        return (j === 0 ? "M" : "L") + x.toFixed(1) + " " + y.toFixed(1);
      }).join(" ");
      el("path", { d: d, "class": "series", stroke: COLORS[i % COLORS.length] }, f.svg);
    });
    legend(f, series.map(function (s) { return s.name; }));
  }

  // bars: [{ label, parts: [{ name, value }] }] stacked horizontally to 100 %.
  function mixChart(container, title, bars) {
    var f = frame(container, title, "share of offered arrivals (%)", "");
    var names = [];
    bars.forEach(function (b) { b.parts.forEach(function (p) { if (names.indexOf(p.name) < 0) names.push(p.name); }); });
    axes(f, 100, 0, function (v) { return fmt(v) + "%"; });
    var band = (f.y0 - f.y1 - 30) / Math.max(1, bars.length);
    bars.forEach(function (b, i) {
      var total = b.parts.reduce(function (a, p) { return a + p.value; }, 0) || 1;
      var x = f.x0, y = f.y1 + 30 + i * band;
      b.parts.forEach(function (p) {
        var w = (f.x1 - f.x0) * p.value / total;
        var r = el("rect", { x: x, y: y + band * 0.15, width: Math.max(0, w), height: band * 0.7, "class": "bar",
          fill: COLORS[names.indexOf(p.name) % COLORS.length] }, f.svg);
        el("title", {}, r).textContent = b.label + " " + p.name + ": " + p.value;
        x += w;
      });
      text(f.svg, f.x0 + 4, y + band * 0.5 + 4, b.label, "barlabel", "start");
    });
    legend(f, names);
  }

  function nines(p) { return p >= 100 ? 5 : Math.min(5, -Math.log10(1 - p / 100)); }
  function ninesLabel(n) {
    var p = 100 * (1 - Math.pow(10, -n));
    return n >= 5 ? "max" : (Math.round(p * 1000) / 1000) + "%";
  }

  var charts = document.getElementById("charts");
  var annotations = data.annotations || [];
  data.scenarios.forEach(function (s) {
    var box = document.createElement("section");
    box.className = "scenario-charts";
    var h = document.createElement("h3");
    h.textContent = s.name;
    box.appendChild(h);
    charts.appendChild(box);
    var iv = s.intervals;
    lineChart(box, "Offered vs achieved rate", "time (s)", "iterations/s", [
      { name: "offered/s", points: iv.map(function (i) { return [i.endSeconds, i.offeredRate]; }) },
      { name: "achieved/s", points: iv.map(function (i) { return [i.endSeconds, i.achievedRate]; }) }
    ], null, annotations);
    lineChart(box, "Latency percentiles over time", "time (s)", "ms", [
      { name: "p50 (corrected)", points: iv.map(function (i) { return [i.endSeconds, i.latencyP50Ms]; }) },
      { name: "p90 (corrected)", points: iv.map(function (i) { return [i.endSeconds, i.latencyP90Ms]; }) },
      { name: "p99 (corrected)", points: iv.map(function (i) { return [i.endSeconds, i.latencyP99Ms]; }) },
      { name: "max (corrected)", points: iv.map(function (i) { return [i.endSeconds, i.latencyMaxMs]; }) },
      { name: "p99 service time", points: iv.map(function (i) { return [i.endSeconds, i.serviceTimeP99Ms]; }) }
    ].concat(s.failed > 0 ? [{ name: "p99 failed (corrected)", points: iv.map(function (i) { return [i.endSeconds, i.failedLatencyP99Ms || 0]; }) }] : []),
      null, annotations);
    lineChart(box, "Percentile distribution", "percentile", "ms", [
      { name: "ok, from intended start", points: s.latency.distribution.map(function (p) { return [nines(p.percentile), p.valueMs]; }) },
      { name: "ok, from actual start", points: s.serviceTime.distribution.map(function (p) { return [nines(p.percentile), p.valueMs]; }) }
    ].concat(s.failedLatency && s.failedLatency.count > 0
      ? [{ name: "failed, from intended start", points: s.failedLatency.distribution.map(function (p) { return [nines(p.percentile), p.valueMs]; }) }]
      : []), ninesLabel);
  });
  mixChart(charts, "Outcome mix", data.scenarios.map(function (s) {
    var parts = [{ name: "ok", value: s.ok }];
    Object.keys(s.failuresByReason).forEach(function (r) { parts.push({ name: "failed: " + r, value: s.failuresByReason[r] }); });
    parts.push({ name: "dropped", value: s.dropped });
    parts.push({ name: "unfinished/queued", value: Math.max(0, s.offered - s.ok - s.failed - s.dropped) });
    return { label: s.name, parts: parts };
  }));
  document.body.setAttribute("data-charts-drawn", String(document.querySelectorAll("svg.chart").length));
  document.body.setAttribute("data-annotations-drawn", String(document.querySelectorAll("svg.chart g.annotation").length));
})();
