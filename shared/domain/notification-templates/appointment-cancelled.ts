import { defineTemplate } from '../notification-template';

/** A booking cancelled (e.g. by a hall closure). Essential. */
export default defineTemplate(
  'appointment-cancelled',
  '{hallName}：预约已取消',
  '【{hallName}】很抱歉，您预约的{itemName}（{date} {start}）已取消，原因：{reason}。请重新预约。',
);
