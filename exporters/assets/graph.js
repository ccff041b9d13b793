/* dateline graph page (exporters/html.py).
 *
 * Reads the graph from the JSON data element #dateline-data, builds the
 * vis-network DataSets, stabilises the layout and then stops the physics, and shows a
 * details panel on click. Every piece of graph text reaches the page through
 * textContent or a DOM text node: never as markup.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("dateline-data").textContent);
  var statusEl = document.getElementById("dl-status");
  var details = document.getElementById("dl-details");

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
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

  var nodes = new vis.DataSet(data.nodes.map(withTip));
  var edges = new vis.DataSet(data.edges.map(withTip));
  var container = document.getElementById("dl-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);

  // --- layout: stabilise, then stop the physics so that large graphs stay fluid ---------
  var total = (data.options.physics && data.options.physics.stabilization &&
               data.options.physics.stabilization.iterations) || 1;
  setStatus("Laying out " + data.nodes.length + " nodes\u2026", false);
  network.on("stabilizationProgress", function (p) {
    setStatus("Laying out\u2026 " + Math.round(100 * p.iterations / (p.total || total)) + "%",
              false);
  });
  function freeze() {
    network.setOptions({ physics: { enabled: false } });
    setStatus("", true);
  }
  network.once("stabilizationIterationsDone", freeze);
  network.once("stabilized", freeze);
  if (!data.options.physics || data.options.physics.enabled === false) { freeze(); }

  document.getElementById("dl-physics").addEventListener("click", function () {
    network.setOptions({ physics: { enabled: true } });
    setStatus("Laying out\u2026", false);
    network.stabilize(total);
    network.once("stabilizationIterationsDone", freeze);
  });
  document.getElementById("dl-fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 400 } });
  });

  // --- legend: show / hide node kinds and edge kinds ---------------------------------------
  var hiddenKinds = {};
  var hiddenRels = {};
  function applyFilters() {
    nodes.update(data.nodes.map(function (n) {
      return { id: n.id, hidden: !!hiddenKinds[n.group] };
    }));
    edges.update(data.edges.map(function (e) {
      return { id: e.id, hidden: !!hiddenRels[e.rel] };
    }));
  }
  Array.prototype.forEach.call(document.querySelectorAll("#dl-legend input"), function (box) {
    box.addEventListener("change", function () {
      if (box.dataset.kind !== undefined) { hiddenKinds[box.dataset.kind] = !box.checked; }
      if (box.dataset.rel !== undefined) { hiddenRels[box.dataset.rel] = !box.checked; }
      applyFilters();
    });
  });

  // --- details panel --------------------------------------------------------------------------
  function focusNode(id) {
    if (nodes.get(id) === null) { return; }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0),
                        animation: { duration: 400 } });
    show(data.details.nodes[id]);
  }

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
          b.addEventListener("click", function () { focusNode(item.ref); });
          li.appendChild(b);
        } else {
          li.appendChild(document.createTextNode(item.text));
        }
        if (item.note) { li.appendChild(el("span", "dl-note", item.note)); }
        if (item.quote) { li.appendChild(el("q", "dl-quote", item.quote)); }
        ul.appendChild(li);
      });
      box.appendChild(ul);
      details.appendChild(box);
    });
  }

  network.on("click", function (params) {
    if (params.nodes && params.nodes.length) {
      show(data.details.nodes[params.nodes[0]]);
    } else if (params.edges && params.edges.length) {
      show(data.details.edges[params.edges[0]]);
    } else {
      show(null);
    }
  });

  // --- search -----------------------------------------------------------------------------------
  document.getElementById("dl-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var q = document.getElementById("dl-search-input").value.trim().toLowerCase();
    if (!q) { return; }
    var hit = null;
    for (var i = 0; i < data.nodes.length && hit === null; i++) {
      var n = data.nodes[i];
      var info = data.details.nodes[n.id];
      if (String(info ? info.title : n.label).toLowerCase().indexOf(q) >= 0) { hit = n.id; }
    }
    if (hit === null) {
      setStatus("No node matches \u201c" + q + "\u201d", false);
      window.setTimeout(function () { setStatus("", true); }, 2000);
    } else {
      focusNode(hit);
    }
  });
}());
