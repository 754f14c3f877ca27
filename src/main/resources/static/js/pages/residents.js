// Residents: search the unified view by name, citizen ID, division (tree: district → street → community → grid) and
// data-list item. The tree and the results come from the API, which limits both to the account's scope.
import { t, el, $, api, header, showError, ready, pager, param, scopeDivision } from '../app.js';

await header('/residents.html');
const errorBox = $('#error');
const state = { division: null, divisionName: null, grid: null, page: 0 };

async function loadTree() {
  const scope = await scopeDivision().catch(() => null);
  const listing = await api('/api/divisions' + (scope ? '?under=' + encodeURIComponent(scope) : ''));
  const children = new Map();
  for (const d of listing.divisions) {
    if (!children.has(d.parentCode)) children.set(d.parentCode, []);
    children.get(d.parentCode).push(d);
  }
  const grids = new Map();
  for (const g of listing.grids) {
    if (!grids.has(g.communityCode)) grids.set(g.communityCode, []);
    grids.get(g.communityCode).push(g);
  }
  // the tree starts at the account's own division, else at each district (county) loaded
  const scopeNode = scope && listing.divisions.find(d => d.code.startsWith(scope) && !listing.divisions
    .some(o => o !== d && o.code.startsWith(scope) && d.parentCode === o.code));
  const roots = scopeNode ? [scopeNode] : listing.divisions.filter(d => d.level === 'county');
  if (scopeNode) {
    // a scoped account searches its own area unless it picks a part of it
    state.division = scope;
    state.divisionName = scopeNode.name;
  }
  const link = (code, name, kind) => el('a', { href: '#', dataset: { code, kind }, onclick: e => {
    e.preventDefault();
    document.querySelectorAll('#tree a.selected').forEach(a => a.classList.remove('selected'));
    e.target.classList.add('selected');
    state.division = kind === 'grid' ? null : code;
    state.grid = kind === 'grid' ? code : null;
    state.divisionName = name;
    state.page = 0;
    search();
  } }, name);
  const node = (d, open) => {
    const kids = (children.get(d.code) || []);
    const gridKids = grids.get(d.code) || [];
    if (!kids.length && !gridKids.length) return el('li', {}, link(d.code, d.name, 'division'));
    return el('li', {}, el('details', { open },
      el('summary', {}, link(d.code, d.name, 'division')),
      el('ul', { class: 'tree' }, kids.map(k => node(k, false)),
        gridKids.map(g => el('li', {}, link(g.code, g.name, 'grid'))))));
  };
  $('#tree').replaceChildren(el('ul', { class: 'tree' }, roots.map(r => node(r, true))));
}

async function loadItems() {
  const items = await api('/api/data-list/items');
  $('#q-item').append(...items.filter(i => !i.code.startsWith('case.'))
    .map(i => el('option', { value: i.code }, `${i.name}（${i.code}）`)));
}

async function search() {
  errorBox.replaceChildren();
  $('#q-division').textContent = state.divisionName ? t('residents.in', { name: state.divisionName }) : t('residents.everywhere');
  const q = new URLSearchParams({ page: state.page, size: 20 });
  const name = $('#q-name').value.trim();
  if (name) q.set('name', name);
  if (state.division) q.set('division', state.division);
  if (state.grid) q.set('grid', state.grid);
  const item = $('#q-item').value;
  if (item) q.set('item', item);
  const value = $('#q-value').value.trim();
  if (item && value) q.set('value', value);
  try {
    const page = await api('/api/residents?' + q);
    render(page);
  } catch (e) {
    showError(errorBox, e);
  }
}

function residentLink(r) {
  return r.idNumber && !r.idNumber.includes('*') ? '/resident.html?id=' + encodeURIComponent(r.idNumber)
    : '/resident.html?resident=' + encodeURIComponent(r.residentId);
}

function render(page) {
  const rows = page.content.map(r => el('tr', {},
    el('td', {}, el('a', { href: residentLink(r), class: 'resident-link' }, r.name || '')),
    el('td', {}, r.idNumber || ''), el('td', {}, r.gender === '1' ? t('gender.1') : r.gender === '2' ? t('gender.2') : (r.gender || '')),
    el('td', {}, r.birthDate || ''), el('td', {}, r.communityName || r.communityCode || ''), el('td', {}, r.gridName || '')));
  $('#results').replaceChildren(
    el('p', { class: 'muted', id: 'result-count' }, t('residents.found', { n: page.totalElements })),
    el('table', { id: 'result-table' }, el('thead', {}, el('tr', {},
      ['residents.name', 'residents.idNumber', 'residents.gender', 'residents.birthDate', 'residents.community',
        'residents.grid'].map(k => el('th', {}, t(k))))), el('tbody', {}, rows)),
    pager(page.page, page.size, page.totalElements, n => { state.page = n; search(); }));
}

$('#search').addEventListener('submit', e => {
  e.preventDefault();
  const id = $('#q-id').value.replace(/\s/g, '');
  if (id) {
    location.href = '/resident.html?id=' + encodeURIComponent(id);
    return;
  }
  state.page = 0;
  search();
});

try {
  await Promise.all([loadTree(), loadItems()]);
  if (param('name')) $('#q-name').value = param('name');
  await search();
} catch (e) {
  showError(errorBox, e);
}
ready();
