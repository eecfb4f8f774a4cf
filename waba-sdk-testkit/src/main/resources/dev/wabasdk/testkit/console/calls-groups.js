// The console's calls and groups panel: polls the control API every second; buttons act as the selected user.
import { api } from './api.js';
import { el } from './render.js';

const $ = (id) => document.getElementById(id);
const selectedUser = () => new URLSearchParams(location.search).get('user');
let rendered = '';

async function act(action) {
  try {
    await action();
    $('error').hidden = true;
  } catch (e) {
    $('error-text').textContent = e.message ?? String(e);
    $('error').hidden = false;
  }
  await refresh();
}

function requireUser() {
  const user = selectedUser();
  if (!user) throw new Error('Pick a user on the left first.');
  return user;
}

function callItem(call) {
  const open = call.status === 'RINGING' || call.status === 'PRE_ACCEPTED' || call.status === 'ACCEPTED';
  const ringingFromBusiness = call.direction === 'BUSINESS_INITIATED' && call.status === 'RINGING';
  return el('li', { class: 'call' },
    el('span', { text: `${call.direction === 'USER_INITIATED' ? '📞 from' : '📲 to'} +${call.wa_id}: ${call.status}` }),
    ringingFromBusiness ? el('button', { type: 'button', text: 'Answer',
      onclick: () => act(() => api.answerCall(call.wa_id, call.id)) }) : null,
    open ? el('button', { type: 'button', text: 'Hang up',
      onclick: () => act(() => api.hangUp(call.wa_id, call.id)) }) : null);
}

function groupItem(group) {
  const user = selectedUser();
  const member = user && group.participants.includes(user);
  const pinned = group.pinned_messages ?? [];
  const lines = group.conversation.map((m) => el('li', {
    text: `${pinned.includes(m.id) ? '📌 ' : ''}${m.from === 'business' ? 'business' : '+' + m.from}: `
      + `${m.text ?? '[' + m.type + ']'}` }));
  return el('li', { class: 'group' },
    el('strong', { text: group.subject }),
    el('div', { class: 'muted', text: `${group.participants.length}/8 participants`
      + (group.join_requests.length ? `, ${group.join_requests.length} asking to join` : '') }),
    el('ul', {}, lines),
    user && !member ? el('button', { type: 'button', text: 'Join',
      onclick: () => act(() => api.joinGroup(requireUser(), group.id)) }) : null,
    member ? el('button', { type: 'button', text: 'Leave',
      onclick: () => act(() => api.leaveGroup(requireUser(), group.id)) }) : null,
    member ? el('button', { type: 'button', text: 'Write',
      onclick: () => {
        const text = prompt(`Message to "${group.subject}" as +${user}`);
        if (text) act(() => api.writeInGroup(requireUser(), group.id, text));
      } }) : null);
}

async function refresh() {
  let calls;
  let groups;
  try {
    [calls, groups] = await Promise.all([api.calls(), api.groups()]);
  } catch (e) {
    return; // the main poller reports an unreachable fake
  }
  const key = JSON.stringify([calls, groups, selectedUser()]);
  if (key === rendered) return;
  rendered = key;
  $('calls').replaceChildren(...calls.data.map(callItem));
  $('groups').replaceChildren(...groups.data.map(groupItem));
  $('no-calls').hidden = calls.data.length > 0;
  $('no-groups').hidden = groups.data.length > 0;
}

$('call-business').addEventListener('click', () => act(() => api.callBusiness(requireUser())));
$('grant-call-permission').addEventListener('click', () => act(() => api.callPermission(requireUser(), true, false)));
$('decline-call-permission').addEventListener('click', () => act(() => api.callPermission(requireUser(), false, false)));
setInterval(refresh, 1000);
refresh();
