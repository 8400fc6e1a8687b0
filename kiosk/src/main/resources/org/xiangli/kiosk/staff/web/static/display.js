// The call display: the state, then each call, by server-sent events; replays what it missed by Last-Event-ID.
'use strict';
const T = JSON.parse(document.querySelector('meta[name=i18n]').content);
const fmt = (s, ...a) => s.replace(/\{(\d)\}/g, (m, i) => a[i]);
const windows = new Map();
// Windows whose current ticket goes through the priority lane (绿色通道), from the calls that put it there.
const priority = new Set();
let recent = [];
let lastId = 0;

function callText(c) {
  return fmt(T['display.call'], c.ticket, c.window) + (c.priority ? ' · ' + T['display.priority'] : '');
}

function render(flashWindow) {
  const box = document.getElementById('windows');
  box.replaceChildren(...[...windows.keys()].sort((a, b) => a - b).map(w => {
    const card = document.createElement('div');
    card.className = 'window' + (w === flashWindow ? ' flash' : '');
    card.id = 'window-' + w;
    const name = document.createElement('div'); name.className = 'name'; name.textContent = fmt(T['windowN'], w);
    const ticket = document.createElement('div'); ticket.className = 'ticket'; ticket.textContent = windows.get(w) || '—';
    card.append(name, ticket);
    if (priority.has(w)) {
      const tag = document.createElement('div'); tag.className = 'priority'; tag.textContent = T['display.priority'];
      card.append(tag);
    }
    return card;
  }));
  const list = document.getElementById('recent');
  list.replaceChildren(...recent.slice().reverse().map(c => {
    const li = document.createElement('li'); li.textContent = callText(c); return li;
  }));
  const latest = recent[recent.length - 1];
  document.getElementById('latest').textContent = latest ? callText(latest) : '';
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
    priority.clear();
    recent.forEach(c => { if (c.priority && windows.get(c.window) === c.ticket) priority.add(c.window); });
    lastId = Number(e.lastEventId || 0);
    render();
  });
  es.addEventListener('call', e => {
    const c = JSON.parse(e.data);
    if (c.id <= lastId) return;
    lastId = c.id;
    windows.set(c.window, c.ticket);
    if (c.priority) priority.add(c.window); else priority.delete(c.window);
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

// Station time: the kiosk's clock when it served the page, running on, in the station's time zone.
const clock = document.getElementById('clock');
const offset = Number(clock.dataset.now) - Date.now();
function tick() {
  clock.textContent = new Date(Date.now() + offset).toLocaleTimeString(document.documentElement.lang || 'zh-CN',
      {hour12: false, timeZone: clock.dataset.zone});
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
