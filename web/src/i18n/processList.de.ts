// Texts of the processList screens; merged into the app's messages in i18n/index.ts.
const processListDe = {
  processList: { title: 'Prozessmodelle' },
  processImport: { title: 'Prozessmodell importieren' },
  notifications: { title: 'Benachrichtigungen' },
};

export type ProcessListMessages = typeof processListDe;
export default processListDe;
