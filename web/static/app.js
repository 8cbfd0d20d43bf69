// fundledger dashboard (`fundledger serve`). Every figure comes from /api/, which answers with what
// the CLI prints under `--format json`; this script only lays the figures out. Amounts arrive as
// exact decimal strings in yuan: they are shown in 万元 by moving the decimal point on the digits
// (BigInt, half away from zero, as the workbook rounds), with the exact yuan on hover. Chart
// geometry (bar heights, band widths) is the only place a Number is made from an amount.
// Ledger text (names, payees) is only ever set as textContent, never as HTML.
"use strict";

const TEXTS = JSON.parse(document.getElementById("texts").textContent);
const PAGE = document.body.dataset.page;
const QUERY = new URLSearchParams(location.search);
const LANG = QUERY.get("lang") === "en" ? "en" : "zh";
const AS_OF = QUERY.get("as_of") || "";
const PAGES = ["sources", "flows", "progress", "ranking", "town", "search"];

function T(id, fields) {
  let s = TEXTS[id] || id;
  for (const [k, v] of Object.entries(fields || {})) s = s.split("{" + k + "}").join(String(v));
  return s;
}

// ---- exact amounts -------------------------------------------------------------------------------
function fenOf(s) {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(String(s));
  if (!m) throw new Error("not an amount: " + s);
  const v = BigInt(m[2]) * 100n + BigInt(m[3]);
  return m[1] ? -v : v;
}
function groupDigits(digits) { return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ","); }
// "12345678.90" -> "1,234.57" (万元, two decimals, half away from zero)
function wan(s) {
  const fen = fenOf(s);
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const hundredths = (abs + 5000n) / 10000n;  // 1 万元 = 1,000,000 fen; 0.01 万元 = 10,000 fen
  const whole = hundredths / 100n, frac = hundredths % 100n;
  return (neg && hundredths > 0n ? "-" : "") + groupDigits(whole.toString()) + "." + frac.toString().padStart(2, "0");
}
// "12345678.90" -> "12,345,678.90"
function yuan(s) {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(String(s));
  return m ? m[1] + groupDigits(m[2]) + "." + m[3] : String(s);
}
function chartValue(s) { return Number(fenOf(s)) / 1e6; }  // geometry only: 万元 as a float
function percent(ratio) {  // "0.2933" -> "29.33%" (the CLI's four decimals)
  if (ratio === null || ratio === undefined) return "";
  const m = /^(-?)(\d+)\.(\d{4})$/.exec(String(ratio));
  if (!m) return String(ratio);
  const n = BigInt(m[2] + m[3]);
  return m[1] + (n / 100n).toString() + "." + (n % 100n).toString().padStart(2, "0") + "%";
}

