import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../i18n/language.ts';
import { COMMON_PASSWORDS } from './common-passwords.ts';
import { passwordIssues, passwordProblem, type PasswordProblem } from './password-policy.ts';

const person = { email: 'kari.nordmann@skaun.kommune.no', displayName: 'Kari Nordmann' };

describe('passwordProblem (NIST SP 800-63B)', () => {
  it.each<[string, PasswordProblem]>([
    ['', 'password_required'],
    ['kort-passord', 'password_context'],
    ['elleve-tegn', 'password_too_short'],
    // 11 code points, 22 UTF-16 units: lengths count characters, not units.
    ['😀😀😀😀😀😀😀😀😀😀😀', 'password_too_short'],
    ['riktig-hest-batteri-stift '.repeat(40).slice(0, 1025), 'password_too_long'],
    ['hemmelig\u0000ord-123', 'password_invalid_character'],
    ['hemmelig\uD800ord-123', 'password_invalid_character'],
    ['            ', 'password_trivial'],
    ['\t\t\t\t\t\t\t\t\t\t\t\t', 'password_invalid_character'],
    ['\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000', 'password_trivial'],
    ['aaaaaaaaaaaa', 'password_trivial'],
    ['ababababababab', 'password_trivial'],
    ['123123123123', 'password_trivial'],
    ['123456789012', 'password_trivial'],
    ['210987654321', 'password_trivial'],
    ['abcdefghijkl', 'password_trivial'],
    ['ABCDEFGHIJKLMN', 'password_trivial'],
    ['qwertyuiopasdf', 'password_trivial'],
    ['qwertyuiopåasd', 'password_trivial'],
    ['1111 1111 1111', 'password_trivial'],
    ['!@#$%^&*()_+', 'password_trivial'],
    ['leavemealone', 'password_common'],
    ['LeaveMeAlone', 'password_common'],
    ['sonyericsson', 'password_common'],
    ['flokkflokk2026', 'password_context'],
    ['Passord12345!', 'password_context'],
    ['passwordpassword', 'password_context'],
    ['kari.nordmann1', 'password_context'],
    ['KariNordmann!2026', 'password_context'],
    ['nordmann-kari-99', 'password_context'],
  ])('refuses %j: %s', (password, problem) => {
    expect(passwordProblem(password, person)).toBe(problem);
  });

  it.each([
    'riktig-hest-batteri-stift',
    'et-langt-passord',
    'e2e-passord-som-er-langt',
    'hemmelig-passord',
    'Ærlig talt, Kari!',
    'Tr0ub4dor&3xyz',
    '           x ',
    'ålesund og molde',
    '这是一个很长的密码短语啊',
    'riktig-hest-batteri-stift '.repeat(40).slice(0, 1024),
  ])('accepts %j', (password) => {
    expect(passwordProblem(password, person)).toBeNull();
  });

  it('counts length in code points after NFKC, the form the password is hashed in', () => {
    // "ﬃ" is one code point that NFKC turns into three ("ffi"): 7 typed, 15 counted.
    expect(passwordProblem('ﬃﬃﬃﬃ-ok', {})).toBeNull();
    // "e" + combining acute is two code points that NFKC composes into one "é": 12 typed, 6 counted.
    expect(passwordProblem('ve\u0301lde\u0301rre\u0301t', {})).toBe('password_too_short');
  });

  it('ships a list of common passwords of 12 characters or more', () => {
    expect(COMMON_PASSWORDS.size).toBe(229);
    for (const entry of COMMON_PASSWORDS) expect([...entry].length).toBeGreaterThanOrEqual(12);
  });

  it('words every problem in bokmål, nynorsk and English, on the field it is given', () => {
    for (const language of LANGUAGES) {
      const [issue] = passwordIssues('kort', {}, language);
      expect(issue).toMatchObject({ path: 'password', code: 'password_too_short' });
      expect(issue?.message).toMatch(/12/);
    }
    expect(passwordIssues('kort', {}, 'nb', 'newPassword')[0]?.path).toBe('newPassword');
    expect(passwordIssues('riktig-hest-batteri-stift', {}, 'nb')).toEqual([]);
  });
});
