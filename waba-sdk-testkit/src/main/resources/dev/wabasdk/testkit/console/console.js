// The console's state and behaviour: polls the control API every second and turns clicks into control calls.
import { api, business } from './api.js';
import { el, dateTime, renderConversation, renderFacts, renderTemplates, summary } from './render.js';

const $ = (id) => document.getElementById(id);
const state = {
  selected: new URLSearchParams(location.search).get('user'),
  overview: null,
  user: null,
  templates: [],
  openLists: new Set(),
  openAddresses: new Set(),
  addressDrafts: new Map(),
  replyTo: null,
  rendered: { conversation: '', templates: '', users: '', facts: '' },
};

function showError(error) {
  $('error-text').textContent = error.message ?? String(error);
  $('error').hidden = false;
}

function notify(text) {
  const notice = $('notice');
  notice.textContent = text;
  notice.hidden = false;
  clearTimeout(notify.timer);
  notify.timer = setTimeout(() => { notice.hidden = true; }, 3000);
}

/** Runs a user action: errors are shown on the page, success refreshes at once. */
async function act(action, done) {
  try {
    const result = await action();
    $('error').hidden = true;
    if (done) notify(typeof done === 'function' ? done(result) : done);
  } catch (e) {
    showError(e);
  }
  await refresh();
}

function requireUser() {
  if (!state.selected) throw new Error('Pick a user on the left (or enter a phone number) first.');
  return state.selected;
}

const actions = {
  tapButton: (id) => act(() => api.tapButton(requireUser(), id)),
  selectRow: (rowId) => act(() => api.selectRow(requireUser(), rowId)),
  pay: (referenceId) => act(() => api.pay(requireUser(), referenceId), `The user paid order ${referenceId}`),
  failPayment: (referenceId) => act(() => api.failPayment(requireUser(), referenceId),
    `The user's payment of order ${referenceId} failed`),
  confirmCard: (referenceId) => act(() => api.confirmCard(requireUser(), referenceId),
    `The user confirmed the card for order ${referenceId}`),
  isAddressOpen: (id) => state.openAddresses.has(id),
  toggleAddress: (id) => {
    if (state.openAddresses.has(id)) state.openAddresses.delete(id); else state.openAddresses.add(id);
    state.rendered.conversation = '';
    render();
  },
  // What QA typed survives the re-renders a status update causes.
  addressDraft: (id, values) => {
    if (!state.addressDrafts.has(id)) state.addressDrafts.set(id, { ...values });
    return state.addressDrafts.get(id);
  },
  submitAddress: (id, values) => act(async () => {
    const sent = await api.address(requireUser(), { values });
    state.openAddresses.delete(id);
    state.rendered.conversation = '';
    return sent;
  }, 'The user sent the address'),
  pickSavedAddress: (savedId) => act(() => api.address(requireUser(), { saved_address_id: savedId }),
    `The user picked saved address ${savedId}`),
  isListOpen: (id) => state.openLists.has(id),
  toggleList: (id) => {
    if (state.openLists.has(id)) state.openLists.delete(id); else state.openLists.add(id);
    state.rendered.conversation = '';
    render();
  },
  react: (messageId, emoji) => act(() => api.send(requireUser(), { type: 'reaction', reaction: { message_id: messageId, emoji } })),
  replyTo: (item) => {
    state.replyTo = item;
    $('reply-preview-text').textContent = summary(item);
    $('reply-preview').hidden = false;
    $('composer-text').focus();
  },
  marketing: (stop) => act(() => api.marketing(requireUser(), stop),
    stop ? 'The user stopped marketing messages' : 'The user resumed marketing messages'),
  templateStatus: (id, status, reason) => act(() => api.templateStatus(id, status, reason), `Template ${status.toLowerCase()}`),
};

function select(waId) {
  state.selected = waId;
  state.user = null;
  state.replyTo = null;
  $('reply-preview').hidden = true;
  state.rendered.conversation = '';
  const params = new URLSearchParams(location.search);
  params.set('user', waId);
  history.replaceState(null, '', `?${params}`);
  refresh();
}

