import { defineTemplate } from '../notification-template';

/** To the staff member a complaint or a bad rating's rectification was just routed to. */
export default defineTemplate(
  'complaint-assigned',
  '{hallName}：新的{subject}',
  '【{hallName}】{staffName}：{subject}已分派给您，请于{firstResponseDue}前首次响应，{dueDate}前办结。',
);
