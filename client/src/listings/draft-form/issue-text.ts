import type { z } from 'zod';
import type { ValidationMessages } from '../form-messages.ts';
import type { FieldKey } from './field-key.ts';

/** An error rendered in the reader's language at display time, so switching language works. */
export type ErrorText = (messages: ValidationMessages) => string;

type FormatHint =
  | 'httpsUrl'
  | 'launchUrl'
  | 'email'
  | 'phone'
  | 'mediaPath'
  | 'languageCode'
  | 'jwks'
  | 'jwksUri';

const HTTPS_FIELDS = new Set(['website', 'privacyStatementUrl', 'accessibility.statementUrl', 'support.url']);

function formatHint(key: FieldKey): FormatHint | null {
  if (HTTPS_FIELDS.has(key)) return 'httpsUrl';
  if (key === 'launch.jwksUri') return 'jwksUri';
  if (key === 'launch.jwks' || key.startsWith('launch.jwks.')) return 'jwks';
  if (key.startsWith('launch.initiateLoginUri') || key.startsWith('launch.redirectUris.')) return 'launchUrl';
  if (key === 'support.email') return 'email';
  if (key === 'support.phone') return 'phone';
  if (key === 'icon' || /^screenshots\.\d+\.src$/.test(key)) return 'mediaPath';
  if (key.startsWith('languages.')) return 'languageCode';
  return null;
}

/**
 * A zod issue in B1 words. The schema's own messages are English and technical; the field
 * tells us what a vendor must do instead ("Vul een webadres in dat begint met https://").
 */
export function issueText(issue: z.core.$ZodIssue, key: FieldKey): ErrorText {
  const hint = formatHint(key);
  // Keys are one thing to get right, whatever part of them is wrong: one message says what fits.
  if (hint === 'jwks' || hint === 'jwksUri') return (m) => m[hint];
  switch (issue.code) {
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        if (hint) return (m) => m[hint];
        return min <= 1 ? (m) => m.required : (m) => m.minChars(min);
      }
      if (issue.origin === 'array') {
        if (key === 'categories') return (m) => m.categoriesMin;
        if (key === 'languages') return (m) => m.languagesMin;
        if (key === 'launch.redirectUris') return (m) => m.redirectUrisMin;
        return (m) => m.minItems(min);
      }
      return (m) => m.invalid;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      return issue.origin === 'string' ? (m) => m.maxChars(max) : (m) => m.maxItems(max);
    }
    case 'invalid_type':
      return (m) => m.required;
    case 'invalid_format':
    case 'custom':
      return hint ? (m) => m[hint] : (m) => m.invalid;
    case 'invalid_value':
      return (m) => m.chooseOne;
    default:
      return (m) => m.invalid;
  }
}
