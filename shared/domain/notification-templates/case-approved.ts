import { defineTemplate } from '../notification-template';

/** The result (办结): approved. Essential. */
export default defineTemplate(
  'case-approved',
  '{hallName}：办件已办结',
  '【{hallName}】您申请的{itemName}（办件号{caseId}）已办结，结果：准予办理。请按约定方式领取办理结果。',
);
