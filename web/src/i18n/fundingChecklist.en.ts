import type { FundingChecklistMessages } from './fundingChecklist.de.ts';

const fundingChecklistEn: FundingChecklistMessages = {
  fundingChecklist: {
    listLabel: 'Documents of the funding application',
    progress: '{done} of {total} documents done (uploaded or not applicable).',
    empty: 'This funding application requires no documents.',
    letterOfIntent: 'Letter of intent {city}',
    responsibleCity: 'Responsible municipality',
    state: 'State',
    states: {
      UPLOADED: 'uploaded',
      NOT_APPLICABLE: 'not applicable',
      MISSING: 'missing',
    },
    file: 'File',
    download: 'Download {fileName}',
    size: 'Size',
    sha256: 'Checksum (SHA-256)',
    sha256Shortened: '(shortened)',
    reason: 'Reason',
    updated: 'Last changed',
    updatedBy: '{name} on {date}',
    fileLabel: 'File for “{name}”',
    fileHint:
      'PDF, DOCX, XLSX, ODT, ODS, PNG or JPG, at most 20 MB. A new file replaces the previous one.',
    upload: 'Upload',
    uploading: 'Uploading …',
    fileMissing: 'Choose a file first.',
    fileTooLarge:
      'The file “{fileName}” is {size}; at most 20 MB are allowed. Make the file smaller, for example with a lower image resolution, or split it.',
    notApplicable: 'Not applicable',
    reasonLabel: 'Reason why “{name}” is not applicable',
    reasonHint: 'At most 1000 characters. All municipalities taking part see the reason.',
    reasonMissing: 'Enter a reason.',
    saveNotApplicable: 'Save as not applicable',
    cancel: 'Cancel',
    uploaded: '“{name}” is uploaded: {fileName}.',
    markedNotApplicable: '“{name}” is marked as not applicable.',
    errors: {
      FILE_TYPE_NOT_ALLOWED:
        'File type not allowed: only PDF, DOCX, XLSX, ODT, ODS, PNG or JPG – the content is checked, not the file name extension.',
      FILE_TOO_LARGE:
        'The file is larger than 20 MB. Make the file smaller, for example with a lower image resolution, or split it.',
      APPLICATION_CLOSED:
        'The funding application is closed. Its documents can no longer be changed.',
      reason: 'Enter a reason of at most 1000 characters.',
      file: 'The file could not be taken over. Choose it again.',
      requirement: 'This document no longer belongs to the funding application. Reload the page.',
    },
  },
};

export default fundingChecklistEn;
