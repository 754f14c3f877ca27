// Home: who is signed in, the scope the power list gives them, and the figures of their area at a glance.
import { t, el, $, api, header, showError, ready, fmtNumber } from '../app.js';

const account = await header('/');
const facts = $('#facts');
const fact = (key, value) => facts.append(el('dt', {}, t(key)), el('dd', {}, value ?? '–'));
if (account) {
  fact('home.username', account.username);
  fact('home.displayName', account.displayName);
  fact('home.role', t('role.' + account.role));
  fact('home.scope', `${account.scope?.name || ''}（${account.scope?.division || t('home.everywhere')}）`);
  if (account.department) fact('home.department', account.department);
  fact('home.writable', (account.writableConnectors || []).join('、') || t('home.none'));
} else {
  facts.append(el('dd', { class: 'muted' }, t('home.noSignIn')));
}
try {
  const division = account?.scope?.division;
  const q = division ? '&division=' + encodeURIComponent(division) : '';
  const stats = await api('/api/cases/stats?by=department' + q);
  const total = stats.total || {};
  const figure = (key, value, cls) => el('div', { class: 'figure ' + (cls || '') }, el('b', {}, fmtNumber(value)), t(key));
  $('#case-figures').append(figure('stats.received', total.received), figure('stats.closed', total.closed, 'ok'),
    figure('stats.overdue', total.overdue, total.overdue ? 'bad' : ''));
} catch (e) {
  showError($('#error'), e);
}
ready();
