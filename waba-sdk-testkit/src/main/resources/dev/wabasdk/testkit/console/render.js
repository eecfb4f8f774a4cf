// Turns the control API's JSON into DOM: the conversation as a phone shows it, and the facts panel.
import { scoped } from './api.js';

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('data-')) node.setAttribute(key, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function time(epochSeconds) {
  return new Date(epochSeconds * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

export function dateTime(iso) {
  if (!iso) return '';
  return new Date(iso).toLocaleString([], {
    day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit',
  });
}

function day(epochSeconds) {
  return new Date(epochSeconds * 1000).toLocaleDateString([], { day: 'numeric', month: 'long', year: 'numeric' });
}

const TICKS = {
  accepted: { symbol: '🕓', label: 'accepted, no status yet' },
  sent: { symbol: '✓', label: 'sent' },
  delivered: { symbol: '✓✓', label: 'delivered' },
  read: { symbol: '✓✓', label: 'read' },
  failed: { symbol: '!', label: 'failed' },
};

/** A one-line summary of a message, for quotes and the users list. */
export function summary(item) {
  if (!item) return 'a message';
  const m = item.message || {};
  switch (item.type) {
    case 'text': return m.text?.body ?? '';
    case 'image': return `📷 ${m.image?.caption ?? 'Photo'}`;
    case 'document': return `📄 ${m.document?.filename ?? 'Document'}`;
    case 'video': return '🎬 Video';
    case 'audio': return '🎵 Audio';
    case 'sticker': return 'Sticker';
    case 'location': return `📍 ${m.location?.name ?? 'Location'}`;
    case 'contacts': return '👤 Contact';
    case 'template': return item.template?.body ?? `Template ${m.template?.name}`;
    case 'button': return m.button?.text ?? '';
    case 'interactive': {
      const i = m.interactive || {};
      if (i.button_reply) return i.button_reply.title;
      if (i.list_reply) return i.list_reply.title;
      return i.body?.text ?? `Interactive ${i.type}`;
    }
    case 'reaction': return `Reacted ${m.reaction?.emoji}`;
    default: return `[${item.type}]`;
  }
}

function mediaBlock(kind, media, caption) {
  if (!media) return null;
  if (kind === 'image') {
    const src = media.id ? scoped(`/testkit/media/${encodeURIComponent(media.id)}`) : media.link;
    return el('figure', { class: 'media' },
      src ? el('img', { src, alt: caption || 'image', loading: 'lazy' }) : el('div', { class: 'placeholder', text: '📷' }),
      caption ? el('figcaption', { text: caption }) : null);
  }
  const name = media.filename || (kind === 'document' ? 'Document' : kind);
  const href = media.id ? scoped(`/testkit/media/${encodeURIComponent(media.id)}`) : media.link;
  return el('div', { class: 'media file' },
    el('span', { class: 'file-icon', text: kind === 'document' ? '📄' : kind === 'video' ? '🎬' : kind === 'audio' ? '🎵' : '📎' }),
    href ? el('a', { href, target: '_blank', rel: 'noopener', text: name }) : el('span', { text: name }),
    caption ? el('div', { class: 'caption', text: caption }) : null);
}

/** The body of a bubble: text, media, templates, interactive messages. */
function content(item, actions) {
  const m = item.message || {};
  const type = item.type;
  if (type === 'text') return [el('div', { class: 'text', text: m.text?.body ?? '' })];
  if (['image', 'document', 'video', 'audio', 'sticker'].includes(type)) {
    const media = m[type];
    return [mediaBlock(type, media, media?.caption)];
  }
  if (type === 'location') {
    const l = m.location || {};
    return [el('div', { class: 'text', text: `📍 ${l.name ?? ''} ${l.address ?? ''} (${l.latitude}, ${l.longitude})` })];
  }
  if (type === 'button') return [el('div', { class: 'text', text: m.button?.text ?? m.button?.payload })];
  if (type === 'template') return templateContent(item, actions);
  if (type === 'interactive') return interactiveContent(item, actions);
  return [el('pre', { class: 'raw', text: JSON.stringify(m[type] ?? m, null, 1) })];
}

function templateContent(item, actions) {
  const t = item.template;
  const m = item.message.template || {};
  if (!t) {
    return [el('div', { class: 'template-name', text: `Template ${m.name} (${m.language?.code}) — no longer held by the fake` })];
  }
  const out = [el('div', { class: 'template-name', text: `Template ${m.name} · ${m.language?.code} · ${t.category}` })];
  if (t.header) out.push(el('div', { class: 'header-text', text: t.header }));
  if (t.header_format) out.push(el('div', { class: 'media placeholder', text: `[${t.header_format} header]` }));
  if (t.body) out.push(el('div', { class: 'text', text: t.body }));
  if (t.footer) out.push(el('div', { class: 'footer-text', text: t.footer }));
  if (t.buttons?.length) {
    out.push(el('div', { class: 'buttons' }, t.buttons.map((b) => {
      if (b.type === 'quick_reply') {
        return el('button', {
          type: 'button', class: 'reply-button', 'data-id': b.payload ?? '', disabled: !b.payload,
          title: b.payload ? `Tap as the user (payload ${b.payload})` : 'The app sent no payload for this button',
          onclick: () => actions.tapButton(b.payload),
        }, b.text);
      }
      if (b.type === 'url') return el('a', { class: 'link-button', href: b.url, target: '_blank', rel: 'noopener' }, `↗ ${b.text}`);
      if (b.type === 'flow') {
        return el('button', { type: 'button', class: 'reply-button flow-open', 'data-message-id': item.id,
          title: 'Open the flow as the user' }, `▤ ${b.text}`);
      }
      return el('span', { class: 'link-button' }, `${b.type === 'phone_number' ? '📞' : '•'} ${b.text}`);
    })));
  }
  return out;
}

function interactiveContent(item, actions) {
  const i = item.message.interactive || {};
  if (item.direction === 'in') {
    const reply = i.button_reply || i.list_reply || i.nfm_reply;
    return [el('div', { class: 'text', text: reply?.title ?? reply?.body ?? JSON.stringify(i) })];
  }
  const out = [];
  if (i.header?.type === 'text') out.push(el('div', { class: 'header-text', text: i.header.text }));
  else if (i.header) out.push(mediaBlock(i.header.type, i.header[i.header.type], null));
  if (i.body?.text) out.push(el('div', { class: 'text', text: i.body.text }));
  if (i.footer?.text) out.push(el('div', { class: 'footer-text', text: i.footer.text }));
  const action = i.action || {};
  if (i.type === 'button') {
    out.push(el('div', { class: 'buttons' }, (action.buttons || []).map((b) => el('button', {
      type: 'button', class: 'reply-button', 'data-id': b.reply?.id, title: `Tap as the user (id ${b.reply?.id})`,
      onclick: () => actions.tapButton(b.reply?.id),
    }, b.reply?.title))));
  } else if (i.type === 'list') {
    const open = actions.isListOpen(item.id);
    out.push(el('div', { class: 'buttons' }, el('button', {
      type: 'button', class: 'list-open', onclick: () => actions.toggleList(item.id),
    }, `☰ ${action.button ?? 'Options'}`)));
    if (open) {
      out.push(el('div', { class: 'list-rows' }, (action.sections || []).map((section) => [
        section.title ? el('div', { class: 'section-title', text: section.title }) : null,
        (section.rows || []).map((row) => el('button', {
          type: 'button', class: 'list-row', 'data-row-id': row.id, title: `Pick as the user (id ${row.id})`,
          onclick: () => actions.selectRow(row.id),
        }, el('span', { class: 'row-title', text: row.title }),
        row.description ? el('span', { class: 'row-description', text: row.description }) : null)),
      ])));
    }
  } else if (i.type === 'flow') {
    const p = action.parameters || {};
    out.push(el('div', { class: 'buttons' }, el('button', {
      type: 'button', class: 'reply-button flow-open', 'data-message-id': item.id,
      title: `Open the flow as the user (flow_token ${p.flow_token ?? 'unused'})`,
    }, `▤ ${p.flow_cta ?? 'Open flow'}`)));
  } else if (i.type === 'cta_url') {
    const p = action.parameters || {};
    out.push(el('div', { class: 'buttons' }, el('a', { class: 'link-button', href: p.url, target: '_blank', rel: 'noopener' }, `↗ ${p.display_text}`)));
  } else if (i.type === 'product') {
    out.unshift(productCard(action.product_retailer_id, action.catalog_id));
    out.push(el('div', { class: 'buttons' }, el('span', { class: 'link-button', text: '🛒 View' })));
  } else if (i.type === 'product_list') {
    out.push(el('div', { class: 'product-sections' }, (action.sections || []).map((section) => [
      section.title ? el('div', { class: 'section-title', text: section.title }) : null,
      (section.product_items || []).map((p) => productCard(p.product_retailer_id, action.catalog_id)),
    ])));
    out.push(el('div', { class: 'buttons' }, el('span', { class: 'link-button', text: '🛍 View items' })));
  } else if (i.type === 'catalog_message') {
    const thumbnail = action.parameters?.thumbnail_product_retailer_id;
    out.unshift(productCard(thumbnail ?? 'first catalog item', null));
    out.push(el('div', { class: 'buttons' }, el('span', { class: 'link-button', text: '🏬 View catalog' })));
  } else if (i.type === 'carousel') {
    out.push(el('div', { class: 'carousel' }, (action.cards || []).map((card) => carouselCard(card, actions))));
  } else if (i.type === 'order_details') {
    const p = orderParameters(action);
    out.push(orderLines(p));
    const kinds = (p.payment_settings || []).map((setting) => setting.type);
    const buttons = [el('button', {
      type: 'button', class: 'reply-button pay', 'data-reference-id': p.reference_id,
      title: `Pay as the user (reference_id ${p.reference_id}; India's payment gateways only)`,
      onclick: () => actions.pay(p.reference_id),
    }, '💳 Review and pay')];
    if (kinds.includes('payment_gateway')) {
      buttons.push(el('button', {
        type: 'button', class: 'reply-button pay-fails', 'data-reference-id': p.reference_id,
        title: 'A failed attempt as the user (BAD_REQUEST_ERROR, incorrect_pin): a pending payment webhook',
        onclick: () => actions.failPayment(p.reference_id),
      }, '✗ Payment fails'));
    }
    if (kinds.includes('offsite_card_pay')) {
      buttons.push(el('button', {
        type: 'button', class: 'reply-button confirm-card', 'data-reference-id': p.reference_id,
        title: 'Confirm the card as the user (Brazil): an interactive payment_method message',
        onclick: () => actions.confirmCard(p.reference_id),
      }, '✓ Confirm card'));
    }
    out.push(el('div', { class: 'buttons' }, buttons));
  } else if (i.type === 'address_message') {
    out.push(addressBlock(item, action.parameters || {}, actions));
  } else if (i.type === 'order_status') {
    const p = orderParameters(action);
    const status = [p.order?.status, p.payment ? `payment ${p.payment.status}` : null].filter(Boolean).join(' · ');
    out.push(el('div', { class: 'order-status', 'data-reference-id': p.reference_id,
      text: `Order ${p.reference_id}: ${status}` }));
  } else {
    out.push(el('div', { class: 'template-name', text: `Interactive ${i.type}` }));
    out.push(el('pre', { class: 'raw', text: JSON.stringify(action, null, 1) }));
  }
  return out;
}

/** Meta's address fields (India) with the form's labels, in the form's order. */
const ADDRESS_FIELDS = {
  name: 'Name', phone_number: 'Phone number', in_pin_code: 'PIN code', house_number: 'Flat / house number',
  floor_number: 'Floor', tower_number: 'Tower', building_name: 'Building / apartment', address: 'Address',
  landmark_area: 'Landmark / area', city: 'City', state: 'State',
};

/**
 * An address message's buttons, and its form when open: pre-filled from values, each validation error under its
 * field. Only the newest address message can be answered (the control API answers that one).
 */
function addressBlock(item, p, actions) {
  const usable = item.id === actions.newestAddress;
  const hint = usable ? null : 'Only the newest address message sent to this user can be answered';
  const buttons = el('div', { class: 'buttons' },
    el('button', {
      type: 'button', class: 'reply-button address-open', 'data-message-id': item.id, disabled: !usable,
      title: hint ?? 'Fill in the address form as the user', onclick: () => actions.toggleAddress(item.id),
    }, '📍 Add address'),
    (p.saved_addresses || []).map((saved) => el('button', {
      type: 'button', class: 'reply-button address-saved', 'data-saved-id': saved.id, disabled: !usable,
      title: hint ?? Object.values(saved.value || {}).filter(Boolean).join(', '),
      onclick: () => actions.pickSavedAddress(saved.id),
    }, `Use ${saved.id}`)));
  if (!usable || !actions.isAddressOpen(item.id)) return buttons;
  const draft = actions.addressDraft(item.id, p.values || {});
  const errors = p.validation_errors || {};
  const submit = (event) => {
    event.preventDefault();
    actions.submitAddress(item.id, Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== '')));
  };
  return [buttons, el('form', { class: 'address-form', 'data-message-id': item.id, onsubmit: submit },
    Object.entries(ADDRESS_FIELDS).map(([field, label]) => el('label', { class: 'address-field' },
      el('span', { text: label }),
      el('input', {
        name: field, value: draft[field] ?? '', type: field === 'phone_number' ? 'tel' : 'text',
        maxlength: field === 'in_pin_code' ? 6 : null, oninput: (e) => { draft[field] = e.target.value; },
      }),
      errors[field] ? el('span', { class: 'field-error', 'data-field': field, text: errors[field] }) : null)),
    el('button', { type: 'submit', class: 'send address-submit' }, 'Submit'))];
}

/** An order's action.parameters: an object, or a string holding one (Meta's text allows both). */
function orderParameters(action) {
  const p = action.parameters;
  if (typeof p !== 'string') return p || {};
  try {
    return JSON.parse(p);
  } catch {
    return {};
  }
}

/** Money as the Payments API writes it: value / offset, in the order's currency. */
function money(amount, currency) {
  if (!amount) return '';
  return `${(amount.value / (amount.offset || 100)).toFixed(2)} ${currency ?? ''}`.trim();
}

/** An order's items and total, as the phone's order summary lists them. */
function orderLines(p) {
  const items = p.order?.items || [];
  return el('div', { class: 'order', 'data-reference-id': p.reference_id },
    items.map((item) => el('div', { class: 'order-item',
      text: `${item.quantity} × ${item.name} · ${money(item.sale_amount ?? item.amount, p.currency)}` })),
    el('div', { class: 'order-total', text: `Total ${money(p.total_amount, p.currency)}` }));
}

/** A catalog product as the fake knows it: by its Content ID (the fake holds no catalog). */
function productCard(retailerId, catalogId) {
  return el('div', { class: 'product', title: catalogId ? `catalog ${catalogId}` : null },
    el('span', { class: 'product-icon', text: '🏷' }), el('span', { class: 'product-id', text: retailerId }));
}

/**
 * One card of an interactive carousel: a media card's media, body, and its URL or quick-reply buttons; a product
 * card's product (from the catalog) and its View button.
 */
function carouselCard(card, actions) {
  const header = card.header || {};
  const action = card.action || {};
  if (card.type === 'product') {
    return el('div', { class: 'carousel-card', 'data-card-index': card.card_index },
      productCard(action.product_retailer_id, action.catalog_id),
      el('div', { class: 'buttons' }, el('span', { class: 'link-button', text: '🛒 View' })));
  }
  let buttons;
  if (card.type === 'cta_url') {
    const p = action.parameters || {};
    buttons = el('a', { class: 'link-button', href: p.url, target: '_blank', rel: 'noopener' }, `↗ ${p.display_text}`);
  } else {
    buttons = (action.buttons || []).map((b) => el('button', {
      type: 'button', class: 'reply-button', 'data-id': b.quick_reply?.id,
      title: `Tap as the user (id ${b.quick_reply?.id})`, onclick: () => actions.tapButton(b.quick_reply?.id),
    }, b.quick_reply?.title));
  }
  return el('div', { class: 'carousel-card', 'data-card-index': card.card_index },
    mediaBlock(header.type, header[header.type], null),
    card.body?.text ? el('div', { class: 'text', text: card.body.text }) : null,
    el('div', { class: 'buttons' }, buttons));
}

const EMOJIS = ['👍', '❤️', '😂', '😮', '🙏'];

/** Renders the whole conversation into {@code container}. */
export function renderConversation(container, conversation, actions) {
  const byId = new Map(conversation.map((item) => [item.id, item]));
  const reactions = new Map();
  for (const item of conversation) {
    if (item.type !== 'reaction') continue;
    const r = item.message.reaction || {};
    const key = `${r.message_id}|${item.direction}`;
    if (r.emoji) reactions.set(key, r.emoji); else reactions.delete(key);
  }
  const newestAddress = conversation.filter((item) => item.direction === 'out' && item.status !== 'failed'
    && item.message?.interactive?.type === 'address_message').at(-1)?.id;
  actions = { ...actions, newestAddress };
  const nodes = [];
  let lastDay = null;
  for (const item of conversation) {
    if (item.type === 'reaction') continue;
    const thisDay = day(item.timestamp);
    if (thisDay !== lastDay) {
      nodes.push(el('div', { class: 'day', text: thisDay }));
      lastDay = thisDay;
    }
    nodes.push(bubble(item, byId, reactions, actions));
  }
  if (!nodes.length) {
    nodes.push(el('div', { class: 'empty', text: 'No messages yet. Type below to write to the app as this user.' }));
  }
  container.replaceChildren(...nodes);
}

function quoteAuthor(quoted) {
  if (!quoted) return 'Message';
  if (quoted.sender === 'other_responder') return 'Other responder';
  return quoted.direction === 'out' ? 'Business' : 'User';
}

function bubble(item, byId, reactions, actions) {
  const m = item.message || {};
  const quotedId = m.context?.id ?? m.context?.message_id;
  const quoted = quotedId ? byId.get(quotedId) : null;
  const failed = item.status === 'failed';
  const tick = item.direction === 'out' ? TICKS[item.status] ?? { symbol: '?', label: item.status } : null;
  const meta = el('div', { class: 'meta' },
    el('span', { class: 'time', text: time(item.timestamp) }),
    tick ? el('span', {
      class: `ticks ${item.status}`, 'data-status': item.status, title: tick.label, 'aria-label': tick.label,
    }, tick.symbol) : null);
  const errors = failed ? (item.errors || []).map((e) => el('div', { class: 'error', title: e.details ?? '' },
    el('strong', { text: `${e.code} ${e.title}` }), e.details ? el('div', { class: 'details', text: e.details }) : null)) : [];
  const badges = ['in', 'out'].map((d) => reactions.get(`${item.id}|${d}`)).filter(Boolean);
  // Conversation Routing: another responder (e.g. the AI agent) wrote it, not the app.
  const responder = item.sender === 'other_responder';
  return el('div', {
    class: `row ${item.direction}`, 'data-id': item.id,
  }, el('div', {
    class: `bubble ${item.direction}${failed ? ' failed' : ''}${responder ? ' responder' : ''}`, 'data-type': item.type,
    'data-sender': item.sender,
  },
    responder ? el('div', { class: 'sender',
      text: `Sent by the other responder${item.sender_role ? ` (${item.sender_role})` : ''}` }) : null,
    quoted || quotedId ? el('div', { class: 'quote' },
      el('div', { class: 'quote-author', text: quoteAuthor(quoted) }),
      el('div', { class: 'quote-text', text: quoted ? summary(quoted) : quotedId })) : null,
    content(item, actions),
    m.referral ? el('div', { class: 'referral-note', text: `📣 From ad ${m.referral.source_id}${m.referral.headline ? `: ${m.referral.headline}` : ''}` }) : null,
    errors,
    meta,
    badges.length ? el('div', { class: 'reactions', text: badges.join(' ') }) : null),
  el('div', { class: 'bubble-actions' },
    el('button', { type: 'button', class: 'mini', title: 'Reply quoting this message', onclick: () => actions.replyTo(item) }, '↩'),
    EMOJIS.map((emoji) => el('button', {
      type: 'button', class: 'mini react', 'data-emoji': emoji, title: `React ${emoji} as the user`,
      onclick: () => actions.react(item.id, emoji),
    }, emoji))));
}

function fact(name, value, hint) {
  return [el('dt', { text: name }), el('dd', { title: hint ?? '' }, value)];
}

/** Renders the facts panel for the selected user and the business. */
export function renderFacts(container, user, overview, actions) {
  const nodes = [];
  if (user) {
    nodes.push(fact('Customer service window', user.window_open
      ? el('span', { class: 'ok', text: `open until ${dateTime(user.window_open_until)}` })
      : el('span', { class: 'warn', text: user.window_open_until ? `closed since ${dateTime(user.window_open_until)}` : 'never opened' }),
    'Free-form messages outside the window fail with 131047'));
    let fep = 'none';
    if (user.free_entry_point_open) fep = `open until ${dateTime(user.free_entry_point_until)}`;
    else if (user.free_entry_point_until) fep = `closed since ${dateTime(user.free_entry_point_until)}`;
    else if (user.referral_at) fep = 'opens with a reply within 24 h of the ad message';
    nodes.push(fact('Free entry point', el('span', { class: user.free_entry_point_open ? 'ok' : '', text: fep }),
      'A reply within 24 h of a Click-to-WhatsApp ad message opens 72 h of free messages'));
    if (user.referral_pending) {
      nodes.push(fact('Next message', el('span', { text: `arrives from ad ${user.referral.source_id}` })));
    }
    nodes.push(fact('Marketing messages', el('span', {},
      el('span', { class: user.marketing_opt_out ? 'warn' : 'ok', text: user.marketing_opt_out ? 'opted out (131050)' : 'receives them' }),
      ' ', el('button', {
        type: 'button', class: 'mini', id: 'toggle-marketing',
        onclick: () => actions.marketing(!user.marketing_opt_out),
      }, user.marketing_opt_out ? 'Resume' : 'Stop'))));
    if (user.blocked) nodes.push(fact('Blocked', el('span', { class: 'warn', text: 'the user blocked the business (131026)' })));
    nodes.push(fact('Cost so far (this user)', el('span', { id: 'user-cost', text: user.cost }),
      'Delivered billable messages priced with core\'s CostEstimator (per-message pricing)'));
  }
  if (overview) {
    const limit = overview.messaging_limit;
    nodes.push(fact('Messaging limit', el('span', { id: 'limit-usage', text: `${limit.unique_users} / ${limit.limit ?? '∞'} users in 24 h (${limit.tier})` }),
      'Unique users reached outside their window in a moving 24 h'));
    nodes.push(fact('Cost so far (all users)', el('span', {},
      el('span', { id: 'total-cost', text: overview.cost }),
      el('img', {
        id: 'cost-chart', class: 'cost-chart', alt: `Cost per market and category: ${overview.cost}`,
        src: `/testkit/cost-chart.png?width=320&height=240&cost=${encodeURIComponent(overview.cost)}`,
      }))));
    const w = overview.webhooks;
    let webhookText = w.url ? `${w.delivered} delivered` : 'no webhook URL: webhooks are only recorded';
    if (w.url && w.not_delivered) {
      const reason = w.last_failure ?? (w.last_failure_status === -1 ? 'no answer' : `the app answered ${w.last_failure_status}`);
      webhookText += ` · ${w.not_delivered} not delivered (${reason})`;
    }
    nodes.push(fact('Webhooks to the app', el('span', { id: 'webhook-health', class: w.not_delivered ? 'warn' : '', text: webhookText }),
      w.url ?? ''));
    nodes.push(fact('Business', el('span', { text: `${overview.business.verified_name} · ${overview.business.display_phone_number}` }),
      `phone_number_id ${overview.business.phone_number_id}`));
  }
  container.replaceChildren(...nodes.flat());
}

/** Renders the templates with their review status and review actions. */
export function renderTemplates(container, templates, actions) {
  if (!templates.length) {
    container.replaceChildren(el('p', { class: 'muted hint', text: 'No templates. Start the fake with --templates templates.json, or let the app create some.' }));
    return;
  }
  container.replaceChildren(...templates.map((t) => el('div', { class: 'template', 'data-template': t.name },
    el('div', {},
      el('strong', { text: t.name }), ` ${t.language} · ${t.category} `,
      el('span', { class: `status ${String(t.status).toLowerCase()}`, text: t.status }),
      t.rejected_reason ? el('span', { class: 'muted', text: ` ${t.rejected_reason}` }) : null),
    el('div', { class: 'template-actions' },
      el('button', { type: 'button', class: 'mini', onclick: () => actions.templateStatus(t.id, 'APPROVED') }, 'Approve'),
      el('select', { class: 'reason', 'aria-label': `Rejection reason for ${t.name}` },
        ['INVALID_FORMAT', 'PROMOTIONAL', 'ABUSIVE_CONTENT', 'TAG_CONTENT_MISMATCH', 'SCAM'].map((r) => el('option', { value: r, text: r }))),
      el('button', {
        type: 'button', class: 'mini', onclick: (e) => actions.templateStatus(t.id, 'REJECTED', e.target.previousSibling.value),
      }, 'Reject'),
      el('button', { type: 'button', class: 'mini', onclick: () => actions.templateStatus(t.id, 'PAUSED') }, 'Pause')))));
}
