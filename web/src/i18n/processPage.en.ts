import type { ProcessPageMessages } from './processPage.de.ts';

const processPageEn: ProcessPageMessages = {
  processPage: { title: 'Process model' },
};

export default processPageEn;
