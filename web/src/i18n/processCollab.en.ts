import type { ProcessCollabMessages } from './processCollab.de.ts';

const processCollabEn: ProcessCollabMessages = {
  processCollab: { comments: 'Comments' },
};

export default processCollabEn;
