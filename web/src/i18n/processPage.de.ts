// Texts of the processPage screens; merged into the app's messages in i18n/index.ts.
const processPageDe = {
  processPage: { title: 'Prozessmodell' },
};

export type ProcessPageMessages = typeof processPageDe;
export default processPageDe;