function renderUsers() {
  const users = state.overview?.data ?? [];
  const known = users.some((u) => u.wa_id === state.selected);
  const list = known || !state.selected ? users : [{ wa_id: state.selected, name: 'New user', window_open: false }, ...users];
  const key = JSON.stringify([list, state.selected]);
  if (key === state.rendered.users) return;
  state.rendered.users = key;
  $('no-users').hidden = list.length > 0;
  $('users').replaceChildren(...list.map((u) => el('li', {
    class: `user${u.wa_id === state.selected ? ' selected' : ''}`, 'data-wa-id': u.wa_id, tabindex: 0,
    onclick: () => select(u.wa_id), onkeydown: (e) => { if (e.key === 'Enter') select(u.wa_id); },
  }, el('div', { class: 'avatar small', text: initials(u.name, u.wa_id) }),
  el('div', { class: 'user-text' },
    el('div', { class: 'user-name', text: u.name ?? u.wa_id }),
    el('div', { class: 'user-sub', text: `+${u.wa_id}` })),
  el('span', { class: `dot ${u.window_open ? 'open' : ''}`, title: u.window_open ? 'customer service window open' : 'window closed' }))));
}

/** The avatar's text: the name's initials, or the number's last two digits when the name is the fake's default. */
function initials(name, waId) {
  if (!name || /^(User \d+|New user)$/.test(name)) return waId ? waId.slice(-2) : '?';
  return name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => Array.from(w)[0]).join('').toUpperCase();
}

function render() {
  const o = state.overview;
  if (o) {
    $('clock-now').textContent = dateTime(o.now);
  }
  renderUsers();
  const user = state.user;
  $('chat-name').textContent = user ? (user.name ?? 'New user') : 'Pick a user';
  $('chat-avatar').textContent = initials(user?.name, user?.wa_id);
  $('chat-sub').textContent = user ? `+${user.wa_id} · ${user.window_open ? 'window open' : 'window closed'}` : '';
  renderRouting(user?.routing);
  const conversationKey = JSON.stringify(user?.conversation ?? null);
  if (conversationKey !== state.rendered.conversation) {
    const box = $('conversation');
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
    state.rendered.conversation = conversationKey;
    if (user) renderConversation(box, user.conversation, actions); else box.replaceChildren();
    if (atBottom || !state.rendered.scrolled) {
      box.scrollTop = box.scrollHeight;
      state.rendered.scrolled = true;
    }
  }
  const factsKey = JSON.stringify([user && { ...user, conversation: null }, o]);
  if (factsKey !== state.rendered.facts) {
    state.rendered.facts = factsKey;
    renderFacts($('facts'), user, o, actions);
  }
  const templatesKey = JSON.stringify(state.templates);
  if (templatesKey !== state.rendered.templates) {
    state.rendered.templates = templatesKey;
    renderTemplates($('templates'), state.templates, actions);
  }
}

/** The selected user's Conversation Routing thread, when routing is on for the business shown. */
function renderRouting(routing) {
  $('routing').hidden = !routing;
  if (!routing) return;
  let owner = 'idle';
  if (!routing.idle) {
    owner = `owned by ${routing.owner_role} (${routing.owned_by_app ? 'your app' : 'another responder'})`;
  }
  $('thread-state').textContent = `Thread: ${owner}`;
  $('thread-state').dataset.owner = routing.owner_role ?? '';
  $('thread-standby').textContent = routing.standby
    ? '· the app gets standby copies' : '· no standby copies to the app';
  // Only an escalation partner may take a thread; Take from app plays another responder in that role.
  $('take-from-app').hidden = routing.escalation_partner !== 'other_responder';
}

let refreshing = null;
let refreshAgain = false;

/** Fetches the state and renders it; a call during a fetch runs one more fetch after it, so actions show at once. */
async function refresh() {
  if (refreshing) {
    refreshAgain = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      refreshAgain = false;
      try {
        const [overview, templates] = await Promise.all([api.users(), api.templates()]);
        state.overview = overview;
        state.templates = templates.data;
        if (!state.selected && overview.data.length) state.selected = overview.data[0].wa_id;
        state.user = state.selected ? await api.user(state.selected) : null;
        if ($('error-text').textContent.startsWith('Cannot reach')) $('error').hidden = true;
        render();
      } catch (e) {
        showError(e);
      }
    } while (refreshAgain);
    refreshing = null;
  })();
  return refreshing;
}

