/**
 * Hand-written synonym groups of general English public-administration wording. They work without
 * WordNet (in the browser) and add the administrative senses WordNet ranks low ('notice' as a
 * decision letter). Keep it general: no words of one procedure.
 */
export const ENGLISH_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['application', 'request', 'petition', 'apply', 'claim'],
  ['check', 'verify', 'examine', 'review', 'inspect', 'validate', 'control'],
  ['decision', 'notice', 'ruling', 'decide', 'determination'],
  ['send', 'dispatch', 'forward', 'transmit', 'submit', 'mail'],
  ['citizen', 'applicant', 'requester', 'customer', 'resident', 'claimant'],
  ['create', 'prepare', 'draft', 'issue', 'produce', 'generate', 'compose'],
  ['approve', 'grant', 'accept', 'approval', 'acceptance', 'permit'],
  ['reject', 'refuse', 'deny', 'decline', 'rejection', 'refusal', 'denial'],
  ['receive', 'obtain', 'get', 'receipt'],
  ['documents', 'papers', 'records', 'evidence', 'proof', 'file'],
  ['fee', 'charge', 'cost'],
  ['pay', 'payment', 'settle'],
  ['notify', 'inform', 'tell', 'notification', 'communicate'],
  ['register', 'record', 'enter', 'registration'],
  ['assess', 'evaluate', 'rate', 'appraise', 'assessment', 'evaluation'],
  ['sign', 'signature', 'countersign'],
  ['appointment', 'meeting'],
  ['archive', 'store', 'file'],
  ['authority', 'office', 'agency', 'department', 'administration'],
  ['clerk', 'officer', 'caseworker', 'employee', 'staff'],
  ['objection', 'appeal', 'complaint'],
  ['change', 'amend', 'modify', 'correct', 'update'],
  ['wait', 'await'],
  ['answer', 'reply'],
];
