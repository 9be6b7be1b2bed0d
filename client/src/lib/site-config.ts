/**
 * Contact details that appear on the site. The address must be a monitored mailbox before
 * going live: the accessibility statement promises an answer within 5 working days.
 */
export const ACCESSIBILITY_CONTACT_EMAIL = 'toegankelijkheid@inwonercloud.nl';

export const NATIONAL_OMBUDSMAN_URL = 'https://www.nationaleombudsman.nl/';
