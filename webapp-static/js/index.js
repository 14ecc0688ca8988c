// Entry point: send the user to the fleet view when signed in, otherwise to the login page.
import { token } from './session.js';

location.replace(token() ? 'live.html' : 'login.html');
