import { defineTemplate } from '../notification-template';

/** A deadline passed (red light), to the one who must act. */
export default defineTemplate(
  'reminder-overdue',
  '{hallName}：{subject}已超期',
  '【{hallName}】{staffName}：{subject}已于{dueDate}到期，现已超期{workingDaysLate}个工作日，请立即办理。',
);
