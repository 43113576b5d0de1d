import { defineTemplate } from '../notification-template';

/** A monthly reporting or scoring deadline (遇节假日顺延) for those who have not done it. */
export default defineTemplate(
  'report-due',
  '{hallName}：{subject}截止提醒',
  '【{hallName}】{staffName}：{subject}须于{dueDate}前完成（剩余{workingDaysLeft}个工作日）。',
);