// ---- DOM -----------------------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}
function moneyCell(s) {
  if (s === null || s === undefined) return el("td", { class: "num" });
  return el("td", { class: "num money", title: yuan(s) + (LANG === "en" ? " yuan" : " 元"), "data-yuan": s }, wan(s));
}
function cellFor(col, v) {
  if (col.type === "money") return moneyCell(v);
  if (col.type === "ratio") return el("td", { class: "num" }, percent(v));
  if (col.type === "integer") return el("td", { class: "num" }, v === null || v === undefined ? "" : v);
  if (col.key === "band" && v) return el("td", { class: "band-" + v, "data-band": v }, T("web.level." + v));  // red -> 红色
  return el("td", {}, v === null || v === undefined ? "" : v);
}
// cols: [{key, zh, en, type}] (the CLI's own columns where it gives them)
function table(cols, rows, total, limit) {
  const head = el("tr", {}, ...cols.map(c => el("th", { class: c.type === "money" || c.type === "ratio" ? "num" : "" },
    (LANG === "en" ? c.en : c.zh) + (c.type === "money" ? (LANG === "en" ? " (10k)" : "（万元）") : ""))));
  const shown = limit ? rows.slice(0, limit) : rows;
  const body = shown.map(r => el("tr", {}, ...cols.map(c => cellFor(c, r[c.key]))));
  if (total) {
    const tr = el("tr", { class: "total" }, ...cols.map((c, i) => i === 0 && !total[c.key] ? el("td", {}, T("web.total")) : cellFor(c, total[c.key])));
    body.push(tr);
  }
  const wrap = el("div", { class: "scroll" }, el("table", {}, el("thead", {}, head), el("tbody", {}, ...body)));
  if (shown.length < rows.length) wrap.append(el("p", { class: "note" }, T("web.rows_more", { shown: shown.length, count: rows.length })));
  if (!rows.length) wrap.append(el("p", { class: "note" }, T("web.empty")));
  return wrap;
}
function col(key, textId, type) { return { key, zh: T(textId), en: T(textId), type: type || "text" }; }
function section(title, wide, ...children) {
  const s = el("section", { class: wide ? "wide" : "" }, el("h2", {}, title), ...children);
  document.getElementById("main").append(s);
  return s;
}
function chartBox(tall) { return el("div", { class: "chart" + (tall ? " tall" : "") }); }
function draw(box, option) {
  const chart = echarts.init(box, null, { renderer: "canvas" });
  chart.setOption(Object.assign({ animation: false, textStyle: { fontSize: 14 } }, option));
  window.addEventListener("resize", () => chart.resize());
  return chart;
}
function esc(s) {  // for ECharts' HTML tooltips
  return String(s).replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
function showError(message) {
  document.getElementById("main").append(el("section", { class: "wide" }, el("p", { class: "error" }, T("web.error") + message)));
}

// ---- data ----------------------------------------------------------------------------------------
async function api(name, params) {
  const q = new URLSearchParams(Object.assign({}, params || {}, { lang: LANG }));
  if (AS_OF) q.set("as_of", AS_OF);
  const res = await fetch("/api/" + name + "?" + q.toString(), { credentials: "same-origin" });
  const body = await res.json();
  if (!res.ok) { const e = new Error(body.error || res.statusText); e.status = res.status; throw e; }
  return body;
}
function link(page, extra) {
  const q = new URLSearchParams(extra || {});
  if (AS_OF) q.set("as_of", AS_OF);
  if (LANG === "en") q.set("lang", "en");
  const s = q.toString();
  return "/" + page + (s ? "?" + s : "");
}

// ---- the frame: navigation, as-of picker, footer -------------------------------------------------
function frame() {
  document.getElementById("brand").textContent = T("web.title");
  const nav = document.getElementById("nav");
  for (const p of PAGES) nav.append(el("a", { href: link(p), class: p === PAGE ? "on" : "" }, T("web.nav." + p)));
  document.getElementById("asof-label").textContent = T("web.as_of");
  const picker = document.getElementById("as-of");
  picker.value = AS_OF;
  picker.addEventListener("change", () => {
    const q = new URLSearchParams(location.search);
    if (picker.value) q.set("as_of", picker.value); else q.delete("as_of");
    location.search = q.toString();
  });
  document.getElementById("unit").textContent = T("web.unit_wan");
  document.getElementById("readonly").textContent = T("web.footer.read_only");
  api("head").then(h => {
    const s = document.getElementById("head");
    s.textContent = T("web.footer.head", { entries: h.entries, head: h.head.slice(0, 16) });
    s.title = h.head;
    s.dataset.head = h.head;
  }).catch(e => showError(e.message));
}

// ---- 资金来源图 ------------------------------------------------------------------------------------
const BALANCE_COLS = [col("key", "web.col.key"), col("name", "web.col.name"), col("amount", "web.col.amount", "money"),
  col("allocated", "web.col.allocated", "money"), col("unallocated", "web.col.unallocated", "money"),
  col("disbursed", "web.col.disbursed", "money")];

function barChart(box, names, series, horizontal) {
  const cat = { type: "category", data: names, axisLabel: { interval: 0, rotate: horizontal ? 0 : 20 } };
  const val = { type: "value", name: LANG === "en" ? "10k yuan" : "万元" };
  draw(box, {
    legend: {}, grid: { left: 48, right: 24, bottom: 8, top: 40, containLabel: true },
    tooltip: { trigger: "axis", formatter: items => esc(items[0].name) + items.map(i => "<br>" + i.marker + esc(i.seriesName) + "：" + esc(i.data.label)).join("") },
    xAxis: horizontal ? val : cat, yAxis: horizontal ? cat : val,
    series: series.map(s => ({ type: "bar", name: s.name, data: s.values.map(v => ({ value: chartValue(v), label: wan(v) + "（" + yuan(v) + "）" })) })),
  });
}

async function pageSources() {
  const [cats, docs, exec] = await Promise.all([api("balance", { by: "category" }), api("balance", { by: "source" }), api("execution")]);
  const s1 = section(T("web.sources.by_category"), false);
  const box = chartBox();
  s1.append(box, table(BALANCE_COLS.slice(1), cats.rows, cats.total));
  barChart(box, cats.rows.map(r => r.name), [
    { name: T("web.series.amount"), values: cats.rows.map(r => r.amount) },
    { name: T("web.series.allocated"), values: cats.rows.map(r => r.allocated) },
    { name: T("web.series.paid"), values: cats.rows.map(r => r.disbursed) }]);
  const s2 = section(T("web.sources.by_doc"), false);
  s2.append(table(BALANCE_COLS, docs.rows, Object.assign({}, docs.total, { key: T("web.total"), name: "" })));
  const s3 = section(T("web.sources.plan") + " · " + exec.title, true);
  const box3 = chartBox();
  s3.append(box3, table(exec.columns, exec.rows, exec.total));
  barChart(box3, exec.rows.map(r => r.name || r.earmark), [
    { name: T("web.series.budget"), values: exec.rows.map(r => r.budget) },
    { name: T("web.series.allocated"), values: exec.rows.map(r => r.allocated) },
    { name: T("web.series.paid"), values: exec.rows.map(r => r.paid_ytd) }]);
}

// ---- 分配使用图 ------------------------------------------------------------------------------------
async function pageFlows() {
  const a = await api("allocations");
  const s = section(T("web.flows.sankey") + " · " + a.title, true);
  const box = chartBox(true);
  s.append(box);
  const names = {};
  for (const r of a.rows) names["earmark:" + r.earmark] = r.earmark_name || r.earmark;
  const label = id => {
    if (id in names) return names[id];
    const rest = id.slice(id.indexOf(":") + 1);
    return id.startsWith("town:") && rest === "" ? T("web.flows.no_town") : rest;
  };
  const nodes = [];
  for (const e of a.edges) for (const n of [e.from, e.to]) if (!nodes.includes(n)) nodes.push(n);
  draw(box, {
    tooltip: { formatter: p => p.dataType === "edge"
      ? esc(label(p.data.source)) + " → " + esc(label(p.data.target)) + "<br>" + esc(p.data.shown)
      : esc(label(p.name)) },
    series: [{
      type: "sankey", left: 16, right: 160, top: 16, bottom: 16, nodeGap: 10, emphasis: { focus: "adjacency" },
      data: nodes.map(n => ({ name: n })), label: { formatter: p => label(p.name) },
      links: a.edges.map(e => ({ source: e.from, target: e.to, value: chartValue(e.allocated), shown: wan(e.allocated) + (LANG === "en" ? " (10k) = " : " 万元 = ") + yuan(e.allocated) })),
      lineStyle: { color: "gradient", opacity: 0.35 },
    }],
  });
  section(T("web.flows.table"), true, table(a.columns, a.rows.map(r => Object.assign({}, r, { town: r.town === null ? T("web.flows.no_town") : r.town })), a.total));
}

// ---- 进度图 ----------------------------------------------------------------------------------------
function progressChart(box, p) {
  const rows = p.rows;
  draw(box, {
    grid: { left: 16, right: 40, bottom: 8, top: 30, containLabel: true },
    tooltip: { trigger: "axis", formatter: items => esc(items[0].name) + "<br>" + esc(T("web.series.progress")) + "：" + esc(percent(rows[items[0].dataIndex].progress)) + "<br>" + esc(T("web.progress.time")) + "：" + esc(percent(p.time_progress)) },
    xAxis: { type: "category", data: rows.map(r => r.name || r.key), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
    series: [{
      type: "bar", name: T("web.series.progress"),
      data: rows.map(r => ({ value: Number(r.progress || 0) * 100, itemStyle: { color: r.band === "red" ? "#c62828" : r.band === "yellow" ? "#f9a825" : "#2e7d32" } })),
      label: { show: true, position: "top", formatter: q => percent(rows[q.dataIndex].progress) },
      markLine: { symbol: "none", lineStyle: { color: "#1565c0", width: 2 }, label: { position: "insideEndTop", formatter: T("web.progress.time") + " " + percent(p.time_progress) }, data: [{ yAxis: Number(p.time_progress) * 100 }] },
    }],
  });
}
async function pageProgress() {
  const [towns, earmarks] = await Promise.all([api("progress", { by: "town" }), api("progress", { by: "earmark" })]);
  for (const [p, id] of [[towns, "web.progress.by_town"], [earmarks, "web.progress.by_earmark"]]) {
    const s = section(T(id) + " · " + p.title, true);
    const box = chartBox();
    s.append(box, table(p.columns, p.rows, p.total));
    progressChart(box, p);
  }
}

// ---- 排名预警图 ------------------------------------------------------------------------------------
const LEVELS = ["red", "orange", "yellow", "blue"];
async function pageRanking() {
  const [towns, warnings] = await Promise.all([api("towns"), api("warnings")]);
  const s1 = section(T("web.ranking.towns") + " · " + towns.title, false);
  const ranked = towns.rows.filter(r => r.rank !== null).sort((a, b) => a.rank - b.rank);
  const box = chartBox();
  s1.append(box, table(towns.columns, ranked, null));
  draw(box, {
    grid: { left: 16, right: 60, bottom: 8, top: 16, containLabel: true },
    xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", inverse: true, data: ranked.map(r => r.rank + ". " + r.town) },
    series: [{ type: "bar", data: ranked.map(r => Number(r.progress) * 100), itemStyle: { color: "#b71c1c" },
      label: { show: true, position: "right", formatter: q => percent(ranked[q.dataIndex].progress) } }],
  });
  const open = warnings.warnings;  // the open ones, the first 200 (warnings --open --limit 200)
  const s2 = section(T("web.ranking.warnings_open"), false);
  const box2 = chartBox();
  const counts = LEVELS.map(l => warnings.summary.open_by_level[l]);
  s2.append(box2, table([col("level", "web.col.level"), col("count", "web.col.count", "integer")],
    LEVELS.map((l, i) => ({ level: T("web.level." + l), count: counts[i] })), null));
  draw(box2, {
    tooltip: {}, color: ["#c62828", "#fb8c00", "#fdd835", "#1e88e5"],
    series: [{ type: "pie", radius: ["35%", "70%"], label: { formatter: "{b}: {c}" },
      data: LEVELS.map((l, i) => ({ name: T("web.level." + l), value: counts[i] })).filter(d => d.value > 0) }],
  });
  const s3 = section(T("web.ranking.warnings"), true, table([col("id", "web.col.key"), col("level", "web.col.level"), col("status", "web.col.status"),
    col("since", "web.col.date"), col("message", "web.col.message")],
    open.map(w => ({ id: w.id, level: T("web.level." + w.level), status: T("web.status." + w.status), since: w.since, message: w.message })), null));
  if (warnings.summary.open > open.length)
    s3.append(el("p", { class: "note" }, T("web.rows_more", { shown: open.length, count: warnings.summary.open })));
}

// ---- 乡镇 -----------------------------------------------------------------------------------------
async function pageTown() {
  const towns = (await api("balance", { by: "town" })).rows.filter(r => r.key !== "");
  const chosen = QUERY.get("town") || (towns[0] && towns[0].key);
  const s = section(T("web.town.pick"), true);
  if (!chosen) { s.append(el("p", { class: "note" }, T("web.town.none"))); return; }
  const select = el("select", { id: "town", onchange: () => { location.href = link("town", { town: select.value }); } },
    ...towns.map(t => { const o = el("option", { value: t.key }, t.name); if (t.key === chosen) o.selected = true; return o; }));
  const row = towns.find(t => t.key === chosen);
  s.append(select, table([col("name", "web.col.town"), col("allocated", "web.col.allocated", "money"), col("disbursed", "web.col.disbursed", "money")], row ? [row] : [], null));
  const [villages, projects, payments] = await Promise.all([api("balance", { by: "village" }), api("projects"), api("payments", { town: chosen })]);
  const prefix = chosen + " ";
  const mine = villages.rows.filter(v => v.name.startsWith(prefix)).map(v => Object.assign({}, v, { name: v.name.slice(prefix.length) }));
  const sv = section(T("web.town.villages"), false);
  const box = chartBox();
  sv.append(box, table([col("name", "web.col.village"), col("disbursed", "web.col.disbursed", "money")], mine, null));
  barChart(box, mine.map(v => v.name), [{ name: T("web.series.paid"), values: mine.map(v => v.disbursed) }], true);
  const p = projects.projects;
  section(T("web.town.projects"), false, table(p.columns, p.rows.filter(r => r.town === chosen), null));
  const cols = [col("date", "web.col.date"), col("voucher", "web.col.voucher"), col("earmark", "web.col.earmark"), col("village", "web.col.village"),
    col("payee_name", "web.col.payee"), col("amount", "web.col.amount", "money")];
  section(T("web.town.payments") + " · " + payments.title, true,
    table(cols, payments.rows, { date: T("web.total") + " (" + payments.total.count + ")", amount: payments.total.amount }, 500));
}

// ---- 查询追溯 --------------------------------------------------------------------------------------
async function pageSearch() {
  const q = QUERY.get("q") || "";
  const input = el("input", { name: "q", id: "q", placeholder: T("web.search.placeholder") });
  input.value = q;
  const form = el("form", { class: "search", method: "get", action: "/search" }, input, el("button", { type: "submit" }, T("web.search.button")));
  if (AS_OF) form.append(el("input", { type: "hidden", name: "as_of", value: AS_OF }));
  if (LANG === "en") form.append(el("input", { type: "hidden", name: "lang", value: "en" }));
  section(T("web.nav.search"), true, form);
  if (!q) return;
  let t = null, kind = "voucher";
  try { t = await api("trace", { voucher: q }); } catch (e) { if (e.status !== 400) throw e; }
  if (!t) { kind = "source"; try { t = await api("trace", { source: q }); } catch (e) { if (e.status !== 400) throw e; } }
  if (!t) { section(T("web.search.none", { q }), true); return; }
  if (kind === "voucher") {
    const pay = [Object.assign({}, t)];
    section(T("web.trace.payment"), true, table([col("voucher", "web.col.voucher"), col("date", "web.col.date"), col("earmark", "web.col.earmark"),
      col("town", "web.col.town"), col("village", "web.col.village"), col("payee_name", "web.col.payee"), col("amount", "web.col.amount", "money")], pay, null));
    const rows = [];
    for (const s of t.sources) for (const a of s.allocations) rows.push({ doc_no: s.doc_no, from_source: s.amount, voucher: a.voucher, date: a.date, amount: a.amount });
    section(T("web.trace.sources"), true, table([col("doc_no", "web.trace.source_doc"), col("from_source", "web.trace.from_source", "money"),
      col("voucher", "web.col.voucher"), col("date", "web.col.date"), col("amount", "web.trace.from_lot", "money")], rows, null));
  } else {
    section(T("web.trace.source_doc") + " · " + q, true, table([col("voucher", "web.col.voucher"), col("date", "web.col.date"), col("earmark", "web.col.earmark"),
      col("town", "web.col.town"), col("amount", "web.col.allocated", "money")], t.allocated || [], null));
  }
}

const RENDER = { sources: pageSources, flows: pageFlows, progress: pageProgress, ranking: pageRanking, town: pageTown, search: pageSearch };
frame();
const status = document.getElementById("status");
status.textContent = T("web.loading");
RENDER[PAGE]().then(() => { status.remove(); document.body.dataset.ready = "1"; })
  .catch(e => { status.remove(); showError(e.message); document.body.dataset.ready = "error"; });
