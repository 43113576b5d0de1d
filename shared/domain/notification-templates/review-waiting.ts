import { defineTemplate } from '../notification-template';

/** A window's own “not substantiated” waiting for a supervisor's review (申诉复核). */
export default defineTemplate(
  'review-waiting',
  '{hallName}：{subject}待复核',
  '【{hallName}】{staffName}：{subject}的“不属实”认定待您复核，复核前仍计入考核。',
);
