// The phone status page: the server sends the ticket's whole view again whenever it changes (server-sent events).
'use strict';
(() => {
  const code = document.body.dataset.code;
  function show(v) {
    if (v.gone) { location.reload(); return; }
    const before = document.body.dataset.state;
    document.body.dataset.state = v.state;
    document.getElementById('ticket').textContent = v.ticket;
    document.getElementById('service').textContent = v.service;
    const headline = document.getElementById('headline');
    headline.textContent = v.headline;
    document.getElementById('lines').replaceChildren(...v.lines.map(text => {
      const p = document.createElement('p'); p.className = 'line'; p.textContent = text; return p;
    }));
    if (v.state === 'CALLED' && before !== 'CALLED') {
      headline.classList.remove('flash'); void headline.offsetWidth; headline.classList.add('flash');
      if (navigator.vibrate) navigator.vibrate([300, 200, 300]);
    }
    document.body.dataset.updates = String(Number(document.body.dataset.updates || 0) + 1);
  }
  function connect() {
    const es = new EventSource('/t/' + encodeURIComponent(code) + '/events');
    es.addEventListener('open', () => { document.getElementById('offline').hidden = true; });
    es.addEventListener('status', e => show(JSON.parse(e.data)));
    es.onerror = () => {
      document.getElementById('offline').hidden = false;
      // The browser retries by itself; if it gave up (a phone asleep), start again.
      if (es.readyState === EventSource.CLOSED) setTimeout(connect, 5000);
    };
  }
  connect();
})();
