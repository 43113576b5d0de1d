/**
 * Customer information is never leaked (不泄露客户信息): names are masked in public views and
 * anything shaped like a resident ID number or a mobile number is scrubbed from log text.
 */

/** 张三 → 张*, 张小三 → 张*三, 欧阳小明 → 欧**明; Latin names keep first and last letter. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

// 18-digit resident ID (last may be X), 15-digit legacy ID, mainland mobile, landline-ish runs.
const ID_NUMBER = /(?<![0-9])(?:\d{17}[\dXx]|\d{15})(?![0-9Xx])/g;
const PHONE = /(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d{9}(?![0-9])/g;

export function redactPersonalData(text: string): string {
  return text.replace(ID_NUMBER, '[redacted-id]').replace(PHONE, '[redacted-phone]');
}
