// Texts of the processCollab screens; merged into the app's messages in i18n/index.ts.
const processCollabDe = {
  processCollab: { comments: 'Kommentare' },
};

export type ProcessCollabMessages = typeof processCollabDe;
export default processCollabDe;
