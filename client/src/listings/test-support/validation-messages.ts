import { nl } from '../form-messages.ts';

/** The Dutch validation texts, to render an ErrorText in a unit test. */
export const validationMessages = nl.validation;
