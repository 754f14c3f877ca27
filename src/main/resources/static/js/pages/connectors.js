// Connectors and deliveries: how each department's system last reached the hub, and each delivery out with its
// status and receipt. Dead letters can be sent again by administrators (the API refuses anyone else).
import { t, el, $, api, header, showError, ready, fmtTime, fmtNumber } from '../app.js';

const account = await header('/connectors.html');
const errorBox = $('#error');
const isAdmin = !account || account.role === 'ADMIN';
const STATUS_CLASS = { COMPLETED: 'ok', DELIVERED: 'ok', DRY_RUN: 'warn', RETRYING: 'warn', PENDING: 'warn',
  SENDING: 'warn', REFUSED: 'bad', FAILED: 'bad', DEAD_LETTER: 'bad' };
const badge = status => status ? el('span', { class: 'badge ' + (STATUS_CLASS[status] || '') }, t('status.' + status)) : '';

async function connectors() {
  const list = await api('/api/connectors');
  const rows = list.filter(c => c.direction === 'inbound').map(c => {
    const b = c.lastBatch;
    const s = c.state || {};
    return el('tr', { dataset: { connector: c.id } },
      el('td', {}, c.name, el('div', { class: 'muted' }, c.id)), el('td', {}, c.departmentName || c.department),
      el('td', {}, c.transports.map(x => el('div', {}, x.split(':')[0]))), el('td', {}, c.format),
      el('td', {}, b ? [badge(b.status), ' ', fmtTime(b.finishedAt)] : el('span', { class: 'muted' }, t('dashboard.never'))),
      el('td', {}, b ? `${fmtNumber(b.received)} = ${fmtNumber(b.accepted)} + ${fmtNumber(b.rejected)} + ${fmtNumber(b.unchanged)}` : ''),
      el('td', {}, s.lastError ? el('span', { class: 'badge bad', title: s.lastError }, t('connectors.failing',
        { n: s.consecutiveFailures ?? 1 })) : '', s.lastError ? el('div', { class: 'muted' }, s.lastError) : ''));
  });
  $('#connectors').replaceChildren(el('table', { id: 'connector-table' }, el('thead', {}, el('tr', {},
    ['connectors.name', 'connectors.department', 'connectors.transport', 'connectors.format', 'connectors.lastBatch',
      'connectors.counts', 'connectors.errors'].map(k => el('th', {}, t(k))))), el('tbody', {}, rows)),
  el('p', { class: 'muted' }, t('connectors.countsHelp')));
}

async function deliveries() {
  const status = $('#d-status').value;
  const list = await api('/api/deliveries?size=100' + (status ? '&status=' + status : ''));
  const rows = list.map(d => el('tr', { dataset: { delivery: d.id } },
    el('td', {}, d.connectorId || d.connector || ''), el('td', {}, d.division || ''), el('td', {}, d.period || ''),
    el('td', {}, badge(d.status)), el('td', {}, fmtNumber(d.rowCount)), el('td', {}, `${d.attempts ?? 0}/${d.maxAttempts ?? ''}`),
    el('td', {}, fmtTime(d.createdAt || d.updatedAt)), el('td', { class: 'muted' }, d.lastError || d.responseStatus || ''),
    el('td', {}, d.status === 'DEAD_LETTER' && isAdmin ? el('button', { type: 'button', class: 'resend', onclick: async e => {
      e.target.disabled = true;
      try {
        await api(`/api/deliveries/${encodeURIComponent(d.id)}/resend`, { method: 'POST' });
        await deliveries();
      } catch (ex) {
        showError(errorBox, ex);
        e.target.disabled = false;
      }
    } }, t('connectors.resend')) : '')));
  $('#deliveries').replaceChildren(list.length ? el('table', { id: 'delivery-table' }, el('thead', {}, el('tr', {},
    ['connectors.connector', 'connectors.division', 'connectors.period', 'connectors.status', 'connectors.rows',
      'connectors.attempts', 'connectors.time', 'connectors.answer', ''].map(k => el('th', {}, k ? t(k) : '')))),
  el('tbody', {}, rows)) : el('p', { class: 'muted' }, t('connectors.noDeliveries')));
}

for (const s of ['PENDING', 'SENDING', 'RETRYING', 'DELIVERED', 'DEAD_LETTER', 'FAILED']) {
  $('#d-status').append(el('option', { value: s }, t('status.' + s)));
}
$('#d-status').addEventListener('change', () => deliveries().catch(e => showError(errorBox, e)));
const results = await Promise.allSettled([connectors(), deliveries()]);
for (const r of results) if (r.status === 'rejected') showError(errorBox, r.reason);
ready();
