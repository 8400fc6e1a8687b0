// The rating tablet at a window: shows the five levels while a finished ticket may be rated.
'use strict';
const T = JSON.parse(document.querySelector('meta[name=i18n]').content);
const csrf = document.querySelector('meta[name=csrf]').content;
const fmt = (s, ...a) => s.replace(/\{(\d)\}/g, (m, i) => a[i]);
const api = '/api/rate/' + encodeURIComponent(document.querySelector('.rate').dataset.window);
let thanksUntil = 0;

async function poll() {
  const r = await fetch(api);
  if (r.status === 401) { location.href = '/login'; return; }
  if (!r.ok || Date.now() < thanksUntil) return;
  const s = await r.json();
  document.getElementById('levels').hidden = !s.ticket;
  document.getElementById('prompt').textContent = s.ticket ? T['rate.prompt'] + ' · ' + fmt(T['rate.ticket'], s.ticket) : T['rate.idle'];
}

document.querySelectorAll('button[data-level]').forEach(b => b.onclick = async () => {
  await fetch(api, {method: 'POST', headers: {'X-CSRF-Token': csrf}, body: new URLSearchParams({level: b.dataset.level})});
  document.getElementById('levels').hidden = true;
  document.getElementById('prompt').textContent = T['rate.thanks'];
  thanksUntil = Date.now() + 4000;
});
poll();
setInterval(poll, 1500);
