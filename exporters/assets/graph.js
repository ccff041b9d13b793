/* dateline graph page (exporters/html.py).
 *
 * Reads the graph from the JSON data element #dateline-data and shows two linked views:
 * the network (vis-network; the layout is either precomputed, or stabilised once and then
 * frozen) and a timeline drawn on a canvas (events on a time axis by their earliest/latest
 * interval, one row per actor). Selecting in one view highlights in the other, and both
 * follow the filters (actor, place, type, date range, free text, legend kinds).
 *
 * Every piece of graph text reaches the page through textContent, a DOM text node or the
 * canvas's fillText: never as markup. Links are made only by safeLink, for http(s) URLs.
 */
(function () {
  "use strict";

  function now() { return window.performance && window.performance.now ? window.performance.now() : 0; }
  var marks = { start: now() };
  var data = JSON.parse(document.getElementById("dateline-data").textContent);
  marks.parsed = now();
  var statusEl = document.getElementById("dl-status");
  var details = document.getElementById("dl-details");

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  // The only way a link reaches the page: an absolute http(s) URL, checked by the URL
  // parser, set as an attribute of a fresh anchor whose text is a text node.
  function safeLink(url, text) {
    var parsed = null;
    try { parsed = new URL(String(url)); } catch (e) { parsed = null; }
    if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
      return null;
    }
    var a = el("a", "dl-link", text);
    a.setAttribute("href", parsed.href);
    a.setAttribute("target", "_blank");
    a.setAttribute("rel", "noopener noreferrer nofollow");
    return a;
  }

  function setStatus(text, done) {
    statusEl.textContent = text;
    statusEl.className = done ? "dl-done" : "";
  }

  if (typeof vis === "undefined" || !vis.Network) {
    setStatus("vis-network failed to load", false);
    return;
  }

  // tooltips: DOM elements holding plain text (vis shows Elements as they are)
  function withTip(item) {
    var copy = Object.assign({}, item);
    if (typeof copy.tip === "string" && copy.tip) {
      copy.title = el("div", "dl-tip", copy.tip);
    }
    delete copy.tip;
    return copy;
  }

  function titleOf(id) {
    var info = data.details.nodes[id];
    return info ? info.title : String(id);
  }
  function shortText(text, n) {
    text = String(text).split(/\s+/).join(" ").trim();
    return text.length <= n ? text : text.slice(0, n - 1).trim() + "\u2026";
  }
  var styles = data.edgeStyles || {};
  function edgeItem(e) {  // style by rel; a text tooltip; no attribute payload
    var st = styles[e.rel] || styles.other || {};
    var item = { id: e.id, from: e.from, to: e.to, rel: e.rel, color: st.color,
                 width: st.width, dashes: st.dashes, hidden: st.shown === false };
    if (e.label !== undefined) { item.label = e.label; }
    if (e.smooth !== undefined) { item.smooth = e.smooth; }
    item.tip = (e.rel === "other" ? "edge" : e.rel) + ": " + shortText(titleOf(e.from), 60) +
      " \u2192 " + shortText(titleOf(e.to), 60);
    return withTip(item);
  }
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  function edgeInfo(id) {  // the details panel of an edge
    var e = edgeById[id];
    if (!e) { return null; }
    var role = null;
    var fields = [["From", titleOf(e.from)], ["To", titleOf(e.to)], ["Key", e.k]];
    (e.a || []).forEach(function (f) {
      fields.push([f[0], f[1]]);
      if (f[0] === "role") { role = f[1]; }
    });
    var rel = e.rel === "other" ? "edge" : e.rel;
    return { title: rel === "role" && role ? "role: " + role : rel,
             subtitle: titleOf(e.from) + " \u2192 " + titleOf(e.to), fields: fields,
             sections: [{ heading: "Ends", items: [{ text: titleOf(e.from), ref: e.from },
                                                   { text: titleOf(e.to), ref: e.to }] }] };
  }

  var nodes = new vis.DataSet(data.nodes.map(withTip));
  var edges = new vis.DataSet(data.edges.map(edgeItem));
  var container = document.getElementById("dl-graph");
  marks.datasets = now();
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  marks.network = now();

  // a read-only handle for tests and tools (the page has nothing secret)
  var api = window.dateline = { ready: false, network: network, nodes: nodes, edges: edges,
                                data: data, readyAt: null, marks: marks,
                                edgeInfo: edgeInfo };

  // --- layout: precomputed (physics off), or stabilised once and then frozen ----------------
  var total = (data.options.physics && data.options.physics.stabilization &&
               data.options.physics.stabilization.iterations) || 1;
  var frozen = false;
  function markReady() {  // the first frame drawn with the final layout is on screen
    setStatus("", true);
    if (!api.ready) {
      api.ready = true;
      api.readyAt = marks.ready = now();
    }
  }
  function freeze() {
    if (!frozen) {
      frozen = true;
      network.setOptions({ physics: { enabled: false } });
    }
    network.once("afterDrawing", markReady);
    network.redraw();
  }
  if (!data.options.physics || data.options.physics.enabled === false) {
    frozen = true;
    network.once("afterDrawing", markReady);
  } else {
    setStatus("Laying out " + data.nodes.length + " nodes\u2026", false);
    network.on("stabilizationProgress", function (p) {
      setStatus("Laying out\u2026 " + Math.round(100 * p.iterations / (p.total || total)) +
                "%", false);
    });
    network.once("stabilizationIterationsDone", freeze);
    network.once("stabilized", freeze);
  }

  var relayout = document.getElementById("dl-physics");
  if (!data.options.physics || data.options.physics.enabled === false) {
    relayout.disabled = true;  // a precomputed layout: a force layout would take minutes
    relayout.title = "The layout of this big graph was computed when it was written";
  }
  relayout.addEventListener("click", function () {
    frozen = false;
    network.setOptions({ physics: { enabled: true } });
    setStatus("Laying out\u2026", false);
    network.stabilize(total);
    network.once("stabilizationIterationsDone", freeze);
  });
  document.getElementById("dl-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 400 } });
  });

  // --- indexes ----------------------------------------------------------------------------------
  var kindOf = {};
  data.nodes.forEach(function (n) { kindOf[n.id] = n.group; });
  var eventById = {};
  data.events.forEach(function (ev) { eventById[ev.id] = ev; });
  var eventsOf = {};  // node id -> ids of the events it is linked to
  data.edges.forEach(function (e) {
    var ev = eventById[e.from] ? e.from : (eventById[e.to] ? e.to : null);
    if (ev === null) { return; }
    var other = ev === e.from ? e.to : e.from;
    (eventsOf[other] = eventsOf[other] || []).push(ev);
  });

  var searchText = null;  // event id -> lower-cased text of its details (built on demand)
  function infoText(info) {
    if (!info) { return ""; }
    var parts = [info.title, info.subtitle];
    (info.fields || []).forEach(function (f) { parts.push(f[1]); });
    (info.sections || []).forEach(function (s) {
      s.items.forEach(function (it) { parts.push(it.text, it.note, it.quote); });
    });
    return parts.join("\n").toLowerCase();
  }
  function textOf(id) {
    if (searchText === null) { searchText = {}; }
    if (!(id in searchText)) { searchText[id] = infoText(data.details.nodes[id]); }
    return searchText[id];
  }

  // --- filters ------------------------------------------------------------------------------------
  function byId(id) { return document.getElementById(id); }
  var fActor = byId("dl-f-actor"), fPlace = byId("dl-f-place"), fType = byId("dl-f-type");
  var fFrom = byId("dl-f-from"), fTo = byId("dl-f-to"), fCount = byId("dl-f-count");
  var searchInput = byId("dl-search-input");

  function fillSelect(select, choices) {
    (choices || []).forEach(function (c) {
      var o = el("option", null, c[1] + " (" + c[2] + ")");
      o.value = c[0];
      select.appendChild(o);
    });
  }
  fillSelect(fActor, data.filters.actors);
  fillSelect(fPlace, data.filters.places);
  fillSelect(fType, data.filters.types);

  var hiddenKinds = {};
  var hiddenRels = {};  // as the legend says when the page opens
  Object.keys(styles).forEach(function (rel) { hiddenRels[rel] = styles[rel].shown === false; });
  var shownNode = {};     // node id -> currently shown (as last sent to the DataSet)
  var shownEdge = {};
  var visibleEvent = {};  // event id -> passes the filters (and its kind is shown)

  function val(input) { return input && input.value ? String(input.value) : ""; }

  function currentFilters() {
    return { actor: val(fActor), place: val(fPlace), type: val(fType),
             from: val(fFrom), to: val(fTo), text: val(searchInput).trim().toLowerCase() };
  }

  function eventPasses(ev, f) {
    if (f.type && ev.t !== f.type) { return false; }
    if (f.actor && ev.a.indexOf(f.actor) < 0) { return false; }
    if (f.place && ev.p.indexOf(f.place) < 0) { return false; }
    if (f.from || f.to) {  // the interval overlaps the period (open ends are unbounded)
      if (!ev.e && !ev.l) { return false; }
      if (f.from && ev.l && ev.l < f.from) { return false; }
      if (f.to && ev.e && ev.e > f.to) { return false; }
    }
    if (f.text && textOf(ev.id).indexOf(f.text) < 0) { return false; }
    return true;
  }

  function applyFilters() {
    var f = currentFilters();
    var active = !!(f.actor || f.place || f.type || f.from || f.to || f.text);
    var nEvents = 0;
    visibleEvent = {};
    data.events.forEach(function (ev) {
      if (!hiddenKinds.event && eventPasses(ev, f)) { visibleEvent[ev.id] = true; nEvents++; }
    });
    var nodeUpdates = [];
    data.nodes.forEach(function (n) {
      var show;
      if (hiddenKinds[n.group]) {
        show = false;
      } else if (eventById[n.id]) {
        show = !!visibleEvent[n.id];
      } else if (!active || n.id === f.actor || n.id === f.place) {
        show = true;
      } else {
        show = (eventsOf[n.id] || []).some(function (e) { return visibleEvent[e]; }) ||
          (!!f.text && !f.actor && !f.place && !f.type && !f.from && !f.to &&
           textOf(n.id).indexOf(f.text) >= 0);
      }
      if (shownNode[n.id] !== show) {
        shownNode[n.id] = show;
        nodeUpdates.push({ id: n.id, hidden: !show });
      }
    });
    var edgeUpdates = [];
    data.edges.forEach(function (e) {
      var show = !hiddenRels[e.rel];
      if (shownEdge[e.id] !== show) {
        shownEdge[e.id] = show;
        edgeUpdates.push({ id: e.id, hidden: !show });
      }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    fCount.textContent = nEvents + " of " + data.events.length + " events";
    timeline.refresh(f.from || f.to);
  }
  data.nodes.forEach(function (n) { shownNode[n.id] = true; });
  data.edges.forEach(function (e) { shownEdge[e.id] = !hiddenRels[e.rel]; });

  Array.prototype.forEach.call(document.querySelectorAll("#dl-legend input"), function (box) {
    box.addEventListener("change", function () {
      if (box.dataset.kind !== undefined) { hiddenKinds[box.dataset.kind] = !box.checked; }
      if (box.dataset.rel !== undefined) { hiddenRels[box.dataset.rel] = !box.checked; }
      applyFilters();
    });
  });
  [fActor, fPlace, fType, fFrom, fTo].forEach(function (input) {
    input.addEventListener("change", applyFilters);
  });
  var textTimer = null;
  searchInput.addEventListener("input", function () {
    if (textTimer !== null) { window.clearTimeout(textTimer); }
    textTimer = window.setTimeout(function () { textTimer = null; applyFilters(); }, 150);
  });
  byId("dl-filters").addEventListener("reset", function () {
    window.setTimeout(function () {  // after the form has reset its fields
      searchInput.value = "";
      applyFilters();
    }, 0);
  });

  // --- selection, shared by both views ------------------------------------------------------------
  function highlightFor(id) {
    var set = {};
    if (id === null || id === undefined) { return set; }
    if (eventById[id]) { set[id] = true; return set; }  // an event: itself only
    (eventsOf[id] || []).forEach(function (e) { set[e] = true; });
    return set;
  }

  function select(id, from) {
    if (id === null || nodes.get(id) === null) { return; }
    network.selectNodes([id]);
    if (from !== "network") {
      network.focus(id, { scale: Math.max(network.getScale(), 1.0),
                          animation: { duration: 400 } });
    }
    show(data.details.nodes[id]);
    timeline.highlight(highlightFor(id), from !== "timeline");
  }
  api.select = function (id) { select(id, "api"); };

  // --- details panel ------------------------------------------------------------------------------
  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function show(info) {
    clear(details);
    if (!info) {
      details.appendChild(el("p", "dl-hint", "Click a node or an edge to see its details."));
      return;
    }
    details.appendChild(el("h3", null, info.title));
    if (info.subtitle) { details.appendChild(el("div", "dl-subtitle", info.subtitle)); }
    var link = info.url ? safeLink(info.url, "Open the article \u2197") : null;
    if (link) { details.appendChild(el("div", "dl-linkline")).appendChild(link); }
    if (info.fields && info.fields.length) {
      var dl = el("dl", "dl-fields");
      info.fields.forEach(function (f) {
        dl.appendChild(el("dt", null, f[0]));
        dl.appendChild(el("dd", null, f[1]));
      });
      details.appendChild(dl);
    }
    (info.sections || []).forEach(function (sec) {
      var box = el("div", "dl-section");
      box.appendChild(el("h2", null, sec.heading));
      var ul = el("ul");
      sec.items.forEach(function (item) {
        var li = el("li");
        if (item.ref) {
          var b = el("button", "dl-ref", item.text);
          b.type = "button";
          b.addEventListener("click", function () { select(item.ref, "panel"); });
          li.appendChild(b);
        } else {
          li.appendChild(document.createTextNode(item.text));
        }
        var itemLink = item.url ? safeLink(item.url, "link \u2197") : null;
        if (itemLink) { li.appendChild(document.createTextNode(" ")); li.appendChild(itemLink); }
        if (item.note) { li.appendChild(el("span", "dl-note", item.note)); }
        if (item.quote) { li.appendChild(el("q", "dl-quote", String(item.quote).trim())); }
        ul.appendChild(li);
      });
      box.appendChild(ul);
      details.appendChild(box);
    });
  }

  network.on("click", function (params) {
    if (params.nodes && params.nodes.length) {
      select(params.nodes[0], "network");
    } else if (params.edges && params.edges.length) {
      show(edgeInfo(params.edges[0]));
      timeline.highlight({}, false);
    } else {
      show(null);
      timeline.highlight({}, false);
    }
  });

  // --- search: Enter finds the first shown node whose details hold the text --------------------
  byId("dl-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = val(searchInput).trim().toLowerCase();
    if (!q) { return; }
    var hit = null;
    for (var i = 0; i < data.nodes.length && hit === null; i++) {
      var n = data.nodes[i];
      var info = data.details.nodes[n.id];
      if (shownNode[n.id] !== false &&
          String(info ? info.title : n.label).toLowerCase().indexOf(q) >= 0) { hit = n.id; }
    }
    for (var j = 0; j < data.nodes.length && hit === null; j++) {
      if (shownNode[data.nodes[j].id] !== false && textOf(data.nodes[j].id).indexOf(q) >= 0) {
        hit = data.nodes[j].id;
      }
    }
    if (hit === null) {
      setStatus("No node matches \u201c" + q + "\u201d", false);
      window.setTimeout(function () { setStatus("", true); }, 2000);
    } else {
      select(hit, "search");
    }
  });

  // --- the timeline ---------------------------------------------------------------------------------
  var timeline = makeTimeline();
  api.timeline = timeline;
  applyFilters();

  function makeTimeline() {
    var DAY = 86400000;
    var AXIS = 22, LABEL = 170, LANE = 12, PAD = 4, MAX_LANES = 3;
    var canvas = byId("dl-tl-canvas");
    var scroller = byId("dl-tl-scroll");
    var spacer = byId("dl-tl-spacer");
    var tip = byId("dl-tl-tip");
    var note = byId("dl-tl-note");
    var ctx = canvas && canvas.getContext ? canvas.getContext("2d") : null;
    var rows = [];         // {label, y, h, bars: [{ev, lane}]}
    var hits = [];         // drawn bars: [x0, y0, x1, y1, id]
    var lit = {};          // highlighted event ids
    var view = null;       // [day0, day1]
    var extent = null;
    var self = { rows: function () { return rows; }, hits: function () { return hits; },
                 view: function () { return view; } };
    var colour = (data.options.groups && data.options.groups.event &&
                  data.options.groups.event.color.background) || "#e45756";

    function day(s) {
      if (!s) { return null; }
      var m = /^(-?\d{1,6})-(\d\d)-(\d\d)/.exec(s);
      if (!m) { return null; }
      return Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY;
    }
    data.events.forEach(function (ev) { ev.d0 = day(ev.e); ev.d1 = day(ev.l); });

    function layout() {
      var groups = {}, order = [], undated = 0, lo = Infinity, hi = -Infinity;
      data.events.forEach(function (ev) {
        if (!visibleEvent[ev.id]) { return; }
        if (ev.d0 === null && ev.d1 === null) { undated++; return; }
        lo = Math.min(lo, ev.d0 !== null ? ev.d0 : ev.d1);
        hi = Math.max(hi, (ev.d1 !== null ? ev.d1 : ev.d0) + 1);
        var keys = ev.a.length ? ev.a : [""];
        keys.forEach(function (a) {
          if (!groups[a]) { groups[a] = []; order.push(a); }
          groups[a].push(ev);
        });
      });
      order.sort(function (a, b) {
        if ((a === "") !== (b === "")) { return a === "" ? 1 : -1; }
        return groups[b].length - groups[a].length || (a < b ? -1 : a > b ? 1 : 0);
      });
      var y = 0;
      rows = order.map(function (a) {
        var ends = [], bars = [];
        groups[a].forEach(function (ev) {  // in time order already: greedy lane packing
          var s = ev.d0 !== null ? ev.d0 : ev.d1, t = (ev.d1 !== null ? ev.d1 : ev.d0) + 1;
          var lane = 0;
          while (lane < ends.length && ends[lane] > s) { lane++; }
          if (lane >= MAX_LANES) { lane = bars.length % MAX_LANES; }
          ends[lane] = Math.max(ends[lane] || -Infinity, t);
          bars.push({ ev: ev, lane: lane });
        });
        var h = Math.max(1, ends.length) * LANE + PAD * 2;
        var label = a === "" ? "(no actor)" : ((data.details.nodes[a] || {}).title || a);
        var row = { id: a, label: label, y: y, h: h, bars: bars };
        y += h;
        return row;
      });
      spacer.style.height = (y + AXIS) + "px";
      extent = lo <= hi ? [lo, hi] : null;
      note.textContent = undated ? undated + " undated event(s) not shown" : "";
    }

    function fit() {
      if (!extent) { view = null; return; }
      var span = Math.max(extent[1] - extent[0], 2);
      view = [extent[0] - span * 0.03, extent[1] + span * 0.03];
    }

    function size() {
      var w = scroller.clientWidth || 600, h = scroller.clientHeight || 200;
      var r = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(w * r) || canvas.height !== Math.round(h * r)) {
        canvas.width = Math.round(w * r);
        canvas.height = Math.round(h * r);
        canvas.style.width = w + "px";
        canvas.style.height = h + "px";
      }
      ctx.setTransform(r, 0, 0, r, 0, 0);
      return [w, h];
    }

    function xOf(d, w) { return LABEL + (d - view[0]) / (view[1] - view[0]) * (w - LABEL - 8); }

    var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                  "Nov", "Dec"];
    function ticks(w) {
      var pxPerDay = (w - LABEL - 8) / (view[1] - view[0]);
      var steps = [[1, "d"], [7, "d"], [1, "m"], [3, "m"], [6, "m"], [1, "y"], [5, "y"],
                   [10, "y"], [50, "y"], [100, "y"]];
      var step = steps[steps.length - 1];
      for (var i = 0; i < steps.length; i++) {
        var days = steps[i][1] === "d" ? steps[i][0] : steps[i][1] === "m" ?
          steps[i][0] * 30.4 : steps[i][0] * 365.25;
        if (days * pxPerDay >= 80) { step = steps[i]; break; }
      }
      var out = [], d0 = new Date(view[0] * DAY), t;
      var y = d0.getUTCFullYear(), m = d0.getUTCMonth();
      if (step[1] === "d") {
        t = Math.floor(view[0]);
        if (step[0] === 7) { t -= (new Date(t * DAY).getUTCDay() + 6) % 7; }
        for (; t <= view[1] && out.length < 400; t += step[0]) {
          var dd = new Date(t * DAY);
          out.push([t, dd.getUTCDate() + " " + MONTHS[dd.getUTCMonth()] + " " +
                    dd.getUTCFullYear()]);
        }
      } else if (step[1] === "m") {
        m -= m % step[0];
        for (; out.length < 400; m += step[0]) {
          t = Date.UTC(y, m, 1) / DAY;
          if (t > view[1]) { break; }
          var dm = new Date(t * DAY);
          out.push([t, MONTHS[dm.getUTCMonth()] + " " + dm.getUTCFullYear()]);
        }
      } else {
        y -= ((y % step[0]) + step[0]) % step[0];
        for (; out.length < 400; y += step[0]) {
          t = Date.UTC(y, 0, 1) / DAY;
          if (t > view[1]) { break; }
          out.push([t, String(y)]);
        }
      }
      return out;
    }

    function draw() {
      if (!ctx) { return; }
      var wh = size(), w = wh[0], h = wh[1], top = scroller.scrollTop || 0;
      ctx.clearRect(0, 0, w, h);
      hits = [];
      if (!view) {
        ctx.fillStyle = "#777";
        ctx.font = "12px system-ui, sans-serif";
        ctx.fillText("No dated event to show.", 12, AXIS + 16);
        return;
      }
      var anyLit = false;
      for (var k in lit) { if (lit[k]) { anyLit = true; break; } }
      var tk = ticks(w);
      ctx.font = "11px system-ui, sans-serif";
      ctx.lineWidth = 1;
      tk.forEach(function (t) {  // grid
        var x = Math.round(xOf(t[0], w)) + 0.5;
        if (x < LABEL) { return; }
        ctx.strokeStyle = "#eee";
        ctx.beginPath(); ctx.moveTo(x, AXIS); ctx.lineTo(x, h); ctx.stroke();
      });
      ctx.save();
      ctx.beginPath(); ctx.rect(0, AXIS, w, h - AXIS); ctx.clip();
      rows.forEach(function (row, i) {
        var y0 = AXIS + row.y - top;
        if (y0 > h || y0 + row.h < AXIS) { return; }
        if (i % 2) { ctx.fillStyle = "#f7f7f7"; ctx.fillRect(0, y0, w, row.h); }
        ctx.fillStyle = "#333";
        ctx.fillText(shorten(row.label, LABEL - 12), 6, y0 + PAD + 9);
        ctx.save();
        ctx.beginPath(); ctx.rect(LABEL, y0, w - LABEL, row.h); ctx.clip();
        row.bars.forEach(function (b) {
          var ev = b.ev, by = y0 + PAD + b.lane * LANE + 1, bh = LANE - 3;
          var s = ev.d0, t = ev.d1 !== null ? ev.d1 + 1 : null;
          var x0 = s !== null ? xOf(s, w) : null, x1 = t !== null ? xOf(t, w) : null;
          var on = !!lit[ev.id];
          ctx.globalAlpha = anyLit && !on ? 0.25 : 1;
          var fill = on ? "#ffb000" : colour;
          if (x0 !== null && x1 !== null) {
            if (x1 - x0 < 6) {  // a day or so: a diamond
              var cx = (x0 + x1) / 2, cy = by + bh / 2;
              ctx.fillStyle = fill;
              ctx.beginPath(); ctx.moveTo(cx, cy - 5); ctx.lineTo(cx + 5, cy);
              ctx.lineTo(cx, cy + 5); ctx.lineTo(cx - 5, cy); ctx.closePath(); ctx.fill();
              hits.push([cx - 5, cy - 5, cx + 5, cy + 5, ev.id]);
            } else {  // a fuzzy date: its whole interval
              ctx.fillStyle = fill;
              ctx.globalAlpha *= 0.55;
              ctx.fillRect(x0, by, x1 - x0, bh);
              ctx.globalAlpha = anyLit && !on ? 0.25 : 1;
              ctx.strokeStyle = on ? "#222" : colour;
              ctx.strokeRect(x0 + 0.5, by + 0.5, x1 - x0 - 1, bh - 1);
              hits.push([x0, by, x1, by + bh, ev.id]);
            }
          } else {  // an open interval: a stub pointing to its open side
            var edge = x0 !== null ? x0 : x1, dir = x0 !== null ? 1 : -1;
            ctx.fillStyle = fill;
            ctx.fillRect(edge - (dir < 0 ? 3 : 0), by, 3, bh);
            ctx.strokeStyle = fill;
            ctx.setLineDash([3, 3]);
            ctx.beginPath(); ctx.moveTo(edge, by + bh / 2); ctx.lineTo(edge + dir * 28, by + bh / 2);
            ctx.stroke();
            ctx.setLineDash([]);
            hits.push([Math.min(edge, edge + dir * 28), by, Math.max(edge, edge + dir * 28),
                       by + bh, ev.id]);
          }
          if (on) {
            ctx.globalAlpha = 1;
          }
        });
        ctx.globalAlpha = 1;
        ctx.restore();
      });
      ctx.restore();
      // axis on top
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, w, AXIS);
      ctx.strokeStyle = "#ccc";
      ctx.beginPath(); ctx.moveTo(0, AXIS - 0.5); ctx.lineTo(w, AXIS - 0.5); ctx.stroke();
      ctx.fillStyle = "#555";
      tk.forEach(function (t) {
        var x = xOf(t[0], w);
        if (x >= LABEL - 2) { ctx.fillText(t[1], x + 3, 15); }
      });
      ctx.fillStyle = "#555";
      ctx.fillText(rows.length + " actor row(s)", 6, 15);
    }

    function shorten(text, px) {
      if (ctx.measureText(text).width <= px) { return text; }
      var lo = 0, hi = text.length;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (ctx.measureText(text.slice(0, mid) + "\u2026").width <= px) { lo = mid; }
        else { hi = mid - 1; }
      }
      return text.slice(0, lo) + "\u2026";
    }

    var pending = false;
    function redraw() {
      if (pending) { return; }
      pending = true;
      window.requestAnimationFrame(function () { pending = false; draw(); });
    }

    function hitAt(x, y) {
      var best = null, area = Infinity;
      hits.forEach(function (r) {
        if (x >= r[0] - 2 && x <= r[2] + 2 && y >= r[1] - 2 && y <= r[3] + 2) {
          var a = (r[2] - r[0]) * (r[3] - r[1]);
          if (a < area) { area = a; best = r[4]; }
        }
      });
      return best;
    }

    function pos(ev) {
      var r = canvas.getBoundingClientRect();
      return [ev.clientX - r.left, ev.clientY - r.top];
    }

    function zoom(factor, atX) {
      if (!view) { return; }
      var w = scroller.clientWidth || 600;
      var at = atX === undefined ? (view[0] + view[1]) / 2 :
        view[0] + (atX - LABEL) / (w - LABEL - 8) * (view[1] - view[0]);
      var span = Math.min(Math.max((view[1] - view[0]) * factor, 3), 365.25 * 500);
      var f = (at - view[0]) / (view[1] - view[0]);
      view = [at - span * f, at - span * f + span];
      redraw();
    }

    self.refresh = function (refit) {
      if (!ctx) { return; }
      var had = extent;
      layout();
      if (refit || !view || !had) { fit(); }
      redraw();
    };
    self.highlight = function (set, reveal) {
      lit = set || {};
      if (reveal && ctx) {
        for (var i = 0; i < rows.length; i++) {
          var hit = rows[i].bars.some(function (b) { return lit[b.ev.id]; });
          if (hit) {
            var top = scroller.scrollTop, h = scroller.clientHeight - AXIS;
            if (rows[i].y < top || rows[i].y + rows[i].h > top + h) {
              scroller.scrollTop = Math.max(0, rows[i].y - 4);
            }
            break;
          }
        }
        // pan so that a highlighted event lies inside the shown period
        var ids = Object.keys(lit);
        if (view && ids.length) {
          var ev = eventById[ids[0]];
          var c = ev && (ev.d0 !== null ? ev.d0 : ev.d1);
          if (c !== null && c !== undefined && (c < view[0] || c > view[1])) {
            var span = view[1] - view[0];
            view = [c - span / 2, c + span / 2];
          }
        }
      }
      redraw();
    };
    self.lit = function () { return Object.keys(lit).filter(function (k) { return lit[k]; }); };
    // the page coordinates of an event's first bar (for tests and tools)
    self.where = function (id) {
      draw();
      var r = canvas.getBoundingClientRect();
      for (var i = 0; i < hits.length; i++) {
        if (hits[i][4] === id) {
          return [r.left + (hits[i][0] + hits[i][2]) / 2, r.top + (hits[i][1] + hits[i][3]) / 2];
        }
      }
      return null;
    };
    self.draw = draw;
    self.idAt = function (pageX, pageY) {  // the event a click at these coordinates selects
      var r = canvas.getBoundingClientRect();
      return hitAt(pageX - r.left, pageY - r.top);
    };

    if (!ctx) { return self; }

    var drag = null;
    canvas.addEventListener("mousedown", function (ev) {
      var p = pos(ev);
      drag = { x: p[0], view: view ? view.slice() : null, moved: false };
    });
    window.addEventListener("mousemove", function (ev) {
      var p = pos(ev);
      if (drag && drag.view) {
        var dx = p[0] - drag.x;
        if (Math.abs(dx) > 3) { drag.moved = true; }
        if (drag.moved) {
          var w = scroller.clientWidth || 600;
          var dd = dx / (w - LABEL - 8) * (drag.view[1] - drag.view[0]);
          view = [drag.view[0] - dd, drag.view[1] - dd];
          redraw();
        }
        return;
      }
      if (ev.target !== canvas) { tip.hidden = true; return; }
      var id = hitAt(p[0], p[1]);
      if (id === null) { tip.hidden = true; canvas.style.cursor = "default"; return; }
      canvas.style.cursor = "pointer";
      var info = data.details.nodes[id] || {};
      var time = (info.fields || []).filter(function (f) { return f[0] === "Time"; })[0];
      tip.textContent = (info.title || id) + (time ? "\n" + time[1] : "");
      tip.hidden = false;
      tip.style.left = Math.min(p[0] + 14, (scroller.clientWidth || 600) - 260) + "px";
      tip.style.top = (p[1] + 14 + (canvas.offsetTop || 0)) + "px";
    });
    window.addEventListener("mouseup", function (ev) {
      var d = drag;
      drag = null;
      if (!d || d.moved || ev.target !== canvas) { return; }
      var p = pos(ev);
      var id = hitAt(p[0], p[1]);
      if (id !== null) { select(id, "timeline"); }
    });
    canvas.addEventListener("mouseleave", function () { tip.hidden = true; });
    canvas.addEventListener("wheel", function (ev) {
      if (!ev.ctrlKey && !ev.metaKey) { return; }  // plain wheel scrolls the rows
      ev.preventDefault();
      zoom(ev.deltaY > 0 ? 1.25 : 0.8, pos(ev)[0]);
    }, { passive: false });
    scroller.addEventListener("scroll", redraw);
    window.addEventListener("resize", redraw);
    if (window.ResizeObserver) { new window.ResizeObserver(redraw).observe(scroller); }
    byId("dl-tl-in").addEventListener("click", function () { zoom(0.5); });
    byId("dl-tl-out").addEventListener("click", function () { zoom(2); });
    byId("dl-tl-fit").addEventListener("click", function () { fit(); redraw(); });
    return self;
  }
}());
