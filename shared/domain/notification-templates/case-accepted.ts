import { defineTemplate } from '../notification-template';

/** To the applicant when the case is accepted (受理): not essential (they may opt out). */
export default defineTemplate(
  'case-accepted',
  '{hallName}：办件已受理',
  '【{hallName}】您申请的{itemName}（办件号{caseId}）已受理，承诺于{dueDate}前办结。可凭回执上的查询码查询进度。',
);
