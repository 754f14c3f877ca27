// One case: what was reported, where, by when; its history; and the steps the workflow allows now, as buttons.
// A move asks for who acts, in which role (the roles the workflow allows for that move), a comment and, at the
// survey, the resident's verdict; the hub checks the move again and answers in Chinese if it refuses.
import { t, el, $, api, header, showError, ready, fmtTime, param } from '../app.js';

const account = await header('/cases.html');
const box = $('#case');
const errorBox = $('#error');
const id = param('id');
let workflow;

function facts(c) {
  const row = (key, value) => [el('dt', {}, t(key)), el('dd', {}, value ?? '–')];
  return el('dl', { class: 'facts' },
    row('case.matter', `${c.matterName}（${c.matter}）`), row('case.ledger', c.ledgerName || c.ledger),
    row('case.channel', c.channel + (c.externalRef ? ` · ${c.externalRef}` : '')),
    row('case.division', c.divisionName || c.divisionCode), row('case.address', c.address),
    row('case.department', `${c.departmentName}（${c.level || ''}）`),
    row('case.received', fmtTime(c.receivedAt)),
    row('case.deadline', [fmtTime(c.deadline), ' ', c.overdue ? el('span', { class: 'badge bad' }, t('cases.overdue')) : '']),
    row('case.closed', fmtTime(c.closedAt)), row('case.verdict', c.verdictName),
    row('case.reporter', c.reporter ? [c.reporter.name, c.reporter.phone].filter(Boolean).join(' · ') : null),
    row('case.description', c.description));
}

function history(c) {
  const stepName = code => workflow.steps.find(s => s.code === code)?.name || code;
  return el('ul', { class: 'timeline', id: 'history' }, c.history.map(h => el('li', {},
    el('b', {}, fmtTime(h.at)), ' ',
    h.kind === 'transition' ? t('case.moved', { from: stepName(h.fromStep), to: stepName(h.toStep) }) : t('case.kind.' + h.kind),
    h.actor ? ` · ${h.actor}` : '', h.role ? `（${workflow.roles.find(r => r.code === h.role)?.name || h.role}）` : '',
    h.comment ? el('div', { class: 'muted' }, h.comment) : '', h.department ? el('div', { class: 'muted' }, h.department) : '')));
}

function nextSteps(c) {
  const moves = workflow.transitions.filter(m => m.from === c.step);
  const card = el('div', { class: 'card', id: 'next-steps' }, el('h2', {}, t('case.next')));
  if (!moves.length) return card.appendChild(el('p', { class: 'muted' }, t('case.noNext'))).parentNode;
  const form = el('div', { id: 'move-form' });
  card.append(el('div', { class: 'steps' }, moves.map(m => el('button', { type: 'button', class: 'primary step-button',
    dataset: { to: m.to }, onclick: () => moveForm(c, m, form) }, workflow.steps.find(s => s.code === m.to)?.name || m.to))), form);
  return card;
}

function moveForm(c, move, holder) {
  const named = (list, code) => list.find(x => x.code === code)?.name || code;
  const role = el('select', { id: 'move-role' }, move.roles.map(r => el('option', { value: r }, named(workflow.roles, r))));
  const actor = el('input', { type: 'text', id: 'move-actor', value: account?.displayName || account?.username || '', required: true });
  const comment = el('textarea', { id: 'move-comment', rows: 2, cols: 50 });
  const verdict = move.verdicts.length ? el('select', { id: 'move-verdict' },
    move.verdicts.map(v => el('option', { value: v }, named(workflow.verdicts, v)))) : null;
  const err = el('div');
  const submit = el('button', { type: 'submit', class: 'primary', id: 'move-submit' }, t('case.confirm', { step: named(workflow.steps, move.to) }));
  const form = el('form', { class: 'card' },
    el('div', { class: 'row' }, el('label', {}, t('case.actor'), actor), el('label', {}, t('case.role'), role),
      verdict ? el('label', {}, t('case.verdictField'), verdict) : ''),
    el('p', {}, el('label', {}, t(move.commentRequired ? 'case.commentRequired' : 'case.comment'), comment)), err, submit);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    submit.disabled = true;
    try {
      await api(`/api/cases/${c.id}/transitions`, { method: 'POST', body: { to: move.to, actor: actor.value,
        role: role.value, comment: comment.value || null, verdict: verdict ? verdict.value : null } });
      await render();
    } catch (ex) {
      showError(err, ex);
      submit.disabled = false;
    }
  });
  holder.replaceChildren(form);
}

async function render() {
  const c = await api('/api/cases/' + encodeURIComponent(id));
  document.body.dataset.step = c.step;
  document.title = `#${c.id} ${c.title} · ${t('app.name')}`;
  box.replaceChildren(
    el('h1', {}, `#${c.id} ${c.title} `, el('span', { class: 'badge ' + (c.overdue ? 'bad' : ''), id: 'step' }, c.stepName)),
    el('div', { class: 'grid2' }, el('div', { class: 'card' }, facts(c)),
      el('div', {}, nextSteps(c), el('div', { class: 'card' }, el('h2', {}, t('case.history')), history(c)))));
}

try {
  if (!id) throw new Error(t('case.noId'));
  workflow = await api('/api/workflow');
  await render();
} catch (e) {
  showError(errorBox, e);
}
ready();
