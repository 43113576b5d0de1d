import { defineTemplate } from '../notification-template';

/** The day before a booking: a reminder, not essential. */
export default defineTemplate(
  'appointment-tomorrow',
  '{hallName}：预约提醒',
  '【{hallName}】提醒：您已预约{itemName}，时间{date} {start}，请携带材料按时到厅办理。',
);
