// One resident: every item with its value, source (connector, batch, row) and time; disagreements between sources;
// the household's members; the resident's cases. Masked items (the power list withholds them) are shown as masked.
import { t, el, $, api, header, showError, ready, fmtTime, param } from '../app.js';

await header('/residents.html');
const box = $('#resident');
const errorBox = $('#error');

const valueCell = (item, value, display) => {
  if (item.masked) return el('td', { class: 'masked' }, value ?? '', ' ', el('span', { class: 'badge' }, t('resident.masked')));
  return el('td', {}, display && display !== value ? `${display}（${value}）` : (value ?? ''));
};

function itemsTable(view, connectorName) {
  const rows = [];
  for (const i of view.items) {
    const s = i.source || {};
    const conflicted = i.otherSources && i.otherSources.length;
    rows.push(el('tr', { class: conflicted ? 'conflict' : null, dataset: { item: i.code } },
      el('td', {}, i.name, el('div', { class: 'muted' }, i.code)), valueCell(i, i.value, i.display),
      el('td', {}, connectorName(s.connector)), el('td', {}, fmtTime(s.recordedAt)),
      el('td', { class: 'muted' }, s.batchId ? `${s.batchId.slice(0, 8)}… ${t('resident.rowN', { row: s.row ?? '–' })}` : ''),
      el('td', {}, i.history && i.history.length ? el('details', {}, el('summary', {}, t('resident.earlier', { n: i.history.length })),
        el('ul', {}, i.history.map(h => el('li', {}, `${h.value ?? ''} · ${connectorName(h.connector)} · ${fmtTime(h.recordedAt)}`))))
        : '')));
  }
  return el('table', { id: 'items' }, el('thead', {}, el('tr', {}, ['resident.item', 'resident.value', 'resident.source',
    'resident.time', 'resident.batch', 'resident.history'].map(k => el('th', {}, t(k))))), el('tbody', {}, rows));
}

function conflictsCard(view, connectorName) {
  const conflicted = view.items.filter(i => i.otherSources && i.otherSources.length);
  const card = el('div', { class: 'card', id: 'conflicts' }, el('h2', {}, t('resident.conflicts')));
  if (!conflicted.length) return card.appendChild(el('p', { class: 'muted' }, t('resident.noConflicts'))).parentNode;
  card.append(el('table', {}, el('thead', {}, el('tr', {}, ['resident.item', 'resident.shown', 'resident.others']
    .map(k => el('th', {}, t(k))))), el('tbody', {}, conflicted.map(i => el('tr', {},
    el('td', {}, i.name), el('td', {}, `${i.display || i.value || ''} · ${connectorName(i.source?.connector)}`),
    el('td', {}, i.otherSources.map(o => el('div', {}, `${o.value ?? ''} · ${connectorName(o.connector)} · ${fmtTime(o.recordedAt)}`))))))));
  return card;
}

async function householdCard(view) {
  const card = el('div', { class: 'card', id: 'household' }, el('h2', {}, t('resident.household')));
  const number = view.items.find(i => i.code === 'household.number');
  const community = view.items.find(i => i.code === 'person.community_code');
  if (!number || !number.value || number.masked) {
    card.append(el('p', { class: 'muted' }, t('resident.noHousehold')));
    return card;
  }
  const q = new URLSearchParams({ item: 'household.number', value: number.value, size: 50 });
  if (community && community.value && !community.masked) q.set('division', community.value);
  const page = await api('/api/residents?' + q);
  card.append(el('p', { class: 'muted' }, t('resident.householdNumber', { number: number.value })),
    el('ul', {}, page.content.map(m => el('li', {}, m.idNumber === view.idNumber ? el('b', {}, m.name)
      : el('a', { href: '/resident.html?id=' + encodeURIComponent(m.idNumber) }, m.name), ' ', el('span', { class: 'muted' }, m.idNumber)))));
  return card;
}

async function casesCard(id) {
  const card = el('div', { class: 'card', id: 'resident-cases' }, el('h2', {}, t('resident.cases')));
  const cases = await api(`/api/residents/${encodeURIComponent(id)}/cases`);
  if (!cases.length) {
    card.append(el('p', { class: 'muted' }, t('resident.noCases')));
    return card;
  }
  card.append(el('table', {}, el('tbody', {}, cases.map(c => el('tr', { class: c.overdue ? 'overdue' : null },
    el('td', {}, el('a', { href: '/case.html?id=' + c.id }, '#' + c.id + ' ' + c.title)), el('td', {}, c.matterName),
    el('td', {}, c.stepName), el('td', {}, fmtTime(c.receivedAt)))))));
  return card;
}

try {
  const id = param('id');
  if (!id) throw new Error(t(param('resident') ? 'resident.maskedId' : 'resident.noId'));
  const [view, connectors] = await Promise.all([api('/api/residents/' + encodeURIComponent(id)),
    api('/api/connectors').catch(() => [])]);
  const names = new Map(connectors.map(c => [c.id, c.departmentName ? `${c.departmentName}·${c.name}` : c.name]));
  const connectorName = code => names.get(code) || code || '';
  document.title = `${view.name} · ${t('app.name')}`;
  box.append(el('h1', {}, view.name, ' ', el('span', { class: 'muted', id: 'id-number' }, view.idNumber)),
    el('p', { class: 'muted' }, t('resident.facts', { version: view.version, created: fmtTime(view.createdAt),
      updated: fmtTime(view.updatedAt) })),
    el('div', { class: 'card' }, el('h2', {}, t('resident.items')), itemsTable(view, connectorName)),
    conflictsCard(view, connectorName));
  const [household, cases] = await Promise.all([householdCard(view), casesCard(view.idNumber && !view.idNumber.includes('*')
    ? view.idNumber : id)]);
  box.append(el('div', { class: 'grid2' }, household, cases));
} catch (e) {
  showError(errorBox, e);
}
ready();
