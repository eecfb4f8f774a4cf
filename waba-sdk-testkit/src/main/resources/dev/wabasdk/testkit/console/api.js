// The control API, as curl would call it. Every failure becomes an Error carrying the fake's own message.

export class ControlApiError extends Error {}

/** The business the console acts on (`?business=<phone number id>` in the page's URL), or null for the first. */
export const business = new URLSearchParams(location.search).get('business');

/** A control-API path scoped to the console's business. */
export function scoped(path) {
  if (!business) return path;
  return `${path}${path.includes('?') ? '&' : '?'}phone_number_id=${encodeURIComponent(business)}`;
}

async function call(method, path, body) {
  let response;
  path = scoped(path);
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (e) {
    throw new ControlApiError(`Cannot reach the fake (${method} ${path}): ${e.message}`);
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!response.ok) {
    const message = json && json.error && json.error.message ? json.error.message : text;
    throw new ControlApiError(`${method} ${path} answered ${response.status}: ${message}`);
  }
  return json;
}

const user = (waId) => `/testkit/users/${encodeURIComponent(waId)}`;
const thread = (waId) => `/testkit/routing/threads/${encodeURIComponent(waId)}`;

export const api = {
  businesses: () => call('GET', '/testkit/businesses'),
  users: () => call('GET', '/testkit/users'),
  user: (waId) => call('GET', user(waId)),
  templates: () => call('GET', '/testkit/templates'),
  send: (waId, message) => call('POST', `${user(waId)}/messages`, message),
  tapButton: (waId, id) => call('POST', `${user(waId)}/button-taps`, { id }),
  selectRow: (waId, rowId) => call('POST', `${user(waId)}/list-selections`, { row_id: rowId }),
  address: (waId, answer) => call('POST', `${user(waId)}/addresses`, answer),
  pay: (waId, referenceId) => call('POST', `${user(waId)}/payments`, { reference_id: referenceId }),
  failPayment: (waId, referenceId) => call('POST', `${user(waId)}/payments`,
    { reference_id: referenceId, error: { code: 'BAD_REQUEST_ERROR', reason: 'incorrect_pin' } }),
  confirmCard: (waId, referenceId) => call('POST', `${user(waId)}/card-payments`, { reference_id: referenceId }),
  sendMedia: (waId, media) => call('POST', `${user(waId)}/media`, media),
  arriveFromAd: (waId, referral) => call('POST', `${user(waId)}/referral`, referral),
  readAll: (waId) => call('POST', `${user(waId)}/read`),
  marketing: (waId, stop) => call('POST', `${user(waId)}/marketing`, { stop }),
  advanceClock: (seconds) => call('POST', '/testkit/clock/advance', { seconds }),
  templateStatus: (id, status, reason) => call('POST', `/testkit/templates/${encodeURIComponent(id)}/status`,
    reason ? { status, reason } : { status }),
  injectFault: (fault) => call('POST', '/testkit/faults', fault),
  clearFaults: () => call('DELETE', '/testkit/faults'),
  reset: () => call('POST', '/testkit/reset'),
  calls: () => call('GET', '/testkit/calls'),
  groups: () => call('GET', '/testkit/groups'),
  callBusiness: (waId) => call('POST', `${user(waId)}/calls`, {}),
  answerCall: (waId, callId) => call('POST', `${user(waId)}/call-answers`, { call_id: callId }),
  hangUp: (waId, callId) => call('POST', `${user(waId)}/call-hangups`, { call_id: callId }),
  callPermission: (waId, accept, permanent) => call('POST', `${user(waId)}/call-permission`, { accept, permanent }),
  joinGroup: (waId, groupId) => call('POST', `${user(waId)}/group-joins`, { group_id: groupId }),
  leaveGroup: (waId, groupId) => call('POST', `${user(waId)}/group-leaves`, { group_id: groupId }),
  writeInGroup: (waId, groupId, text) => call('POST', `${user(waId)}/group-messages`, { group_id: groupId, text }),
  // Conversation Routing: the other responders, played by QA.
  responderSends: (waId, text) => call('POST', `${thread(waId)}/messages`, { text }),
  passToApp: (waId) => call('POST', `${thread(waId)}/pass_to_app`, {}),
  takeFromApp: (waId) => call('POST', `${thread(waId)}/take_from_app`, {}),
};
