// Every logged-in staff page: rings (a chime and a banner) while a villager's call for staff (呼叫工作人员) is open,
// lets staff answer it, and shows the devices' states (打印机缺纸...). Polls /api/station every 2 s.
'use strict';
(() => {
  const T = JSON.parse(document.querySelector('meta[name=i18n]').content);
  const csrf = document.querySelector('meta[name=csrf]').content;
  const fmt = (s, ...a) => s.replace(/\{(\d)\}/g, (m, i) => a[i]);
  const RING_AGAIN_MS = 30000;
  const title = document.title;
  const seen = new Set();
  let audio = null;
  let lastRing = 0;

  // Two rising tones, three times: heard across the room, unlike the kiosk's call chime.
  function chime() {
    document.body.dataset.rings = String(Number(document.body.dataset.rings || 0) + 1);
    try {
      audio = audio || new AudioContext();
      if (audio.state === 'suspended') audio.resume();
      const t0 = audio.currentTime + 0.05;
      for (let i = 0; i < 6; i++) {
        const at = t0 + i * 0.3;
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        osc.frequency.value = i % 2 === 0 ? 660 : 880;
        gain.gain.setValueAtTime(0.0001, at);
        gain.gain.exponentialRampToValueAtTime(0.5, at + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.25);
        osc.connect(gain).connect(audio.destination);
        osc.start(at);
        osc.stop(at + 0.27);
      }
      document.body.dataset.audio = audio.state;
    } catch (e) {
      document.body.dataset.audio = 'unavailable';
    }
  }
  // Browsers start sound only after a touch on the page: the first click anywhere lets the next ring be heard.
  document.addEventListener('click', () => { if (audio && audio.state === 'suspended') audio.resume(); });

  async function answer(id, button) {
    button.disabled = true;
    await fetch('/api/help/' + id + '/answer', {method: 'POST', headers: {'X-CSRF-Token': csrf}});
    await refresh();
  }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function render(s) {
    const box = document.getElementById('help-calls');
    box.replaceChildren(...s.helpCalls.map(c => {
      const div = el('div', undefined, 'help-call');
      div.dataset.id = c.id;
      div.append(el('span', c.text, 'help-text'),
          el('span', fmt(T['help.waited'], Math.floor(c.waitedSeconds / 60), c.waitedSeconds % 60), 'help-waited'));
      const b = el('button', T['help.answer'], 'primary answer');
      b.onclick = () => answer(c.id, b);
      div.append(b);
      return div;
    }));
    const fresh = s.helpCalls.some(c => !seen.has(c.id));
    s.helpCalls.forEach(c => seen.add(c.id));
    const now = Date.now();
    if (s.helpCalls.length > 0 && (fresh || now - lastRing > RING_AGAIN_MS)) {
      lastRing = now;
      chime();
    }
    document.title = s.helpCalls.length > 0 ? '(' + s.helpCalls.length + ') ' + title : title;
    document.getElementById('devices').replaceChildren(...s.devices.map(d => {
      const li = el('li', d.name + ': ' + d.state, d.ok ? 'device ok' : 'device bad');
      li.dataset.device = d.device;
      return li;
    }));
  }

  async function refresh() {
    const r = await fetch('/api/station');
    if (r.ok) render(await r.json());
  }
  refresh();
  setInterval(refresh, 2000);
})();
