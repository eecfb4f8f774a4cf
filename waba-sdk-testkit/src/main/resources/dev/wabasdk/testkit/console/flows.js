// The console's flow runner: "Open flow" on a flow message (interactive flow, or a template's FLOW button) shows
// the current screen as a form; its Footer button and Back drive the fake's flow session (POST /testkit/flows...),
// the same path as FakeUser.completeFlow, until the app receives the nfm_reply. Independent of console.js: it
// listens for clicks on any button.flow-open the conversation renders.
import { el } from './render.js';

let current = null; // the session view the dialog shows

async function call(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });
  const json = await response.json().catch(() => null);
  if (!response.ok) throw new Error(json?.error?.message ?? `${method} ${path} answered ${response.status}`);
  return json;
}

function dialog() {
  let overlay = document.getElementById('flow-dialog');
  if (!overlay) {
    overlay = el('div', { id: 'flow-dialog', class: 'flow-overlay', role: 'dialog', 'aria-modal': 'true', hidden: true });
    document.body.append(overlay);
  }
  return overlay;
}

function close() {
  current = null;
  dialog().hidden = true;
  dialog().replaceChildren();
}

function options(c) {
  return Array.isArray(c['data-source']) ? c['data-source'] : [];
}

/** One component of the screen as the WhatsApp client shows it; inputs carry data-field with their name. */
function component(c, form) {
  const label = c.label ?? c.text ?? '';
  const value = form[c.name];
  const field = (input) => el('label', { class: 'flow-field' }, el('span', { text: `${label}${c.required ? ' *' : ''}` }), input,
    c['helper-text'] ? el('small', { class: 'muted', text: c['helper-text'] }) : null);
  switch (c.type) {
    case 'TextHeading': return el('h3', { class: 'flow-heading', text: c.text });
    case 'TextSubheading': return el('h4', { class: 'flow-subheading', text: c.text });
    case 'TextBody': case 'TextCaption': case 'RichText':
      return el('p', { class: 'flow-text', text: Array.isArray(c.text) ? c.text.join('\n') : c.text });
    case 'TextInput':
      return field(el('input', { 'data-field': c.name, type: { email: 'email', number: 'number', phone: 'tel', password: 'password' }[c['input-type']] ?? 'text', value: value ?? '' }));
    case 'TextArea':
      return field(el('textarea', { 'data-field': c.name, rows: 3, text: value ?? '' }));
    case 'DatePicker': case 'CalendarPicker':
      return field(el('input', { 'data-field': c.name, type: 'date', min: c['min-date'], max: c['max-date'], value: value ?? '' }));
    case 'Dropdown':
      return field(el('select', { 'data-field': c.name }, el('option', { value: '', text: '—' }),
        options(c).map((o) => el('option', { value: o.id, text: o.title, selected: value === o.id }))));
    case 'RadioButtonsGroup': case 'ChipsSelector': case 'CheckboxGroup': {
      const multiple = c.type !== 'RadioButtonsGroup';
      return el('fieldset', { class: 'flow-choices', 'data-field': c.name, 'data-multiple': multiple ? 'true' : 'false' },
        el('legend', { text: `${label}${c.required ? ' *' : ''}` }),
        options(c).map((o) => el('label', { class: 'flow-choice' },
          el('input', { type: multiple ? 'checkbox' : 'radio', name: `flow-${c.name}`, value: o.id,
            checked: multiple ? (value ?? []).includes(o.id) : value === o.id }),
          el('span', { text: o.title }), o.description ? el('small', { class: 'muted', text: ` ${o.description}` }) : null)));
    }
    case 'OptIn':
      return el('label', { class: 'flow-choice' }, el('input', { type: 'checkbox', 'data-field': c.name, 'data-optin': 'true', checked: value === true }),
        el('span', { text: `${label}${c.required ? ' *' : ''}` }));
    case 'EmbeddedLink': return el('p', { class: 'flow-text' }, el('u', { text: c.text }));
    case 'Image': return el('div', { class: 'media placeholder', text: `[image${c['alt-text'] ? `: ${c['alt-text']}` : ''}]` });
    case 'Footer': return null;
    default: return el('p', { class: 'muted hint', text: `[${c.type}: not shown by the console]` });
  }
}

/** The form as the client submits it: field name to value (arrays for multiple choice, booleans for opt-ins). */
function collect(body) {
  const form = {};
  for (const node of body.querySelectorAll('[data-field]')) {
    const name = node.getAttribute('data-field');
    if (node.tagName === 'FIELDSET') {
      const checked = [...node.querySelectorAll('input:checked')].map((i) => i.value);
      if (node.getAttribute('data-multiple') === 'true') form[name] = checked;
      else if (checked.length) form[name] = checked[0];
    } else if (node.getAttribute('data-optin') === 'true') {
      form[name] = node.checked;
    } else if (node.value !== '') {
      form[name] = node.value;
    }
  }
  return form;
}

function render(view, error) {
  current = view;
  const overlay = dialog();
  const footer = view.components.find((c) => c.type === 'Footer');
  const body = el('div', { class: 'flow-body' }, view.components.map((c) => component(c, view.form ?? {})));
  let content;
  if (view.completed) {
    const response = view.reply?.interactive?.nfm_reply?.response_json ?? '';
    content = [el('p', { class: 'flow-done', text: 'Completed: the app received the nfm_reply.' }),
      el('pre', { class: 'raw', id: 'flow-response', text: response })];
  } else {
    content = [body];
  }
  overlay.replaceChildren(el('div', { class: 'flow-panel', 'data-session': view.session_id, 'data-screen': view.screen.id },
    el('div', { class: 'flow-title' },
      el('button', { type: 'button', class: 'mini', id: 'flow-back', disabled: !view.can_go_back, title: 'The back button',
        onclick: () => step(`/testkit/flows/${encodeURIComponent(view.session_id)}/back`) }, '←'),
      el('strong', { text: view.completed ? view.flow_name : (view.screen.title ?? view.screen.id) }),
      el('button', { type: 'button', class: 'mini', id: 'flow-close', title: 'Close', onclick: close }, '×')),
    error ? el('div', { class: 'error', id: 'flow-error', text: error }) : null,
    content,
    view.completed ? null : el('button', {
      type: 'button', class: 'send flow-submit', id: 'flow-submit',
      onclick: () => step(`/testkit/flows/${encodeURIComponent(view.session_id)}/next`, { form: collect(body) }),
    }, footer?.label ?? 'Continue')));
  overlay.hidden = false;
}

async function step(path, body) {
  const view = current;
  try {
    render(await call('POST', path, body ?? {}));
  } catch (e) {
    if (view) render(view, e.message);
  }
}

async function open(messageId) {
  try {
    render(await call('POST', '/testkit/flows', { message_id: messageId }));
  } catch (e) {
    render({ session_id: '', flow_name: 'Flow', screen: { id: '', title: 'Cannot open the flow' }, components: [],
      can_go_back: false, completed: false }, e.message);
  }
}

document.addEventListener('click', (event) => {
  const button = event.target.closest?.('button.flow-open[data-message-id]');
  if (button) open(button.getAttribute('data-message-id'));
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && current) close();
});
