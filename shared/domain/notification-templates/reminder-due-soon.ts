import { defineTemplate } from '../notification-template';

/** A deadline reminder (yellow light) to the one who must act: the A post, or the B post when A is on leave. */
export default defineTemplate(
  'reminder-due-soon',
  '{hallName}：{subject}即将到期',
  '【{hallName}】{staffName}：{subject}将于{dueDate}到期（剩余{workingDaysLeft}个工作日），请及时办理。',
);
