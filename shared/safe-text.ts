/**
 * Text a vendor or reviewer writes and residents read (issue 9, decision 082). Refused: broken
 * UTF-16 (lone surrogates), control characters, and bidi embeddings/overrides/isolates, which
 * make "gnp.exe" display as "exe.png". Names also refuse invisible format characters and must
 * show at least two visible characters.
 */
// Without the u flag, so the pattern sees UTF-16 code units: a high surrogate without its low one, or the reverse.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
// C0 and C1 controls; line breaks and tabs are allowed in multi-line text only.
const CONTROLS_SINGLE_LINE = /\p{Cc}/u;
const CONTROLS_MULTI_LINE = /[^\P{Cc}\n\t]/u;
// Zero-width and other invisible format characters (ZWSP, ZWJ, BOM, word joiner, soft hyphen...).
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0]/u;
const VISIBLE = /[^\s\p{Cf}\p{Z}\p{M}\u115F\u1160\u3164\uFFA0]/gu;

export function textProblem(value: string, options: { multiLine: boolean }): string | null {
  if (LONE_SURROGATE.test(value)) return 'contains a broken character';
  if (BIDI_CONTROLS.test(value)) return 'contains a text-direction control character';
  if ((options.multiLine ? CONTROLS_MULTI_LINE : CONTROLS_SINGLE_LINE).test(value))
    return 'contains a control character';
  // An empty value is the length check's business (a note may be empty).
  if (value.length > 0 && (value.match(VISIBLE) ?? []).length === 0) return 'has no visible characters';
  return null;
}

export function nameProblem(value: string): string | null {
  if (value.length < 2) return null; // the length check says so already
  const problem = textProblem(value, { multiLine: false });
  if (problem) return problem;
  if (INVISIBLE.test(value)) return 'contains an invisible character';
  if ((value.match(VISIBLE) ?? []).length < 2) return 'needs at least 2 visible characters';
  return null;
}

/**
 * The key two names clash on: compatibility-normalised, without diacritics, case, spaces or
 * punctuation ("Budget Coach", "budgetcoach" and "BüdgetCoach" are one name).
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A URL that every parser reads alike: no backslash, whitespace or control character, and no
 * user info (`https://evil.example\@good.example` is evil.example to a browser, good.example to
 * some libraries).
 */
export function urlSpellingProblem(value: string): string | null {
  if (value.includes('\\')) return 'must not contain a backslash';
  if (/[\s\p{Cc}\p{Cf}]/u.test(value)) return 'must not contain spaces or invisible characters';
  const authority = value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0] ?? '';
  if (authority.includes('@')) return 'must not contain a user name or password';
  return null;
}
