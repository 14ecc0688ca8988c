// Login form: POST credentials, store the session, go to the fleet view.
import { api } from './api.js';
import * as session from './session.js';
import { byId } from './dom.js';

if (session.token()) location.replace('live.html');

const form = byId('login-form');
const username = byId('username');
const password = byId('password');
const submit = byId('login-submit');
const message = byId('login-message');
const newPasswordField = byId('new-password-field');
const newPassword = byId('new-password');
let countdown = 0;
// after an ADMIN's reset (or the logged first password) the login's token serves only a password change
let pendingChange = null;

function show(text, kind = 'error') {
  message.textContent = text;
  message.dataset.kind = kind;
  message.hidden = !text;
}

if (new URLSearchParams(location.search).get('reason') === 'expired') {
  show('Your session has ended. Please sign in again.', 'info');
}

function busy(on) {
  submit.disabled = on;
  submit.textContent = on ? 'Signing in…' : pendingChange ? 'Set password and sign in' : 'Sign in';
}

async function changePassword() {
  const res = await fetch(new URL('api/v1/auth/password', new URL('.', location.href)), {
    method: 'POST',
    headers: { Authorization: `Bearer ${pendingChange.accessToken}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ currentPassword: password.value, newPassword: newPassword.value }),
  });
  const answer = await res.json().catch(() => ({}));
  if (!res.ok) {
    busy(false);
    show(answer.errors?.[0] ? `${answer.errors[0].field}: ${answer.errors[0].message}` : answer.detail || 'The password was not changed.');
    newPassword.focus();
    return;
  }
  session.save(answer);
  location.replace('live.html');
}

function lockFor(seconds) {
  clearInterval(countdown);
  let left = seconds;
  const tick = () => {
    if (left <= 0) {
      clearInterval(countdown);
      busy(false);
      show('You can try again now.', 'info');
      return;
    }
    show(`Too many attempts, retry in ${left} s`);
    submit.disabled = true;
    left -= 1;
  };
  tick();
  countdown = setInterval(tick, 1000);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (submit.disabled) return;
  const user = username.value.trim();
  if (!user || !password.value) {
    show('Enter username and password.');
    (user ? password : username).focus();
    return;
  }
  busy(true);
  show('');
  try {
    if (pendingChange) {
      await changePassword();
      return;
    }
    const result = await api.login(user, password.value);
    if (!result?.accessToken) throw new Error('The server sent an unexpected answer. Please try again.');
    if (result.passwordChangeRequired) {
      pendingChange = result;
      newPasswordField.hidden = false;
      busy(false);
      show('This password was set for you: choose your own to continue.', 'info');
      newPassword.focus();
      return;
    }
    session.save(result);
    location.replace('live.html');
  } catch (error) {
    busy(false);
    if (error.status === 401) {
      show('Wrong username or password');
      password.value = '';
      password.focus();
    } else if (error.status === 429) {
      if (error.retryAfterSeconds) lockFor(error.retryAfterSeconds);
      else show('Too many attempts, please wait a moment and retry.');
    } else if (error.status === 0) {
      show('Cannot reach the server. Check the connection and try again.');
    } else {
      show(error.detail || error.message || 'Sign-in failed.');
    }
  }
});
