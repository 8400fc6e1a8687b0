// The call display: the state, then each call, by server-sent events; replays what it missed by Last-Event-ID.
'use strict';
const T = JSON.parse(document.querySelector('meta[name=i18n]').content);
const fmt = (s, ...a) => s.replace(/\{(\d)\}/g, (m, i) => a[i]);
const windows = new Map();
let recent = [];
let lastId = 0;

function render(flashWindow) {
  const box = document.getElementById('windows');
  box.replaceChildren(...[...windows.keys()].sort((a, b) => a - b).map(w => {
    const card = document.createElement('div');
    card.className = 'window' + (w === flashWindow ? ' flash' : '');
    card.id = 'window-' + w;
    const name = document.createElement('div'); name.className = 'name'; name.textContent = fmt(T['windowN'], w);
    const ticket = document.createElement('div'); ticket.className = 'ticket'; ticket.textContent = windows.get(w) || '—';
    card.append(name, ticket);
    return card;
  }));
  const list = document.getElementById('recent');
  list.replaceChildren(...recent.slice().reverse().map(c => {
    const li = document.createElement('li'); li.textContent = fmt(T['display.call'], c.ticket, c.window); return li;
  }));
  const latest = recent[recent.length - 1];
  document.getElementById('latest').textContent = latest ? fmt(T['display.call'], latest.ticket, latest.window) : '';
  document.body.dataset.lastCall = String(lastId);
}

function connect() {
  const es = new EventSource('/display/events');
  es.addEventListener('open', () => { document.getElementById('offline').hidden = true; });
  es.addEventListener('state', e => {
    const s = JSON.parse(e.data);
    windows.clear();
    s.windows.forEach(w => windows.set(w.window, w.ticket));
    recent = s.recent;
    lastId = Number(e.lastEventId || 0);
    render();
  });
  es.addEventListener('call', e => {
    const c = JSON.parse(e.data);
    if (c.id <= lastId) return;
    lastId = c.id;
    windows.set(c.window, c.ticket);
    recent.push(c);
    recent = recent.slice(-5);
    render(c.window);
  });
  es.onerror = () => {
    document.getElementById('offline').hidden = false;
    // The browser retries by itself with Last-Event-ID; if it gave up, start again.
    if (es.readyState === EventSource.CLOSED) setTimeout(connect, 3000);
  };
}

function tick() {
  document.getElementById('clock').textContent = new Date().toLocaleTimeString(document.documentElement.lang || 'zh-CN', {hour12: false});
}
tick();
setInterval(tick, 1000);
connect();
