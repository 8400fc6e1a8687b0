// The staff console: polls its window's state and posts actions with the session's CSRF token.
'use strict';
const T = JSON.parse(document.querySelector('meta[name=i18n]').content);
const csrf = document.querySelector('meta[name=csrf]').content;
const fmt = (s, ...a) => s.replace(/\{(\d)\}/g, (m, i) => a[i]);
let state = null;

async function post(action, params) {
  const r = await fetch('/api/console/' + action, {method: 'POST', headers: {'X-CSRF-Token': csrf},
      body: new URLSearchParams(params || {})});
  if (r.status === 401) { location.href = '/login'; return; }
  const msg = document.getElementById('message');
  if (!r.ok) {
    const body = await r.json().catch(() => ({}));
    msg.textContent = body.message || T['error.generic'];
  } else {
    msg.textContent = '';
  }
  await refresh();
}

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function ticketItem(t) {
  const li = el('li');
  li.dataset.ticket = t.ticket;
  li.appendChild(el('span', t.ticket, 'label'));
  if (t.priority !== 'NONE') li.appendChild(el('span', T['priorityLane'] + ' · ' + T['priority.' + t.priority], 'tag'));
  return li;
}

function render(s) {
  state = s;
  document.getElementById('current-ticket').textContent = s.current ? s.current.ticket : '—';
  document.getElementById('rating').textContent = s.rating ? fmt(T['ratingOpen'], s.rating) : '';
  document.getElementById('paused').hidden = !s.paused;
  document.getElementById('pause').textContent = s.paused ? T['action.unpause'] : T['action.pause'];
  const held = document.getElementById('held-list');
  held.replaceChildren(...s.held.map(t => {
    const li = ticketItem(t);
    const b = el('button', T['action.resume']);
    b.onclick = () => post('resume', {ticket: t.id});
    li.appendChild(b);
    return li;
  }));
  const waiting = document.getElementById('waiting-list');
  document.getElementById('waiting-count').textContent = '(' + s.waiting.length + ')';
  if (s.waiting.length === 0) waiting.replaceChildren(el('li', T['nobodyWaiting'], 'muted'));
  else waiting.replaceChildren(...s.waiting.map(t => {
    const li = ticketItem(t);
    li.appendChild(el('span', fmt(T['waitedMinutes'], t.waitedMinutes), 'muted'));
    const reason = el('select');
    reason.setAttribute('aria-label', T['priorityLane']);
    ['NONE', 'MILITARY', 'DISABLED', 'ELDERLY'].forEach(p => {
      const o = el('option', T['priority.' + p]); o.value = p; o.selected = p === t.priority; reason.appendChild(o);
    });
    reason.onchange = () => post('priority', {ticket: t.id, reason: reason.value});
    li.appendChild(reason);
    return li;
  }));
}

async function refresh() {
  const r = await fetch('/api/console/state');
  if (r.status === 401) { location.href = '/login'; return; }
  if (r.ok) render(await r.json());
}

document.querySelectorAll('button[data-action]').forEach(b => b.onclick = () => {
  const action = b.dataset.action;
  if (action === 'pause') post('pause', {paused: !(state && state.paused)});
  else post(action);
});
document.getElementById('transfer').onclick = () => {
  if (state && state.current) post('transfer', {ticket: state.current.id, service: document.getElementById('transfer-to').value});
};
refresh();
setInterval(refresh, 2000);
