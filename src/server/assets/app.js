// topic-stance analyst page. Plain JS, no framework, nothing fetched but the
// API on this origin: POST /v1/classify, GET /v1/models (the stance labels) and
// GET /v1/example.
//
// All spans in the API are Unicode code-point offsets (end exclusive) into the
// submitted text, so the text is handled as Array.from(text), never as UTF-16
// string indices.
'use strict';

(function () {
  // The stance labels come from GET /v1/models (`stance_labels`); these three have
  // their own icon and colours, any other label gets a plain neutral look.
  let STANCES = ['favor', 'against', 'neutral'];
  const KNOWN_STANCES = { favor: '✚', against: '✖', neutral: '●' };
  const OTHER_ICON = '○';
  const KIND_WORDS = {
    full: 'direct quote',
    partial: 'partial quote',
    indirect: 'reported speech',
    mixed: 'reported speech with quoted words',
  };
  const CLOSERS = new Set(['”', '’', '"', "'", '»', '›', '」', '』']);
  const TOPIC_COLOURS = 6; // --topic-N-* in style.css
  // Plain words for errors that come back without a problem+json body.
  const STATUS_WORDS = {
    400: 'The request was not understood by the server.',
    413: 'The text is too long for the server. Please shorten it and try again.',
    415: 'The server did not accept the request format.',
    422: 'The text could not be analysed.',
    429: 'Too many requests. Please wait a moment and try again.',
    500: 'The server hit an internal error while analysing the text.',
    503: 'The analysis service is not ready yet. Please try again shortly.',
  };

  const $ = (id) => document.getElementById(id);
  const form = $('form');
  const input = $('input');
  const analyseBtn = $('analyse');
  const exampleBtn = $('load-example');
  const statusEl = $('status');
  const errorEl = $('error');
  const resultsEl = $('results');
  const textEl = $('result-text');
  const descEl = $('quote-descriptions');
  const topicsEl = $('topics');
  const topicLegendEl = $('topic-legend');
  const quoteListEl = $('quote-list');
  const warningsSection = $('warnings-section');
  const warningsEl = $('warnings');
  const modelEl = $('model');
  const sentToggle = $('toggle-sentences');
  const tooltip = $('tooltip');
  const charCount = $('char-count');
  const creditEl = $('example-credit');
  const legendEl = $('legend');

  let exampleText = null;
  let inflight = null;
  let current = null; // { text, cps, data, quotes }

  // ---------- small helpers ----------

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else if (k === 'style') node.style.cssText = v; // CSSOM: allowed under a strict CSP
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    if (children) {
      for (const c of children) {
        if (c === null || c === undefined || c === false) continue;
        node.append(c instanceof Node ? c : document.createTextNode(String(c)));
      }
    }
    return node;
  }

  function fmt(x) {
    return typeof x === 'number' && isFinite(x) ? x.toFixed(2) : '–';
  }

  function pct(x) {
    const v = typeof x === 'number' && isFinite(x) ? Math.max(0, Math.min(1, x)) : 0;
    return (v * 100).toFixed(1) + '%';
  }

  function isInt(x) {
    return Number.isInteger(x) && x >= 0;
  }

  // The label to show, and the class that gives it its look.
  function stanceOf(q) {
    return typeof q.stance === 'string' && q.stance ? q.stance : 'neutral';
  }

  function stanceClass(stance) {
    return Object.prototype.hasOwnProperty.call(KNOWN_STANCES, stance) ? stance : 'other';
  }

  function stanceIcon(stance) {
    return KNOWN_STANCES[stance] || OTHER_ICON;
  }

  function kindOf(q) {
    return Object.prototype.hasOwnProperty.call(KIND_WORDS, q.kind) ? q.kind : 'full';
  }

  function isDirect(kind) {
    return kind === 'full' || kind === 'partial';
  }

  function setStatus(msg) {
    statusEl.textContent = msg;
  }

  function showError(msg) {
    errorEl.textContent = msg;
    errorEl.hidden = false;
  }

  function clearError() {
    errorEl.hidden = true;
    errorEl.textContent = '';
  }

  function updateCount() {
    const n = Array.from(input.value).length;
    charCount.textContent = n ? n.toLocaleString('en') + ' characters' : '';
  }

  // ---------- example ----------

  let example = null; // { text, title, url, licence, licence_url, attribution }

  async function probeExample() {
    try {
      const res = await fetch('/v1/example', { headers: { Accept: 'application/json' } });
      if (!res.ok) return; // no example: keep the button hidden
      const data = await res.json();
      if (!data || typeof data.text !== 'string' || !data.text) return;
      example = data;
      exampleText = data.text;
      exampleBtn.hidden = false;
    } catch (_) {
      // unreachable server or not JSON: leave the button hidden
    }
  }

  // The example's title, link and licence, shown under the article box while it holds
  // the example (its licence asks for the attribution beside the text).
  function showCredit(on) {
    creditEl.replaceChildren();
    creditEl.hidden = !on || !example;
    if (creditEl.hidden) return;
    const safe = (u) => (typeof u === 'string' && /^https:\/\//.test(u) ? u : null);
    const link = (text, href) => (href ? el('a', { href, rel: 'noopener', target: '_blank' }, [text]) : text);
    const parts = ['Example: ', link(`“${example.title || 'article'}”`, safe(example.url))];
    if (example.source) parts.push(`, ${example.source}`);
    if (example.date) parts.push(`, ${example.date}`);
    if (example.licence) parts.push('. Licence: ', link(example.licence, safe(example.licence_url)));
    parts.push('. ', el('span', { class: 'attribution' }, [example.attribution || '']));
    creditEl.append(...parts);
  }

  async function loadStanceLabels() {
    try {
      const res = await fetch('/v1/models', { headers: { Accept: 'application/json' } });
      if (!res.ok) return;
      const data = await res.json();
      const labels = data && data.stance_labels;
      if (Array.isArray(labels) && labels.length && labels.every((l) => typeof l === 'string' && l)) {
        STANCES = labels.slice();
        renderLegend();
      }
    } catch (_) {
      // keep the default labels
    }
  }

  function renderLegend() {
    for (const li of [...legendEl.querySelectorAll('li[data-stance]')]) li.remove();
    const first = legendEl.firstChild;
    for (const s of STANCES) {
      const cls = stanceClass(s);
      legendEl.insertBefore(el('li', { 'data-stance': s }, [
        el('span', { class: `swatch kind-full stance-${cls}`, 'data-icon': cls === 'other' ? OTHER_ICON : null }, [s]),
      ]), first);
    }
  }

  exampleBtn.addEventListener('click', async () => {
    if (exampleText === null) await probeExample();
    if (exampleText === null) {
      exampleBtn.hidden = true;
      setStatus('No example article is available.');
      return;
    }
    input.value = exampleText;
    updateCount();
    showCredit(true);
    clearError();
    setStatus('Example article loaded. Press Analyse.');
    input.focus();
    input.setSelectionRange(0, 0);
    input.scrollTop = 0;
  });

  // ---------- analyse ----------

  async function problemMessage(res) {
    let body = null;
    const type = res.headers.get('content-type') || '';
    try {
      if (type.includes('json')) body = await res.json();
      else body = (await res.text()).trim();
    } catch (_) {
      body = null;
    }
    if (body && typeof body === 'object') {
      const detail = typeof body.detail === 'string' ? body.detail.trim() : '';
      const title = typeof body.title === 'string' ? body.title.trim() : '';
      if (detail) return sentence(detail);
      if (title) return sentence(title);
    } else if (typeof body === 'string' && body && body.length < 300 && !body.startsWith('<')) {
      return sentence(body);
    }
    return STATUS_WORDS[res.status] || `The server answered with an error (HTTP ${res.status}).`;
  }

  function sentence(s) {
    s = s.charAt(0).toUpperCase() + s.slice(1);
    return /[.!?]$/.test(s) ? s : s + '.';
  }

  async function analyse() {
    const text = input.value;
    if (inflight) inflight.abort();
    const ctrl = new AbortController();
    inflight = ctrl;
    clearError();
    hideTooltip();
    analyseBtn.disabled = true;
    resultsEl.setAttribute('aria-busy', 'true');
    setStatus('Analysing…');
    let stage = 'fetch';
    try {
      const res = await fetch('/v1/classify', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' },
        body: JSON.stringify({ text }),
        signal: ctrl.signal,
      });
      if (!res.ok) {
        const msg = await problemMessage(res);
        if (inflight !== ctrl) return;
        resultsEl.hidden = true;
        current = null;
        showError(msg);
        setStatus('');
        return;
      }
      stage = 'read';
      const data = await res.json();
      if (inflight !== ctrl) return;
      if (!data || typeof data !== 'object') throw new Error('not an object');
      stage = 'draw';
      render(text, data);
      const q = current.quotes.length;
      const labels = Array.isArray(data.labels) && data.labels.length ? data.labels.join(', ') : 'none';
      setStatus(`Analysis done: ${q} quote${q === 1 ? '' : 's'} found. Topics: ${labels}.`);
    } catch (err) {
      if (err && err.name === 'AbortError') return;
      if (inflight !== ctrl) return;
      resultsEl.hidden = true;
      current = null;
      if (stage !== 'fetch') console.error(err);
      showError(stage === 'fetch'
        ? 'Could not reach the server. Check that it is running and try again.'
        : 'The server sent an answer that could not be read.');
      setStatus('');
    } finally {
      if (inflight === ctrl) {
        inflight = null;
        analyseBtn.disabled = false;
        resultsEl.removeAttribute('aria-busy');
      }
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    analyse();
  });

  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      analyse();
    }
  });
  input.addEventListener('input', () => {
    updateCount();
    if (!creditEl.hidden && input.value !== exampleText) showCredit(false);
  });

  // ---------- rendering ----------

  // Valid, sorted, non-overlapping spans clamped to [0, n].
  function cleanSpans(items, n, lo = 0, hi = n) {
    const out = [];
    for (const it of items) {
      if (!it || !isInt(it.start) || !isInt(it.end)) continue;
      const s = Math.max(lo, it.start);
      const e = Math.min(hi, it.end);
      if (e <= s) continue;
      out.push({ s, e, item: it });
    }
    out.sort((a, b) => a.s - b.s || b.e - a.e);
    const kept = [];
    let last = lo;
    for (const sp of out) {
      if (sp.s < last) continue; // overlaps the previous one: drop it
      kept.push(sp);
      last = sp.e;
    }
    return kept;
  }

  function topicIndexMap(data) {
    const names = new Set();
    for (const t of data.topics || []) if (t && t.label) names.add(String(t.label));
    for (const l of data.labels || []) names.add(String(l));
    for (const s of data.sentences || []) for (const l of (s && s.labels) || []) names.add(String(l));
    const map = new Map();
    [...names].sort().forEach((name, i) => map.set(name, i % TOPIC_COLOURS));
    return map;
  }

  function render(text, data) {
    const cps = Array.from(text);
    const n = cps.length;
    const slice = (s, e) => cps.slice(s, e).join('');
    const topicIdx = topicIndexMap(data);

    const quotes = cleanSpans(data.quotes || [], n);
    const quoteSpans = quotes.map((q) => [q.s, q.e]);
    const overlapsQuote = (s, e) => quoteSpans.some(([qs, qe]) => s < qe && qs < e);

    // Cue and source spans, drawn so they can be pointed at when their quote has focus.
    const refCandidates = [];
    quotes.forEach((q, qi) => {
      for (const role of ['cue', 'source']) {
        const r = q.item[role];
        if (r && isInt(r.start) && isInt(r.end) && r.end > r.start && r.end <= n && !overlapsQuote(r.start, r.end)) {
          refCandidates.push({ s: r.start, e: r.end, role, qi });
        }
      }
    });
    refCandidates.sort((a, b) => a.s - b.s || b.e - a.e);
    const refs = [];
    for (const r of refCandidates) {
      const prev = refs[refs.length - 1];
      if (prev && prev.s === r.s && prev.e === r.e) {
        prev.qis.push(r.qi);
        if (!prev.roles.includes(r.role)) prev.roles.push(r.role);
        continue;
      }
      if (prev && r.s < prev.e) continue;
      refs.push({ s: r.s, e: r.e, roles: [r.role], qis: [r.qi] });
    }

    // Sentences, chunked so that every quote stays one element.
    const sentences = cleanSpans(data.sentences || [], n).map((sp, i) => {
      const labels = Array.isArray(sp.item.labels) ? sp.item.labels.map(String) : [];
      return { s: sp.s, e: sp.e, i, labels };
    });

    function sentenceStyle(labels) {
      const idx = labels.map((l) => topicIdx.get(l) ?? 0);
      const fills = idx.map((i) => `var(--topic-${i}-fill)`);
      let bg;
      if (fills.length === 1) bg = fills[0];
      else {
        const step = 100 / fills.length;
        bg = 'linear-gradient(to bottom, ' +
          fills.map((f, k) => `${f} ${(k * step).toFixed(2)}% ${((k + 1) * step).toFixed(2)}%`).join(', ') + ')';
      }
      return `--sent-bg: ${bg}; --sent-line: var(--topic-${idx[0]}-line)`;
    }

    // Appends text [a, b) to parent, split by sentence.
    function appendChunks(parent, a, b) {
      let pos = a;
      for (const st of sentences) {
        if (st.e <= pos) continue;
        if (st.s >= b) break;
        if (st.s > pos) parent.append(document.createTextNode(slice(pos, st.s)));
        const cs = Math.max(pos, st.s);
        const ce = Math.min(b, st.e);
        const attrs = { class: 'sent', 'data-sentence': st.i };
        if (st.labels.length) {
          attrs.class += ' lab';
          attrs.style = sentenceStyle(st.labels);
          attrs['data-labels'] = st.labels.join(' ');
        }
        if (cs === st.s) {
          attrs.class += ' sent-start';
          if (st.labels.length) attrs['data-tag'] = st.labels.join(' · ');
        }
        parent.append(el('span', attrs, [slice(cs, ce)]));
        pos = ce;
        if (pos >= b) break;
      }
      if (pos < b) parent.append(document.createTextNode(slice(pos, b)));
    }

    textEl.replaceChildren();
    descEl.replaceChildren();
    quoteListEl.replaceChildren();

    const items = [
      ...quotes.map((q, qi) => ({ type: 'quote', s: q.s, e: q.e, qi })),
      ...refs.map((r) => ({ type: 'ref', s: r.s, e: r.e, ref: r })),
    ];
    // The speaker label goes after the quote's closing quotation mark, when the
    // span stops just inside it.
    const starts = items.map((it) => it.s);
    quotes.forEach((q, qi) => {
      let at = q.e;
      while (at < n && CLOSERS.has(cps[at]) && !starts.includes(at)) at++;
      items.push({ type: 'speaker', s: at, e: at, qi });
    });
    items.sort((a, b) => a.s - b.s || a.e - b.e);

    const frag = document.createDocumentFragment();
    const marks = [];
    const speakerEls = [];
    let pos = 0;
    for (const it of items) {
      if (it.s < pos) continue;
      if (it.s > pos) appendChunks(frag, pos, it.s);
      if (it.type === 'speaker') {
        if (speakerEls[it.qi]) frag.append(speakerEls[it.qi]);
        pos = it.s;
        continue;
      }
      if (it.type === 'ref') {
        const span = el('span', {
          class: 'ref ' + it.ref.roles.map((r) => 'ref-' + r).join(' '),
          'data-quotes': it.ref.qis.join(' '),
        });
        appendChunks(span, it.s, it.e);
        frag.append(span);
      } else {
        const q = quotes[it.qi];
        const { mark, speakerEl } = renderQuote(q, it.qi, appendChunks, slice);
        frag.append(mark);
        speakerEls[it.qi] = speakerEl;
        marks.push(mark);
      }
      pos = it.e;
    }
    if (pos < n) appendChunks(frag, pos, n);
    textEl.append(frag);

    current = { text, cps, data, quotes, marks };

    renderQuoteList(quotes, marks, slice);
    renderTopics(data, topicIdx);
    renderWarnings(data.warnings || [], slice, n);
    renderModel(data.model);
    applySentenceToggle();
    resultsEl.hidden = false;
  }

  function renderQuote(q, qi, appendChunks, slice) {
    const item = q.item;
    const kind = kindOf(item);
    const stance = stanceOf(item);
    const speaker = typeof item.speaker === 'string' && item.speaker.trim() ? item.speaker.trim() : null;
    const sourceText = item.source && typeof item.source.text === 'string' ? item.source.text : null;
    const who = speaker || sourceText;
    const descId = 'qdesc-' + qi;

    const mark = el('mark', {
      class: `quote kind-${kind} stance-${stanceClass(stance)}`,
      tabindex: 0,
      role: 'group',
      'aria-roledescription': 'quote',
      'aria-label': `${stance} · ${KIND_WORDS[kind]} · ${who ? 'by ' + who : 'speaker unknown'}`,
      'aria-describedby': descId,
      'data-kind': kind,
      'data-stance': stance,
      'data-speaker': speaker || '',
      'data-index': qi,
      'data-start': q.s,
      'data-end': q.e,
    });

    if (kind === 'mixed') {
      const frags = cleanSpans(Array.isArray(item.fragments) ? item.fragments : [], Infinity, q.s, q.e);
      let pos = q.s;
      for (const f of frags) {
        if (f.s > pos) appendChunks(mark, pos, f.s);
        const fe = el('span', { class: 'fragment' });
        appendChunks(fe, f.s, f.e);
        mark.append(fe);
        pos = f.e;
      }
      if (pos < q.e) appendChunks(mark, pos, q.e);
    } else {
      appendChunks(mark, q.s, q.e);
    }

    let speakerEl = null;
    if (who) {
      speakerEl = el('span', {
        class: speaker ? 'speaker' : 'speaker unknown',
        'aria-hidden': 'true', // already in the quote's accessible name
        title: speaker ? 'Speaker' : 'Source (speaker not resolved)',
      }, [who]);
    }

    descEl.append(el('span', { id: descId }, [describe(item, kind, stance)]));

    mark.addEventListener('mouseenter', () => showTooltip(mark));
    mark.addEventListener('mouseleave', () => { if (document.activeElement !== mark) hideTooltip(); });
    mark.addEventListener('focus', () => showTooltip(mark));
    mark.addEventListener('blur', () => hideTooltip());
    mark.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') hideTooltip();
    });

    return { mark, speakerEl };
  }

  function scoresOf(item) {
    const sc = item.stance_scores && typeof item.stance_scores === 'object' ? item.stance_scores : {};
    const labels = STANCES.slice();
    for (const k of Object.keys(sc)) if (!labels.includes(k)) labels.push(k);
    return labels.map((s) => [s, typeof sc[s] === 'number' ? sc[s] : null]);
  }

  function describe(item, kind, stance) {
    const parts = [`Stance ${stance}.`];
    parts.push('Scores: ' + scoresOf(item).map(([s, v]) => `${s} ${fmt(v)}`).join(', ') + '.');
    if (item.cue && item.cue.text) parts.push(`Cue: ${item.cue.text}.`);
    if (item.source && item.source.text) parts.push(`Source: ${item.source.text}.`);
    if (Array.isArray(item.labels) && item.labels.length) parts.push(`Topics: ${item.labels.join(', ')}.`);
    return parts.join(' ');
  }

  function renderQuoteList(quotes, marks, slice) {
    if (!quotes.length) {
      quoteListEl.append(el('li', { class: 'empty' }, ['No quotes found.']));
      return;
    }
    quotes.forEach((q, qi) => {
      const item = q.item;
      const kind = kindOf(item);
      const stance = stanceOf(item);
      const who = (typeof item.speaker === 'string' && item.speaker) ||
        (item.source && item.source.text) || 'Speaker unknown';
      let excerpt = slice(q.s, q.e).replace(/\s+/g, ' ').trim();
      const words = Array.from(excerpt);
      if (words.length > 90) excerpt = words.slice(0, 88).join('') + '…';
      const btn = el('button', { type: 'button', class: `stance-${stanceClass(stance)}-item` }, [
        el('span', { class: 'meta' }, [
          el('span', { class: 'icon', 'aria-hidden': 'true' }, [stanceIcon(stance)]),
          `${who} · ${stance} · ${KIND_WORDS[kind]}`,
        ]),
        el('span', { class: 'excerpt' }, [excerpt]),
      ]);
      btn.addEventListener('click', () => {
        const m = marks[qi];
        m.scrollIntoView({ block: 'center', behavior: 'auto' });
        m.focus({ preventScroll: true });
      });
      quoteListEl.append(el('li', null, [btn]));
    });
  }

  function renderTopics(data, topicIdx) {
    topicsEl.replaceChildren();
    topicLegendEl.replaceChildren();
    const applied = new Set((data.labels || []).map(String));
    const topics = (data.topics || []).filter((t) => t && t.label);
    if (!topics.length) {
      topicsEl.append(el('p', { class: 'hint' }, ['No topic scores.']));
    }
    for (const t of topics) {
      const label = String(t.label);
      const i = topicIdx.get(label) ?? 0;
      const score = typeof t.score === 'number' ? t.score : 0;
      const thr = typeof t.threshold === 'number' ? t.threshold : null;
      const applies = applied.has(label) || (thr !== null && score >= thr);
      const nameId = 'topic-name-' + label.replace(/[^A-Za-z0-9_-]/g, '_');
      const valueText = `${fmt(score)}, threshold ${fmt(thr)}, ${applies ? 'applies' : 'below threshold'}`;
      const bar = el('div', {
        class: 'topic-bar' + (applies ? ' applies' : ''),
        'data-label': label,
        'data-score': score,
        'data-threshold': thr === null ? '' : thr,
        style: `--t-fill: var(--topic-${i}-fill); --t-line: var(--topic-${i}-line)`,
      }, [
        el('span', { class: 'name', id: nameId }, [el('span', { class: 'swatch-dot', 'aria-hidden': 'true' }), label]),
        el('span', { class: 'score', 'aria-hidden': 'true' }, [fmt(score)]),
        el('div', {
          class: 'meter',
          role: 'meter',
          'aria-labelledby': nameId,
          'aria-valuemin': 0,
          'aria-valuemax': 1,
          'aria-valuenow': score,
          'aria-valuetext': valueText,
        }, [
          el('span', { class: 'fill', style: `width: ${pct(score)}` }),
          thr === null ? null : el('span', {
            class: 'threshold', style: `left: ${pct(thr)}`, title: `threshold ${fmt(thr)}`,
          }),
        ]),
        el('span', { class: 'verdict', 'aria-hidden': 'true' }, [
          applies ? `✓ applies (threshold ${fmt(thr)})` : `below threshold ${fmt(thr)}`,
        ]),
      ]);
      topicsEl.append(bar);
      topicLegendEl.append(el('li', null, [
        el('span', { class: 'tchip', style: `--t-fill: var(--topic-${i}-fill); --t-line: var(--topic-${i}-line)` }, [label]),
      ]));
    }
  }

  function renderWarnings(warnings, slice, n) {
    warningsEl.replaceChildren();
    const list = warnings.filter((w) => w && (w.message || w.code));
    warningsSection.hidden = !list.length;
    for (const w of list) {
      let where = '';
      if (isInt(w.start) && w.start < n) {
        const a = Math.max(0, w.start - 20);
        const b = Math.min(n, (isInt(w.end) ? w.end : w.start + 1) + 20);
        where = ` (character ${w.start}: “${slice(a, b).replace(/\s+/g, ' ')}”)`;
      }
      warningsEl.append(el('li', { 'data-code': w.code || '' }, [(w.message || w.code) + where]));
    }
  }

  function renderModel(model) {
    if (!model || typeof model !== 'object') {
      modelEl.textContent = '';
      return;
    }
    const bits = [];
    if (model.version) bits.push(`model ${model.version}`);
    if (model.trained_at) {
      const d = new Date(model.trained_at);
      bits.push('trained ' + (isNaN(d) ? model.trained_at : d.toISOString().slice(0, 16).replace('T', ' ') + ' UTC'));
    }
    modelEl.textContent = bits.length ? sentence(bits.join(', ')) : '';
  }

  // ---------- sentence toggle ----------

  function applySentenceToggle() {
    textEl.classList.toggle('show-sentences', sentToggle.checked);
    topicLegendEl.hidden = !sentToggle.checked || !topicLegendEl.childElementCount;
  }
  sentToggle.addEventListener('change', applySentenceToggle);

  // ---------- tooltip ----------

  let tooltipFor = null;

  function linkRefs(qi, on) {
    for (const r of textEl.querySelectorAll('.ref')) {
      const qs = (r.dataset.quotes || '').split(' ');
      if (qs.includes(String(qi))) r.classList.toggle('linked', on);
    }
  }

  function showTooltip(mark) {
    if (!current) return;
    const qi = Number(mark.dataset.index);
    const q = current.quotes[qi];
    if (!q) return;
    if (tooltipFor !== null && tooltipFor !== mark) linkRefs(Number(tooltipFor.dataset.index), false);
    const item = q.item;
    const kind = kindOf(item);
    const stance = stanceOf(item);
    const scores = scoresOf(item);
    const best = Math.max(...scores.map(([, v]) => (v === null ? -1 : v)));

    const rows = [];
    for (const [s, v] of scores) {
      rows.push(el('span', null, [`${stanceIcon(s)} ${s}`]));
      rows.push(el('span', { class: 'tt-bar' + (v !== null && v === best ? ' best' : '') }, [
        el('span', { style: `width: ${pct(v)}` }),
      ]));
      rows.push(el('span', { class: 'tt-num' }, [fmt(v)]));
    }
    const dl = el('dl');
    const add = (k, v) => { if (v) dl.append(el('dt', null, [k]), el('dd', null, [v])); };
    add('Speaker', item.speaker
      ? item.speaker + (typeof item.speaker_score === 'number' ? ` (score ${fmt(item.speaker_score)})` : '')
      : null);
    add('Cue', item.cue && item.cue.text ? `“${item.cue.text}”` : (isDirect(kind) ? 'none found' : null));
    add('Source', item.source && item.source.text ? `“${item.source.text}”` : (isDirect(kind) ? 'none found' : null));
    add('Topics', Array.isArray(item.labels) && item.labels.length ? item.labels.join(', ') : null);

    tooltip.replaceChildren(
      el('div', { class: 'tt-head' }, [`${stanceIcon(stance)} ${stance} — ${KIND_WORDS[kind]}`]),
      el('div', { class: 'tt-scores' }, rows),
      dl,
    );
    tooltip.hidden = false;
    tooltipFor = mark;
    linkRefs(qi, true);
    positionTooltip(mark);
  }

  function positionTooltip(mark) {
    const rects = mark.getClientRects();
    const r = rects.length ? rects[rects.length - 1] : mark.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    tooltip.style.left = '0px';
    tooltip.style.top = '0px';
    const tw = tooltip.offsetWidth;
    const th = tooltip.offsetHeight;
    let left = Math.min(Math.max(8, r.left), vw - tw - 8);
    left = Math.max(8, left);
    let top = r.bottom + 8;
    if (top + th > vh - 8) {
      const first = rects.length ? rects[0] : r;
      const above = first.top - th - 8;
      if (above >= 8) top = above;
    }
    tooltip.style.left = left + window.scrollX + 'px';
    tooltip.style.top = top + window.scrollY + 'px';
  }

  function hideTooltip() {
    if (tooltipFor) linkRefs(Number(tooltipFor.dataset.index), false);
    tooltipFor = null;
    tooltip.hidden = true;
  }

  window.addEventListener('resize', () => { if (tooltipFor) positionTooltip(tooltipFor); });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') hideTooltip(); });

  // ---------- start ----------

  updateCount();
  renderLegend();
  loadStanceLabels();
  probeExample();
})();
