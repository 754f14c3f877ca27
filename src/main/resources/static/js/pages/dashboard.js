// The leaders' picture, each chart scoped to the account by the API it reads: residents per community, how fresh
// each department's data is, cases per department and per street (received, closed, satisfaction), overdue trend.
// ECharts comes from its WebJar (/webjars/echarts/…), loaded by the page before this module runs.
import { t, el, $, api, header, showError, ready, fmtTime, scopeDivision } from '../app.js';

await header('/dashboard.html');
const scope = await scopeDivision().catch(() => null);
const inScope = (sep) => scope ? sep + 'division=' + encodeURIComponent(scope) : '';
const errorBox = $('#error');

// ECharts tooltips are HTML: names from the hub are escaped before they go in
const escape = text => String(text ?? '').replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

function draw(id, option, points) {
  const box = $('#' + id);
  if (!points) {
    box.replaceChildren(el('p', { class: 'muted' }, t('dashboard.empty')));
    box.dataset.points = '0';
    return;
  }
  const chart = echarts.init(box);
  chart.setOption({ animation: false, grid: { left: 8, right: 40, top: 36, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' }, ...option });
  box.dataset.points = String(points);
  window.addEventListener('resize', () => chart.resize());
}

async function residents() {
  const rows = await api('/api/dashboard/residents-per-community' + inScope('?'));
  // one bar per community, however many the account's area has: the chart grows instead of squeezing labels
  $('#chart-residents').style.height = Math.max(320, rows.length * 20 + 60) + 'px';
  draw('chart-residents', {
    xAxis: { type: 'value' }, yAxis: { type: 'category', inverse: true, data: rows.map(r => r.communityName),
      axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', name: t('dashboard.residentCount'), data: rows.map(r => r.residents), label: { show: true, position: 'right' } }]
  }, rows.length);
}

async function freshness() {
  const connectors = (await api('/api/connectors')).filter(c => c.direction === 'inbound');
  const now = Date.now();
  const age = c => c.lastBatch?.finishedAt ? Math.max(0, now - new Date(c.lastBatch.finishedAt)) : null;
  const oldest = Math.max(0, ...connectors.map(c => age(c) ?? 0));
  // minutes while every department is fresher than two hours, hours after that
  const [unit, unitKey] = oldest < 7200000 ? [60000, 'dashboard.minutesAgo'] : [3600000, 'dashboard.hoursAgo'];
  draw('chart-freshness', {
    tooltip: { trigger: 'axis', formatter: ps => ps.map(p => `${escape(p.name)}<br>${escape(t('dashboard.lastBatch'))}: ${
      escape(fmtTime(connectors[p.dataIndex].lastBatch?.finishedAt) || t('dashboard.never'))}`).join('') },
    xAxis: { type: 'value', name: t(unitKey) },
    yAxis: { type: 'category', inverse: true, data: connectors.map(c => c.name),
      axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ type: 'bar', name: t(unitKey), label: { show: true, position: 'right' }, data: connectors.map(c => {
      const a = age(c);
      return a === null ? { value: 0, label: { formatter: t('dashboard.never') } } : Number((a / unit).toFixed(1));
    }) }]
  }, connectors.length);
}

function caseOption(report) {
  const names = report.rows.map(r => r.name || r.key);
  return {
    legend: { top: 0 },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 5 ? 30 : 0 } },
    yAxis: [{ type: 'value', name: t('dashboard.cases') }, { type: 'value', name: '%', min: 0, max: 100 }],
    series: [
      { type: 'bar', name: t('stats.received'), data: report.rows.map(r => r.received) },
      { type: 'bar', name: t('stats.closed'), data: report.rows.map(r => r.closed) },
      { type: 'line', name: t('stats.satisfaction'), yAxisIndex: 1, data: report.rows.map(r => r.satisfactionRate) }]
  };
}

async function byDepartment() {
  const report = await api('/api/cases/stats?by=department' + inScope('&'));
  draw('chart-department', caseOption(report), report.rows.length);
}

async function byStreet() {
  const level = scope && scope.length >= 9 ? 'village' : 'town';
  const report = await api(`/api/cases/stats?by=division&level=${level}` + inScope('&'));
  draw('chart-street', caseOption(report), report.rows.length);
}

async function overdueTrend() {
  const points = await api('/api/dashboard/overdue-trend?weeks=12' + inScope('&'));
  draw('chart-overdue', {
    legend: { top: 0 },
    xAxis: { type: 'category', data: points.map(p => p.weekEnding) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'line', name: t('dashboard.overdue'), data: points.map(p => p.overdue), areaStyle: { opacity: .15 },
      itemStyle: { color: '#cf222e' } }, { type: 'line', name: t('dashboard.open'), data: points.map(p => p.open) }]
  }, points.length);
}

const results = await Promise.allSettled([residents(), freshness(), byDepartment(), byStreet(), overdueTrend()]);
for (const r of results) if (r.status === 'rejected') showError(errorBox, r.reason);
ready();
