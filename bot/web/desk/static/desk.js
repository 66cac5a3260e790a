// The admins' desk. No framework, no third-party script: the server checks and renders, this shows.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const state = { token: null, msg: {}, locales: [], names: {}, draft: null, version: null, post: null, bc: null, timer: null };

  // -- launch: initData from Telegram's object if present, else from the URL fragment ------------
  function launch() {
    const hash = new URLSearchParams(location.hash.slice(1));
    const tg = window.Telegram && window.Telegram.WebApp;
    const initData = (tg && tg.initData) || hash.get("tgWebAppData") || "";
    let theme = (tg && tg.themeParams) || null;
    if (!theme && hash.get("tgWebAppThemeParams")) {
      try { theme = JSON.parse(hash.get("tgWebAppThemeParams")); } catch (e) { theme = null; }
    }
    applyTheme(theme);
    return initData;
  }

  function applyTheme(theme) {
    if (!theme) return;
    const root = document.documentElement.style;
    const names = ["bg_color", "text_color", "hint_color", "link_color", "button_color", "button_text_color",
      "secondary_bg_color", "destructive_text_color", "section_bg_color"];
    for (const name of names) {
      const value = theme[name];
      if (typeof value === "string" && /^#[0-9a-fA-F]{3,8}$/.test(value)) root.setProperty("--tg-" + name.replace(/_/g, "-"), value);
    }
    document.documentElement.classList.add("tg-theme");
  }

  // -- Telegram's own channel, without its script: tell it we are ready, follow its theme -----------
  const TELEGRAM_WEB = "https://web.telegram.org";
  function tgEvent(type, data) {
    try {
      if (window.TelegramWebviewProxy) window.TelegramWebviewProxy.postEvent(type, JSON.stringify(data || {}));
      else if (window.parent !== window) window.parent.postMessage(JSON.stringify({ eventType: type, eventData: data || {} }), TELEGRAM_WEB);
    } catch (e) { /* outside Telegram: nobody to tell */ }
  }
  function onTgEvent(type, data) {
    if (type === "theme_changed" && data && data.theme_params) applyTheme(data.theme_params);
  }
  window.Telegram = window.Telegram || {};
  if (!window.Telegram.WebView) window.Telegram.WebView = { receiveEvent: onTgEvent }; // the apps call this
  window.addEventListener("message", (e) => { // Telegram Web posts its events to the frame
    if (e.origin !== TELEGRAM_WEB || typeof e.data !== "string") return;
    try { const m = JSON.parse(e.data); onTgEvent(m.eventType, m.eventData); } catch (x) { /* not an event */ }
  });

  // -- the API -------------------------------------------------------------------------------
  async function api(path, body) {
    const options = { headers: { Authorization: "Bearer " + state.token } };
    if (body !== undefined) {
      options.method = "POST";
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    const response = await fetch("/desk/api/" + path, options);
    if (response.status === 401) { fail(t("desk-session-expired")); throw new Error("unauthorized"); }
    const data = response.headers.get("Content-Type", "").startsWith("application/json") ? await response.json() : response;
    return { status: response.status, data: data };
  }

  function t(key) { return state.msg[key] || key; }
  function say(text) { $("status").textContent = text; }
  function fail(text) { say(text); document.body.classList.add("failed"); }
  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function translate() {
    for (const node of document.querySelectorAll("[data-msg]")) node.textContent = t(node.dataset.msg);
    for (const node of document.querySelectorAll("[data-msg-label]")) node.setAttribute("aria-label", t(node.dataset.msgLabel));
    document.title = t("desk-title");
    $("views").setAttribute("aria-label", t("desk-title"));
  }

  // -- tabs (keyboard: arrows, Home, End) ------------------------------------------------------
  function tabs(list, onShow) {
    const all = () => Array.from(list.querySelectorAll('[role="tab"]'));
    function select(tab) {
      for (const other of all()) {
        const on = other === tab;
        other.setAttribute("aria-selected", on ? "true" : "false");
        other.tabIndex = on ? 0 : -1;
        $(other.getAttribute("aria-controls")).hidden = !on;
      }
      if (onShow) onShow(tab);
    }
    list.addEventListener("click", (e) => { const tab = e.target.closest('[role="tab"]'); if (tab) select(tab); });
    list.addEventListener("keydown", (e) => {
      const items = all(), at = items.indexOf(document.activeElement);
      if (at < 0) return;
      const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: items.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      const tab = items[(next + items.length) % items.length];
      tab.focus(); select(tab);
    });
    return select;
  }

  const loaders = { "tab-calendar": loadCalendar, "tab-count": loadCount, "tab-record": loadRecord };

  // -- calendar ----------------------------------------------------------------------------------
  async function loadCalendar() {
    const span = Number($("cal-range").value);
    const { data } = await api("calendar?days=" + span + (state.calFrom ? "&from=" + state.calFrom : ""));
    state.calShown = data.from;
    if (!$("ed-zone").dataset.default) { // the first load also fills the editor's defaults
      $("ed-zone").value = $("ed-zone").dataset.default = data.zone;
      $("ed-channels").textContent = t("desk-editor-channels") + " " +
        data.channels.map((c) => c.channel + " (" + c.locale + ")").join(", ");
    }
    const last = addDays(data.from, span - 1);
    $("cal-period").textContent = data.from + " – " + last;
    $("cal-next").hidden = !data.next || (data.next >= data.from && data.next <= last);
    state.calNext = data.next;
    $("cal-times").textContent = t("desk-calendar-daily") + " " + data.daily.time + " · " + t("desk-calendar-digest") + " " +
      data.digest.time + " (" + data.daily.zone + ") · " + t("desk-calendar-now") + " " + data.now;
    const ms = $("cal-milestones"); ms.textContent = "";
    for (const m of data.milestones) ms.append(el("li", {}, t("desk-calendar-milestone") + " " + m.threshold + " · " + m.after));
    const days = $("cal-days"); days.textContent = "";
    let day = null, list = null;
    for (const item of data.items) {
      if (item.day !== day) {
        day = item.day;
        days.append(el("h3", {}, day));
        list = el("ul", { class: "plain items" }); days.append(list);
      }
      const li = el("li", { class: "item status-" + item.status });
      const head = el("p");
      head.append(el("strong", {}, item.when.split(" ")[1] + " #" + item.post), " ",
        el("span", { class: "badge" }, t("desk-status-" + item.status)), " ",
        item.kind === "daily" ? t("desk-calendar-daily") : item.languages.join(", "),
        item.repeat ? " · " + t("desk-repeat-" + item.repeat) : "");
      li.append(head, el("p", { class: "hint" }, item.first_line));
      const chans = el("ul", { class: "plain channels", "aria-label": t("desk-calendar-channels") });
      for (const d of item.deliveries) {
        const c = el("li", {}, d.channel + " (" + d.text_locale + "): " + t("desk-delivery-" + d.status) + " ");
        if (d.link) c.append(el("a", { href: d.link, rel: "noopener noreferrer", target: "_blank" }, t("desk-calendar-link")));
        chans.append(c);
      }
      li.append(chans);
      if (item.kind === "queued" && item.status === "queued" && item.post_status === "queued") {
        const edit = el("button", { type: "button" }, t("desk-calendar-edit") + " #" + item.post);
        edit.addEventListener("click", () => editPost(item.post));
        const cancel = el("button", { type: "button", class: "quiet" }, t("desk-calendar-cancel") + " #" + item.post);
        cancel.addEventListener("click", () => cancelPost(item.post));
        li.append(edit, " ", cancel);
      }
      list.append(li);
    }
    if (!data.items.length) days.append(el("p", { class: "hint" }, t("desk-calendar-empty")));
  }

  function addDays(day, n) {
    const d = new Date(day + "T12:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  function moveCalendar(to) { state.calFrom = to; loadCalendar(); }

  async function cancelPost(id) {
    const { data } = await api("cancel", { post: id });
    say(data.message || data.error);
    loadCalendar();
  }

  // -- editor ------------------------------------------------------------------------------------
  function buildEditor() {
    const langs = $("ed-langs"), texts = $("ed-texts"), fallback = $("ed-fallback");
    const first = state.locales.includes(state.locale) ? state.locale : state.locales[0];
    state.locales.forEach((code) => {
      const on = code === first;
      const tab = el("button", { role: "tab", id: "lt-" + code, "aria-controls": "lp-" + code, "aria-selected": on ? "true" : "false", type: "button" }, code);
      tab.tabIndex = on ? 0 : -1;
      langs.append(tab);
      const panel = el("div", { role: "tabpanel", id: "lp-" + code, "aria-labelledby": "lt-" + code });
      panel.hidden = !on;
      const label = el("label", { for: "ed-text-" + code }, t("desk-editor-text") + " — " + state.names[code] + " (" + code + ")");
      const area = el("textarea", { id: "ed-text-" + code, rows: "8", lang: code, "aria-describedby": "err-text-" + code });
      area.addEventListener("input", changed);
      panel.append(label, area, el("span", { id: "err-text-" + code, class: "error" }));
      texts.append(panel);
      fallback.append(el("option", { value: code }, state.names[code] + " (" + code + ")"));
    });
    tabs(langs);
    for (const id of ["ed-when", "ed-zone", "ed-repeat", "ed-repeat-end", "ed-fallback", "ed-buttons"]) $(id).addEventListener("input", changed);
    $("ed-preview").addEventListener("click", preview);
    $("ed-queue").addEventListener("click", queue);
    $("ed-new").addEventListener("click", () => fillEditor({ zone: $("ed-zone").dataset.default }));
  }

  let pending = null;
  function changed() {
    state.seq = (state.seq || 0) + 1;
    $("ed-queue").disabled = true; // queued only from a preview of exactly this
    clearTimeout(pending);
    pending = setTimeout(preview, 700);
  }

  function form() {
    const texts = {};
    for (const code of state.locales) texts[code] = $("ed-text-" + code).value;
    return {
      post: state.post, when: $("ed-when").value.replace("T", " "), zone: $("ed-zone").value.trim(),
      repeat: $("ed-repeat").value, repeat_end: $("ed-repeat-end").value, texts: texts,
      fallback: $("ed-fallback").value || null, buttons: $("ed-buttons").value,
    };
  }

  function fillEditor(post) {
    state.post = post.post || null;
    $("ed-title").textContent = state.post ? t("desk-editor-editing") + " #" + state.post : t("desk-editor-title");
    $("ed-when").value = (post.when || "").replace(" ", "T");
    $("ed-zone").value = post.zone || "";
    $("ed-repeat").value = post.repeat || "none";
    $("ed-repeat-end").value = post.repeat_end || "";
    for (const code of state.locales) $("ed-text-" + code).value = (post.texts || {})[code] || "";
    $("ed-fallback").value = post.fallback || "";
    $("ed-buttons").value = post.buttons || "";
    $("ed-diff").hidden = true;
    $("ed-queue").disabled = true;
    $("ed-preview-out").textContent = "";
    showProblems({});
  }

  async function editPost(id) {
    const { status, data } = await api("post?id=" + id);
    if (status !== 200) { say(data.error); return; }
    fillEditor(data);
    $("tab-editor").click();
  }

  function showProblems(problems) {
    const fields = ["when", "repeat", "buttons", "texts"].concat(state.locales.map((c) => "text-" + c));
    for (const field of fields) {
      const node = $("err-" + field);
      if (node) node.textContent = problems[field] || "";
      const input = $(field.startsWith("text-") ? "ed-" + field : "ed-" + field);
      if (input) input.setAttribute("aria-invalid", problems[field] ? "true" : "false");
    }
    $("ed-form-error").textContent = problems.form || "";
    const bad = state.locales.find((c) => problems["text-" + c]);
    for (const code of state.locales) $("lt-" + code).classList.toggle("bad", !!problems["text-" + code]);
    return bad;
  }

  async function preview() {
    clearTimeout(pending);
    const seq = state.seq;
    const { status, data } = await api("preview", form());
    if (seq !== state.seq) return; // typed on since: a newer preview follows
    if (status === 423) { say(data.message); return; }
    const out = $("ed-preview-out");
    out.textContent = "";
    showProblems(data.ok ? {} : data.problems);
    state.draft = data.draft; state.version = data.version;
    if (data.when) out.append(el("p", { class: "hint" }, data.when + (data.times > 1 ? " · ×" + data.times + " → " + data.last : "")));
    for (const v of data.variants) {
      const card = el("article", { class: "bubble", "aria-label": v.channel + " (" + v.locale + ")" });
      card.append(el("p", { class: "hint" }, v.channel + " · " + v.locale + (v.text_locale !== v.locale ? " ← " + v.text_locale : "")));
      if (v.photos) card.append(el("p", { class: "hint" }, t("desk-editor-photos") + " " + v.photos));
      if (v.thread) {
        v.thread.forEach((part) => card.append(el("p", { class: "toot" }, part)));
      } else {
        const body = el("div", { class: "tg" });
        body.innerHTML = v.html; // sanitised by the server: Telegram's tags only, no attributes but safe links
        card.append(body);
        if (v.buttons.length) {
          const row = el("div", { class: "tg-buttons" });
          for (const b of v.buttons) row.append(el("a", { href: b.url, rel: "noopener noreferrer", target: "_blank", class: "tg-button" }, b.label));
          card.append(row);
        }
      }
      out.append(card);
    }
    if (data.skipped.length) out.append(el("p", { class: "hint" }, t("desk-editor-skipped") + " " + data.skipped.join(", ")));
    $("ed-queue").disabled = !data.ok || !data.variants.length;
    say(t(data.ok ? "desk-editor-previewed" : "desk-editor-fix"));
  }

  async function queue() {
    const { status, data } = await api("queue", { draft: state.draft, version: state.version });
    $("ed-diff").hidden = true;
    if (status === 200) {
      say(data.message);
      state.calFrom = data.day; // the calendar opens where the post just queued is
      fillEditor({ zone: $("ed-zone").value });
      return;
    }
    say(data.error || data.message);
    if (data.difference) {
      const body = $("ed-diff").querySelector("tbody"); body.textContent = "";
      for (const d of data.difference) {
        const tr = el("tr");
        tr.append(el("th", { scope: "row" }, d.field), el("td", {}, d.yours || "—"), el("td", {}, d.theirs || "—"));
        body.append(tr);
      }
      $("ed-diff").hidden = false;
    }
    $("ed-queue").disabled = true;
  }

  // -- broadcasts --------------------------------------------------------------------------------
  function buildBroadcasts() {
    const box = $("bc-audience");
    for (const code of state.locales) {
      const id = "bc-lang-" + code;
      const wrap = el("span", { class: "check" });
      wrap.append(el("input", { type: "checkbox", id: id, value: code }), el("label", { for: id }, state.names[code] + " (" + code + ")"));
      box.append(wrap);
    }
    box.addEventListener("change", audienceTotal);
    $("bc-prepare").addEventListener("click", prepareBroadcast);
    $("bc-start").addEventListener("click", startBroadcast);
    $("bc-cancel").addEventListener("click", cancelBroadcast);
  }

  function chosen() { return state.locales.filter((c) => $("bc-lang-" + c).checked); }
  function audienceTotal() {
    if (!state.bc) return;
    const picked = chosen();
    const n = picked.length ? picked.reduce((sum, c) => sum + (state.bc.audience[c] || 0), 0) : state.bc.total;
    $("bc-total").textContent = t("desk-broadcast-reach") + " " + n + (picked.length ? "" : " (" + t("desk-broadcast-everyone") + ")");
  }

  async function prepareBroadcast() {
    const { status, data } = await api("broadcast", { text: $("bc-text").value });
    if (status === 423) { say(data.message); return; }
    $("err-bc-text").textContent = data.ok ? "" : data.problems.text;
    $("bc-text").setAttribute("aria-invalid", data.ok ? "false" : "true");
    if (!data.ok) return;
    state.bc = data;
    // Made only now: one "Telegram preview" on the page at a time outside this panel (the editor's).
    const box = $("bc-preview-box"); box.textContent = "";
    const shown = el("div", { class: "preview bubble tg", id: "bc-preview", "aria-label": "Telegram preview" });
    shown.innerHTML = data.html; // sanitised by the server
    box.append(shown);
    for (const code of state.locales) {
      $("bc-lang-" + code).nextSibling.textContent = state.names[code] + " (" + code + "): " + (data.audience[code] || 0);
    }
    $("bc-draft").hidden = false; $("bc-run").hidden = true;
    audienceTotal();
  }

  async function startBroadcast() {
    const { status, data } = await api("broadcast/start", { id: state.bc.id, locales: chosen() });
    say(data.message || data.error);
    if (status !== 200) return;
    $("bc-draft").hidden = true; $("bc-run").hidden = false;
    poll();
  }

  async function poll() {
    clearTimeout(state.timer);
    const { status, data } = await api("broadcast/progress?id=" + state.bc.id);
    if (status !== 200) return;
    const c = data.counts, done = (c.sent || 0) + (c.blocked || 0) + (c.failed || 0) + (c.unknown || 0) + (c.skipped || 0);
    $("bc-bar").max = Math.max(data.total, 1); $("bc-bar").value = done;
    const parts = [t("desk-broadcast-sent") + " " + (c.sent || 0), t("desk-broadcast-blocked") + " " + (c.blocked || 0),
      t("desk-broadcast-failed") + " " + (c.failed || 0), t("desk-broadcast-unknown") + " " + (c.unknown || 0),
      t("desk-broadcast-total") + " " + data.total];
    if (data.rate) parts.push(t("desk-broadcast-rate") + " " + data.rate + "/s");
    if (data.seconds_left !== null) parts.push(t("desk-broadcast-left") + " " + data.seconds_left + " s");
    $("bc-progress").textContent = t("desk-bc-status-" + data.status) + " · " + parts.join(" · ");
    const running = data.status === "running";
    $("bc-cancel").disabled = !running;
    if (running) state.timer = setTimeout(poll, 1000);
  }

  async function cancelBroadcast() {
    const { data } = await api("broadcast/cancel", { id: state.bc.id });
    say(data.message || data.error);
    poll();
  }

  // -- count ---------------------------------------------------------------------------------------
  async function loadCount() {
    const { data } = await api("count");
    const h = data.health;
    $("count-health").textContent = h.failing ? t("desk-count-failing") + " " + h.failing_since : t("desk-count-healthy") + " " + (h.last_success || "—");
    const box = $("count-awaiting"); box.textContent = "";
    for (const a of data.awaiting) {
      const p = el("p", {}, t("desk-count-awaiting") + " " + a.value + " (" + a.as_of + ") ");
      const ok = el("button", { type: "button" }, t("desk-count-accept"));
      ok.addEventListener("click", async () => { const r = await api("count/accept", { id: a.id }); say(r.data.message || r.data.error); loadCount(); });
      p.append(ok); box.append(p);
    }
    const body = $("count-history").querySelector("tbody"); body.textContent = "";
    for (const f of data.history) {
      const tr = el("tr");
      tr.append(el("td", {}, f.as_of), el("td", {}, (f.at_least ? "≥ " : "") + f.value), el("td", {}, t("desk-method-" + f.method)));
      body.append(tr);
    }
    const chart = await fetch("/desk/api/count/chart", { headers: { Authorization: "Bearer " + state.token } });
    const img = $("count-chart");
    if (chart.status === 200) {
      const reader = new FileReader();
      reader.onload = () => { img.src = reader.result; img.alt = t("desk-count-chart"); img.hidden = false; };
      reader.readAsDataURL(await chart.blob());
    } else { img.hidden = true; }
  }

  async function saveCount() {
    const { status, data } = await api("count/set", { value: $("count-value").value, date: $("count-date").value, note: $("count-note").value });
    if (status === 423) { say(data.message); return; }
    $("err-count-value").textContent = data.ok ? "" : data.problems.value;
    $("count-value").setAttribute("aria-invalid", data.ok ? "false" : "true");
    if (data.ok) { say(data.message); loadCount(); }
  }

  // -- record -------------------------------------------------------------------------------------
  async function loadRecord() {
    const { data } = await api("record");
    $("rec-lockdown").textContent = data.lockdown ? t("desk-lockdown-on") : t("desk-lockdown-off");
    $("lockdown").hidden = !data.lockdown;
    const body = $("rec-table").querySelector("tbody"); body.textContent = "";
    for (const e of data.entries) {
      const tr = el("tr");
      tr.append(el("td", {}, e.at), el("td", {}, e.you ? e.who + " (" + t("desk-record-you") + ")" : e.who), el("td", {}, state.msg["desk-action-" + e.action] || e.action), el("td", {}, e.subject || ""));
      body.append(tr);
    }
  }

  function refused(initData) {
    // The language only picks the words of the refusal: nothing the page reads here is trusted.
    let lang = (navigator.language || "en").slice(0, 2);
    try { lang = JSON.parse(new URLSearchParams(initData).get("user")).language_code || lang; } catch (e) { /* keep */ }
    const texts = $("refused-texts");
    const item = texts && (texts.querySelector('[lang="' + lang.slice(0, 2) + '"]') || texts.querySelector('[lang="en"]'));
    document.body.classList.add("refused");
    fail(item ? item.textContent : "401");
  }

  // -- start -------------------------------------------------------------------------------------------
  async function start() {
    const initData = launch();
    tgEvent("web_app_ready"); tgEvent("web_app_expand");
    const response = await fetch("/desk/api/session", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ init_data: initData }),
    });
    if (response.status !== 200) { refused(initData); return; }
    const session = await response.json();
    state.token = session.token; state.locale = session.locale;
    document.documentElement.lang = session.locale;
    const { data } = await api("messages");
    state.msg = data.messages; state.locales = data.locales; state.names = data.names;
    translate();
    buildEditor(); buildBroadcasts();
    $("count-save").addEventListener("click", saveCount);
    $("cal-range").addEventListener("change", loadCalendar);
    $("cal-earlier").addEventListener("click", () => moveCalendar(addDays(state.calShown, -Number($("cal-range").value))));
    $("cal-later").addEventListener("click", () => moveCalendar(addDays(state.calShown, Number($("cal-range").value))));
    $("cal-today").addEventListener("click", () => moveCalendar(null));
    $("cal-next").addEventListener("click", () => moveCalendar(state.calNext));
    tabs($("views"), (tab) => { const load = loaders[tab.id]; if (load) load(); });
    $("app").hidden = false;
    say(t("desk-ready"));
    const record = await api("record");
    $("lockdown").hidden = !record.data.lockdown;
    await loadCalendar();
  }

  document.addEventListener("DOMContentLoaded", () => { start().catch((e) => fail(String(e.message || e))); });
})();
