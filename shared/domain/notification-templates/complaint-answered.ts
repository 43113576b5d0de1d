import { defineTemplate } from '../notification-template';

/** The first response to a complaint (or a bad rating's rectification), to the one who left a contact. Essential. */
export default defineTemplate(
  'complaint-answered',
  '{hallName}：投诉答复',
  '【{hallName}】您反映的问题（编号{complaintId}）已有答复：{message}',
);
