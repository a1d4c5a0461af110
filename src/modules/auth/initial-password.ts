// H1 / 三员: the one-time initial password of a new or reset account. The server draws it, so the
// administrator who hands it over never chooses a password; it only lets its holder set their own
// (the access hook refuses everything else until then).
import { randomInt } from 'node:crypto';
import { passwordProblems } from './rules.ts';

// No 0/O, 1/l/I: it is read out or copied from a screen.
const CHARACTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** Four groups of four joined by '-' (about 93 bits), drawn again until the password policy holds. */
export function initialPassword(username: string): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 4 }, () => CHARACTERS[randomInt(CHARACTERS.length)]).join(''),
    );
    const password = groups.join('-');
    if (passwordProblems(password, username).length === 0) return password;
  }
}
