// The console's campaign panel: the broadcasts the fake has seen (GET /testkit/campaigns), polled every second.
// It adds its own section to the side column, so the page needs only the <script> and <link> that load it.
import { el } from './render.js';
import { scoped } from './api.js';

let rendered = '';

function panel() {
  let section = document.getElementById('campaigns-panel');
  if (!section) {
    section = el('section', { id: 'campaigns-panel', class: 'campaigns-panel', 'aria-label': 'Campaigns' },
      el('h2', { text: 'Campaigns' }),
      el('ul', { id: 'campaigns', class: 'campaigns' }),
      el('p', { id: 'no-campaigns', class: 'muted hint',
        text: 'No template broadcast yet. Campaigns appear here, grouped by their send key or template.' }));
    (document.querySelector('aside.side') ?? document.body).append(section);
  }
  return section;
}

function bar(part, whole, kind) {
  const percent = whole === 0 ? 0 : Math.round((part * 100) / whole);
  return el('div', { class: `campaign-bar ${kind}`, title: `${kind}: ${part} of ${whole} (${percent}%)` },
    el('span', { style: `width: ${percent}%` }));
}

function item(c) {
  return el('li', { class: 'campaign', 'data-key': c.key },
    el('strong', { class: 'campaign-key', text: c.key }),
    c.key === c.template ? null : el('span', { class: 'muted', text: ` ${c.template}` }),
    el('div', { class: 'campaign-counts', text: `${c.messages} sent · ${c.delivered} delivered · ${c.read} read`
      + ` · ${c.failed} failed` }),
    bar(c.delivered, c.messages, 'delivered'),
    bar(c.read, c.messages, 'read'),
    bar(c.failed, c.messages, 'failed'));
}

async function refresh() {
  let answer;
  try {
    const response = await fetch(scoped('/testkit/campaigns'), { cache: 'no-store' });
    if (!response.ok) return;
    answer = await response.json();
  } catch (e) {
    return; // the main poller reports an unreachable fake
  }
  const key = JSON.stringify(answer.campaigns);
  if (key === rendered) return;
  rendered = key;
  panel();
  document.getElementById('campaigns').replaceChildren(...answer.campaigns.map(item));
  document.getElementById('no-campaigns').hidden = answer.campaigns.length > 0;
}

panel();
setInterval(refresh, 1000);
refresh();
