// 一表通 upload: pick a connector this account may write, drop an XLSX or CSV; the file goes up with XMLHttpRequest so
// the bar shows the bytes sent, then a "checking" phase while the hub reads and checks every row (the page stays
// responsive: the browser never parses the file). Then the batch report, rejected rows and the correction file.
import { t, el, $, api, header, showError, ready, fmtNumber, fmtTime, writeHeaders, pager, ApiError } from '../app.js';

const account = await header('/upload.html');
const select = $('#connector');
const errorBox = $('#error');
let connectors = [];
let outbound = [];
try {
  const all = await api('/api/connectors');
  outbound = all.filter(c => c.direction === 'outbound');
  connectors = all.filter(c => c.direction === 'inbound' && c.transports.includes('upload'));
  if (account && Array.isArray(account.writableConnectors)) {
    connectors = connectors.filter(c => account.writableConnectors.includes(c.id));
  }
} catch (e) {
  showError(errorBox, e);
}
for (const c of connectors) select.append(el('option', { value: c.id }, `${c.name}（${c.departmentName || c.department}）`));
if (connectors.some(c => c.id === 'street-roster')) select.value = 'street-roster';
if (!connectors.length) errorBox.append(el('div', { class: 'notice' }, t('upload.noConnector')));

const noteFor = () => {
  const c = connectors.find(x => x.id === select.value);
  $('#connector-note').textContent = c ? t('upload.connectorNote', { format: c.format, file: c.file || c.id }) : '';
};
select.addEventListener('change', noteFor);
noteFor();

const drop = $('#drop');
const input = $('#file');
$('#choose').addEventListener('click', e => { e.stopPropagation(); input.click(); });
drop.addEventListener('click', () => input.click());
drop.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') input.click(); });
drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', e => {
  e.preventDefault();
  drop.classList.remove('over');
  if (e.dataTransfer.files.length) send(e.dataTransfer.files[0]);
});
input.addEventListener('change', () => { if (input.files.length) send(input.files[0]); input.value = ''; });

const mb = n => (n / 1048576).toFixed(1);

function send(file) {
  errorBox.replaceChildren();
  $('#report').replaceChildren();
  if (!/\.(xlsx|csv)$/i.test(file.name)) {
    errorBox.append(el('div', { class: 'error', role: 'alert' }, t('upload.wrongType', { name: file.name })));
    return;
  }
  if (!select.value) return;
  const bar = $('#progress');
  const phase = $('#phase');
  $('#progress-box').hidden = false;
  bar.value = 0;
  phase.textContent = t('upload.sending', { name: file.name, percent: 0, sent: '0.0', size: mb(file.size) });
  drop.setAttribute('aria-busy', 'true');
  // the phases the user saw, in order (sending → checking → done), kept on the page for the browser tests
  const phases = ['sending'];
  const enter = name => { phases.push(name); document.body.dataset.phase = name; document.body.dataset.phases = phases.join(' '); };
  document.body.dataset.phases = 'sending';
  const started = Date.now();
  let ticker = null;
  const form = new FormData();
  form.append('file', file);
  const xhr = new XMLHttpRequest();
  xhr.open('POST', `/api/uploads?connector=${encodeURIComponent(select.value)}&dryRun=${$('#dry-run').checked}`);
  for (const [k, v] of Object.entries(writeHeaders({ Accept: 'application/json' }))) xhr.setRequestHeader(k, v);
  xhr.upload.onprogress = e => {
    if (!e.lengthComputable) return;
    const percent = Math.round(e.loaded * 100 / e.total);
    bar.value = percent;
    phase.textContent = t('upload.sending', { name: file.name, percent, sent: mb(e.loaded), size: mb(e.total) });
  };
  xhr.upload.onload = () => {
    // bytes are all sent; the hub now reads and checks row by row: an indeterminate bar with the time so far
    bar.removeAttribute('value');
    enter('checking');
    const tick = () => { phase.textContent = t('upload.checking', { seconds: Math.round((Date.now() - started) / 1000) }); };
    tick();
    ticker = setInterval(tick, 1000);
  };
  const finish = () => { clearInterval(ticker); drop.removeAttribute('aria-busy'); };
  xhr.onerror = () => {
    finish();
    $('#progress-box').hidden = true;
    errorBox.append(el('div', { class: 'error', role: 'alert' }, t('upload.network')));
  };
  xhr.onload = () => {
    finish();
    bar.value = 100;
    if (xhr.status === 401) { location.href = '/login.html?next=/upload.html'; return; }
    let data = null;
    try { data = JSON.parse(xhr.responseText); } catch (e) { /* not JSON: shown as a plain error below */ }
    phase.textContent = t('upload.done', { seconds: ((Date.now() - started) / 1000).toFixed(1) });
    enter('done');
    if (xhr.status >= 200 && xhr.status < 300) {
      renderReport(data);
    } else {
      showError(errorBox, new ApiError(xhr.status, data || { detail: xhr.statusText }));
      if (data && data.report) renderReport(data.report);
    }
  };
  xhr.send(form);
}

