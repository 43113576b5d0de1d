import { defineTemplate } from '../notification-template';

/** To the agency admins: the coming days reach a year without a national holiday schedule. */
export default defineTemplate(
  'calendar-missing',
  '{hallName}：{years}年节假日安排尚未载入',
  '【{hallName}】{asOf}起60日内将进入{years}年，但该年度国务院节假日安排尚未载入。涉及该年度的期限计算均标注为“临时”，请尽快载入该年度安排。',
);
