import type { ProcessListMessages } from './processList.de.ts';

const processListEn: ProcessListMessages = {
  processList: { title: 'Process models' },
  processImport: { title: 'Import a process model' },
  notifications: { title: 'Notifications' },
};

export default processListEn;
