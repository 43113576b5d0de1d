import { defineTemplate } from '../notification-template';

/** An overdue deadline escalated to the hall's supervisors (督办). */
export default defineTemplate(
  'reminder-escalation',
  '{hallName}：{subject}超期督办',
  '【{hallName}】{staffName}（督查）：{subject}已于{dueDate}到期仍未办理，承办人：{responsible}，请督办。',
);
