/**
 * Citizens' contacts (mobile numbers, e-mail addresses) as the rules read them: which channel
 * reaches one, how it is shown, how providers and blind indexes take a mobile number. Apart from
 * the notification rules, so that what only needs a phone's form (the case search) does not load
 * every rule and template.
 */

/** A contact as delivery records and logs show it: 139****0000, w***@example.gov.cn; anything else hidden. */
export function maskContact(contact: string): string {
  const digits = contact.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
  if (/^\+?\d{6,20}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  const at = contact.indexOf('@');
  if (at > 0) return `${contact[0]}***${contact.slice(at)}`;
  return '***';
}

/** Which channel a citizen's contact is for: a mobile number (SMS), an e-mail address, or neither. */
export function contactChannel(contact: string): 'sms' | 'email' | undefined {
  if (/^(?:\+?86)?1[3-9]\d{9}$/.test(contact.replace(/[\s-]/g, ''))) return 'sms';
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact.trim())) return 'email';
  return undefined;
}

/** A mainland mobile number in E.164 (+8613900000000), as SMS providers take it. */
export function toE164(mobile: string): string {
  return `+86${mobile.replace(/[\s-]/g, '').replace(/^\+?86/, '')}`;
}