function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`Cannot read ${file.name}: ${reader.error}`));
    reader.readAsDataURL(file);
  });
}

/** With several businesses in the fake, a picker; choosing one reloads the console scoped to it. */
async function businesses() {
  try {
    const list = (await api.businesses()).data;
    if (list.length < 2) return;
    const select = $('business');
    select.replaceChildren(...list.map((b) => el('option', {
      value: b.phone_number_id, text: `${b.verified_name} · ${b.display_phone_number}`,
    })));
    select.value = business ?? list[0].phone_number_id;
    select.addEventListener('change', () => {
      const params = new URLSearchParams(location.search);
      params.set('business', select.value);
      params.delete('user');
      location.search = params.toString();
    });
    $('business-tool').hidden = false;
  } catch (e) {
    showError(e);
  }
}

function wire() {
  $('error-close').addEventListener('click', () => { $('error').hidden = true; });
  $('new-user-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const phone = $('new-user').value.replace(/[\s()+\-.]/g, '');
    if (!/^\d{7,15}$/.test(phone)) {
      showError(new Error(`A user needs an E.164 phone number such as +4915112345678, was "${$('new-user').value}"`));
      return;
    }
    $('new-user').value = '';
    select(phone);
  });
  $('composer').addEventListener('submit', (e) => {
    e.preventDefault();
    const text = $('composer-text').value;
    if (!text.trim()) return;
    const message = { type: 'text', text: { body: text } };
    if (state.replyTo) message.context = { from: state.overview?.business.display_phone_number.replace(/\D/g, ''), id: state.replyTo.id };
    act(async () => {
      await api.send(requireUser(), message);
      $('composer-text').value = '';
      state.replyTo = null;
      $('reply-preview').hidden = true;
    });
  });
  $('reply-cancel').addEventListener('click', () => { state.replyTo = null; $('reply-preview').hidden = true; });
  $('read-all').addEventListener('click', () => act(() => api.readAll(requireUser()), 'The user read every message'));
  $('media-file').addEventListener('change', (e) => {
    const file = e.target.files[0];
    e.target.value = '';
    if (!file) return;
    act(async () => {
      const data = await readFile(file);
      const mimeType = file.type || 'application/octet-stream';
      return api.sendMedia(requireUser(), { mime_type: mimeType, data, filename: file.name, caption: $('composer-text').value || undefined });
    }, `Sent ${file.name}`);
  });
  $('ref-arm').addEventListener('click', () => act(async () => {
    await api.arriveFromAd(requireUser(), { source_id: $('ref-source-id').value, headline: $('ref-headline').value });
    $('referral').open = false;
  }, 'The next message arrives from the ad'));
  for (const button of document.querySelectorAll('[data-advance]')) {
    button.addEventListener('click', () => act(() => api.advanceClock(Number(button.dataset.advance)),
      (r) => `Clock moved to ${dateTime(r.now)}`));
  }
  $('fault-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const [kind, value] = $('fault-kind').value.split(':');
    const fault = { calls: Number($('fault-calls').value), [kind]: kind === 'drop_connection' ? true : Number(value) };
    act(() => api.injectFault(fault), (r) => `The next ${r.calls} Graph call(s) fail: ${r.fault}`);
  });
  // The routing bar shows only for a selected user (its state comes with the user), so there is one to write to.
  $('agent-replies').addEventListener('click', () => {
    const text = prompt(`Text the other responder sends to +${state.selected}`);
    if (text !== null) act(() => api.responderSends(requireUser(), text), 'The other responder wrote to the user');
  });
  $('pass-to-app').addEventListener('click', () => act(() => api.passToApp(requireUser()),
    'The other responder passed the thread to the app'));
  $('take-from-app').addEventListener('click', () => act(() => api.takeFromApp(requireUser()),
    'The other responder took the thread'));
  $('fault-clear').addEventListener('click', () => act(() => api.clearFaults(), 'Faults cleared'));
  $('reset').addEventListener('click', () => {
    if (!confirm('Forget every user, message, webhook and fault?')) return;
    state.selected = null;
    const params = new URLSearchParams(location.search);
    params.delete('user');
    const query = params.toString();
    history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
    act(() => api.reset(), 'The fake was reset');
  });
}

wire();
businesses();
refresh();
setInterval(refresh, 1000);
