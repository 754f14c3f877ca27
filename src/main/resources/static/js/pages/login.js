// Sign-in: Spring Security's form login (POST /login, fields username and password). The CSRF token comes from the
// XSRF-TOKEN cookie; success goes to the page the user came from (or home), failure back here with ?error.
import { t, translate, toggleLanguage, csrfToken, el, $, param, lang } from '../app.js';

translate();
$('#lang-login').textContent = lang() === 'en' ? '中文' : 'English';
$('#lang-login').addEventListener('click', toggleLanguage);
const message = $('#message');
if (param('error') !== null) message.append(el('div', { class: 'error', role: 'alert' }, t('login.failed')));
if (param('logout') !== null) message.append(el('div', { class: 'notice' }, t('login.signedOut')));

async function ensureToken() {
  if (!csrfToken()) {
    // any answer from the hub through the security filters sets the cookie
    await fetch('/api/me', { credentials: 'same-origin' }).catch(() => null);
  }
  return csrfToken();
}

$('#login').addEventListener('submit', async event => {
  event.preventDefault();
  const form = event.target;
  $('#submit').disabled = true;
  const token = await ensureToken();
  if (token) $('#csrf').value = token;
  const body = new URLSearchParams(new FormData(form));
  const res = await fetch('/login', { method: 'POST', body, credentials: 'same-origin',
    headers: token ? { 'X-XSRF-TOKEN': token } : {} });
  $('#submit').disabled = false;
  const landed = new URL(res.url, location.href);
  if (!res.ok || landed.pathname === '/login.html' || landed.searchParams.has('error')) {
    message.replaceChildren(el('div', { class: 'error', role: 'alert' }, t('login.failed')));
    $('#password').value = '';
    $('#password').focus();
    return;
  }
  const next = param('next');
  location.href = next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
});
document.body.dataset.ready = 'true';