const STATUS_CLASS = { COMPLETED: 'ok', DRY_RUN: 'warn', REFUSED: 'bad', FAILED: 'bad' };

function renderReport(r) {
  const box = $('#report');
  const figure = (key, value, cls) => el('div', { class: 'figure ' + (cls || ''), id: 'fig-' + key.split('.')[1] },
    el('b', {}, fmtNumber(value)), t(key));
  const card = el('div', { class: 'card', id: 'batch-report', dataset: { batchId: r.batchId } },
    el('h2', {}, t('report.title'), ' ', el('span', { class: 'badge ' + (STATUS_CLASS[r.status] || ''), id: 'status' },
      t('status.' + r.status))),
    el('p', {}, r.message),
    el('div', { class: 'figures' },
      figure('report.received', r.received), figure('report.accepted', r.accepted, 'ok'),
      figure('report.rejected', r.rejected, r.rejected ? 'bad' : ''), figure('report.unchanged', r.unchanged),
      figure('report.warnings', r.warnings, r.warnings ? 'warn' : '')),
    el('p', { class: 'muted' }, t('report.facts', { file: r.fileName || '', format: r.format || '', batch: r.batchId,
      time: fmtTime(r.finishedAt) })));
  box.replaceChildren(card);
  if (r.cellsSaved) {
    card.append(el('div', { class: 'notice', id: 'cells-saved' }, el('b', {}, t('report.feeds') + ' '), r.cellsSaved));
  } else if (r.status === 'DRY_RUN' && outbound.length) {
    card.append(el('div', { class: 'notice', id: 'cells-saved' }, t('report.wouldFeed', {
      departments: [...new Set(outbound.map(c => c.departmentName || c.department))].join('、') })));
  }
  if (r.rejected > 0 && r.correctionFileUrl) {
    card.append(el('p', {}, el('a', { class: 'button primary', id: 'correction-file', href: r.correctionFileUrl,
      download: '' }, t('report.correctionFile')), ' ', el('span', { class: 'muted' }, t('report.correctionHelp'))));
  }
  if (r.rejected > 0) {
    const table = el('div', { id: 'rejections' });
    box.append(el('div', { class: 'card' }, el('h2', {}, t('report.rejectedRows')), table));
    loadRejections(r.batchId, 0, table);
  }
  if (r.warningDetails && r.warningDetails.length) {
    box.append(el('div', { class: 'card' }, el('h2', {}, t('report.warningRows')), issueTable(r.warningDetails)));
  }
}

function issueTable(items) {
  return el('table', {},
    el('thead', {}, el('tr', {}, ['report.row', 'report.column', 'report.value', 'report.reason'].map(k => el('th', {}, t(k))))),
    el('tbody', {}, items.map(i => el('tr', {}, el('td', {}, i.row ?? ''), el('td', {}, i.column ?? ''),
      el('td', {}, i.value ?? ''), el('td', {}, i.reason ?? '')))));
}

async function loadRejections(batchId, page, box) {
  const size = 50;
  try {
    const p = await api(`/api/batches/${encodeURIComponent(batchId)}/rejections?page=${page}&size=${size}`);
    box.replaceChildren(issueTable(p.rejections), pager(p.page, p.size, p.total, n => loadRejections(batchId, n, box)));
  } catch (e) {
    showError(box, e);
  }
}
ready();
