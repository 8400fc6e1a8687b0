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

// The pickup call (masked names) and this month's satisfaction (aggregates), polled: they change by the hour.
function board() {
  fetch('/display/board', {cache: 'no-store'}).then(r => r.ok ? r.json() : Promise.reject(r.status)).then(b => {
    const pickup = document.getElementById('pickup');
    pickup.hidden = b.pickup.length === 0;
    pickup.textContent = b.pickup.length ? fmt(T['display.pickup'], b.pickup.join('、')) : '';
    const box = document.getElementById('satisfaction');
    box.hidden = !b.satisfaction;
    if (b.satisfaction) {
      const s = b.satisfaction;
      document.getElementById('satisfaction-figures').textContent = fmt(T['display.satisfactionFigures'],
        s.year, s.month, s.share, s.ratings, s.requestsAnswered, s.errandsOnTime);
      document.getElementById('satisfaction-services').replaceChildren(...s.byService.map(x => {
        const li = document.createElement('li'); li.textContent = fmt(T['display.serviceShare'], x.service, x.share, x.ratings); return li;
      }));
    }
    document.body.dataset.board = 'loaded';
  }).catch(() => {});
}
board();
setInterval(board, 15000);
