// Shared by every page: the language toggle, calls to the hub's API (session cookie, CSRF header, problem details),
// the header with the signed-in account, and small DOM helpers. Pages show only what the API returns to this account.
import { messages } from './i18n.js';

export const lang = () => localStorage.getItem('lang') === 'en' ? 'en' : 'zh';

/** The text for a dictionary key in the chosen language; {name} placeholders filled from vars. */
export function t(key, vars = {}) {
  const entry = messages[key];
  const text = entry ? entry[lang() === 'en' ? 1 : 0] : key;
  return text.replace(/\{(\w+)\}/g, (m, k) => (vars[k] ?? m));
}

/** Fills every [data-i18n] element (and data-i18n-placeholder inputs) under root. */
export function translate(root = document) {
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  root.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = t(e.dataset.i18n); });
  root.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = t(e.dataset.i18nPlaceholder); });
  const title = document.querySelector('title[data-i18n]');
  if (title) document.title = t(title.dataset.i18n) + ' · ' + t('app.name');
}

/** Switches language and reloads, so every page renders its data once, in one language. */
export function toggleLanguage() {
  localStorage.setItem('lang', lang() === 'en' ? 'zh' : 'en');
  location.reload();
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || {};
  }
}

/** The CSRF token Spring Security keeps in a cookie readable by scripts; sent back as a header on every write. */
export function csrfToken() {
  const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : null;
}

export function writeHeaders(headers = {}) {
  const token = csrfToken();
  return token ? { ...headers, 'X-XSRF-TOKEN': token } : headers;
}

function toLogin() {
  location.href = '/login.html?next=' + encodeURIComponent(location.pathname + location.search);
}

/** Calls the API; JSON in and out. An error answer becomes an ApiError carrying the problem details. */
export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json', ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') init.headers = writeHeaders(init.headers);
  const res = await fetch(path, init);
  if (res.status === 401) {
    toLogin();
    throw new ApiError(401, { detail: t('error.signedOut') });
  }
  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) throw new ApiError(res.status, data);
  return data;
}

let meCache;
/** The signed-in account (GET /api/me), or null when the hub runs without sign-in. */
export function me() {
  if (!meCache) {
    meCache = api('/api/me').catch(e => {
      if (e.status === 404) return null;
      throw e;
    });
  }
  return meCache;
}

/** A division code's significant prefix (510112001000 → 510112001), as the API compares codes. */
export function divisionPrefix(code) {
  if (!code) return null;
  let c = String(code).trim();
  if (c.length !== 12) return c;
  for (const [keep, rest] of [[2, 10], [4, 8], [6, 6], [9, 3]]) {
    if (/^0+$/.test(c.slice(keep)) && c.slice(keep).length === rest) return c.slice(0, keep);
  }
  return c;
}

/** The account's division prefix, to scope pickers; null when unrestricted. */
export async function scopeDivision() {
  const account = await me();
  return divisionPrefix(account?.scope?.division) || null;
}

/** Element builder: el('td', {class: 'x'}, 'text', child). Text is always set as text, never as HTML. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

export const $ = (sel, root = document) => root.querySelector(sel);

export function fmtTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  if (isNaN(d)) return iso;
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export const fmtNumber = n => (n === null || n === undefined) ? '–' : Number(n).toLocaleString(lang() === 'en' ? 'en' : 'zh-CN');

/** Shows an error (problem details' Chinese detail as the hub wrote it) in a box. */
export function showError(box, error) {
  box.replaceChildren(el('div', { class: 'error', role: 'alert' },
    error.problem?.title ? el('b', {}, error.problem.title + '：') : null, error.message));
}

/** Marks the page ready once its data is drawn; the browser tests and the load-time figures wait for this. */
export function ready() {
  document.body.dataset.ready = 'true';
  document.body.dataset.readyMs = String(Math.round(performance.now()));
}

const PAGES = [
  ['/', 'nav.home'], ['/upload.html', 'nav.upload'], ['/residents.html', 'nav.residents'],
  ['/cases.html', 'nav.cases'], ['/dashboard.html', 'nav.dashboard'], ['/connectors.html', 'nav.connectors']];

async function signOut() {
  await fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: writeHeaders() });
  location.href = '/login.html?logout';
}

/** Draws the header: navigation, the account and its scope, the language toggle, sign-out. */
export async function header(active) {
  const top = el('header', { class: 'top' },
    el('a', { class: 'brand', href: '/' }, t('app.name')),
    el('nav', {}, PAGES.map(([href, key]) => el('a', { href, class: href === active ? 'active' : null }, t(key)))),
    el('span', { class: 'who', id: 'who' }),
    el('button', { type: 'button', id: 'lang', onclick: toggleLanguage, title: 'Language / 语言' },
      lang() === 'en' ? '中文' : 'English'));
  document.body.prepend(top);
  translate();
  let account = null;
  try {
    account = await me();
  } catch (e) {
    // the page itself reports API errors; the header stays usable
  }
  if (account) {
    $('#who', top).append(account.displayName || account.username, ' · ', account.scope?.name || account.scope?.division || '');
    top.append(el('button', { type: 'button', id: 'signout', onclick: signOut }, t('nav.signOut')));
  }
  return account;
}

/** Reads a query parameter of the page's URL. */
export const param = name => new URLSearchParams(location.search).get(name);

/** A pager under a table: page numbers are zero-based as in the API. */
export function pager(page, size, total, go) {
  const pages = Math.max(1, Math.ceil(total / size));
  return el('div', { class: 'pager' },
    el('button', { type: 'button', disabled: page <= 0, onclick: () => go(page - 1) }, t('pager.prev')),
    el('span', {}, t('pager.of', { page: page + 1, pages, total })),
    el('button', { type: 'button', disabled: page + 1 >= pages, onclick: () => go(page + 1) }, t('pager.next')));
}
