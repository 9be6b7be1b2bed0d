import { vi } from 'vitest';

export interface SubmittedForm {
  method: string;
  action: string;
  fields: Record<string, string>;
  /** Whether the form was in the document when it was submitted (browsers require that). */
  connected: boolean;
}

/**
 * Stops HTMLFormElement.prototype.submit from navigating and records what would have been
 * sent, so a test can check where the browser was about to go and with which fields.
 */
export function spyOnFormSubmits(): SubmittedForm[] {
  const submitted: SubmittedForm[] = [];
  vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(function (this: HTMLFormElement) {
    const fields: Record<string, string> = {};
    for (const input of Array.from(this.querySelectorAll('input'))) {
      if (input.type === 'hidden') fields[input.name] = input.value;
    }
    submitted.push({
      method: this.method,
      action: this.action,
      fields,
      connected: this.isConnected,
    });
    // No navigation happens in a test, so take the form away as leaving the page would.
    this.remove();
  });
  return submitted;
}
