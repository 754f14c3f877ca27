// The case board: overdue cases first (the API orders them), filters by division, department, ledger, step and
// deadline; each case opens its page with the history and the next steps.
import { t, el, $, api, header, showError, ready, fmtTime, pager, scopeDivision } from '../app.js';

await header('/cases.html');
const errorBox = $('#error');
let page = 0;

async function fillFilters() {
  const scope = await scopeDivision().catch(() => null);
  const [listing, workflow, byDept] = await Promise.all([
    api('/api/divisions' + (scope ? '?under=' + encodeURIComponent(scope) : '')), api('/api/workflow'),
    api('/api/cases/stats?by=department' + (scope ? '&division=' + encodeURIComponent(scope) : ''))]);
  // the account's own area only: the listing also names its ancestors, which are not choices
  for (const d of listing.divisions.filter(d => (d.level === 'town' || d.level === 'village')
    && (!scope || d.code.startsWith(scope)))) {
    $('#f-division').append(el('option', { value: d.code }, (d.level === 'village' ? '　' : '') + d.name));
  }
  for (const s of workflow.steps) $('#f-step').append(el('option', { value: s.code }, s.name));
  for (const r of byDept.rows) $('#f-department').append(el('option', { value: r.key }, r.name || r.key));
}

async function load() {
  errorBox.replaceChildren();
  const q = new URLSearchParams({ page, size: 25 });
  for (const [id, name] of [['#f-division', 'division'], ['#f-department', 'department'], ['#f-ledger', 'ledger'],
    ['#f-step', 'step'], ['#f-overdue', 'overdue']]) {
    if ($(id).value) q.set(name, $(id).value);
  }
  try {
    const p = await api('/api/cases?' + q);
    const rows = p.content.map(c => el('tr', { class: c.overdue ? 'overdue' : null, dataset: { caseId: c.id } },
      el('td', {}, el('a', { href: '/case.html?id=' + c.id, class: 'case-link' }, '#' + c.id)),
      el('td', {}, el('a', { href: '/case.html?id=' + c.id }, c.title)),
      el('td', {}, c.matterName), el('td', {}, c.ledgerName || c.ledger), el('td', {}, c.divisionName || ''),
      el('td', {}, c.departmentName), el('td', {}, c.stepName),
      el('td', {}, fmtTime(c.receivedAt)),
      el('td', {}, fmtTime(c.deadline), ' ', c.overdue ? el('span', { class: 'badge bad' }, t('cases.overdue')) : '')));
    $('#board').replaceChildren(el('p', { class: 'muted', id: 'case-count' }, t('cases.found', { n: p.totalElements })),
      el('table', { id: 'case-table' }, el('thead', {}, el('tr', {}, ['cases.id', 'cases.caseTitle', 'cases.matter',
        'cases.ledger', 'cases.division', 'cases.department', 'cases.step', 'cases.received', 'cases.deadline']
        .map(k => el('th', {}, t(k))))), el('tbody', {}, rows)),
      pager(p.page, p.size, p.totalElements, n => { page = n; load(); }));
  } catch (e) {
    showError(errorBox, e);
  }
}

$('#filters').addEventListener('submit', e => { e.preventDefault(); page = 0; load(); });
try {
  await fillFilters();
} catch (e) {
  showError(errorBox, e);
}
await load();
ready();
