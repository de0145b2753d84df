import type {
  CreateProjectInput,
  ProjectContactInput,
  ProjectDetailsFragment,
  ProjectStatus,
  UpdateProjectInput,
  Visibility,
} from '../../graphql/generated/graphql.ts';

export interface ProjectContactDraft {
  /** Keeps each row's inputs stable while rows are added and removed. */
  key: number;
  name: string;
  email: string;
  phone: string;
  role: string;
}

/** The project form's fields as chosen and typed (create, and edit without lead and status). */
export interface ProjectDraft {
  title: string;
  description: string;
  topicId: string;
  leadCityId: string;
  partnerCityIds: string[];
  status: ProjectStatus;
  startDate: string;
  plannedEndDate: string;
  progressPercent: string;
  contacts: ProjectContactDraft[];
  visibility: Visibility;
  sharedWithPartnershipIds: string[];
  processModelIds: string[];
  fundingApplicationIds: string[];
}

let nextContactKey = 0;

export function emptyContact(): ProjectContactDraft {
  nextContactKey += 1;
  return { key: nextContactKey, name: '', email: '', phone: '', role: '' };
}

export function emptyProjectDraft(): ProjectDraft {
  return {
    title: '',
    description: '',
    topicId: '',
    leadCityId: '',
    partnerCityIds: [],
    status: 'IDEA',
    startDate: '',
    plannedEndDate: '',
    progressPercent: '0',
    contacts: [emptyContact()],
    visibility: 'PRIVATE',
    sharedWithPartnershipIds: [],
    processModelIds: [],
    fundingApplicationIds: [],
  };
}

/** The draft for editing a project as it is now. */
export function projectDraftFrom(project: ProjectDetailsFragment): ProjectDraft {
  return {
    title: project.title,
    description: project.description,
    topicId: project.topic.id,
    leadCityId: project.leadCity.id,
    partnerCityIds: project.partners.map((city) => city.id),
    status: project.status,
    startDate: project.startDate ?? '',
    plannedEndDate: project.plannedEndDate ?? '',
    progressPercent: String(project.progressPercent),
    contacts:
      project.contacts.length > 0
        ? project.contacts.map((contact) => ({ ...emptyContact(), ...contact }))
        : [emptyContact()],
    visibility: project.visibility,
    sharedWithPartnershipIds: project.sharedWith.map((partnership) => partnership.id),
    processModelIds: project.processModels.map((model) => model.id),
    fundingApplicationIds: project.fundingApplications.map((application) => application.id),
  };
}

export const MAX_TITLE_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 10_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isEmptyContact = (contact: ProjectContactDraft) =>
  [contact.name, contact.email, contact.phone, contact.role].every((value) => !value.trim());

/**
 * Rejected fields by input name (`title`, `plannedEndDate` …); a contact's field as
 * `contacts.<row>.<field>`, so server paths (`input.contacts.1.email`) land on the same keys.
 */
export type InvalidFields = ReadonlySet<string>;

/** Reads an integer percentage 0–100 ("40", "40 %"); null when it is none. */
export function parseProgress(text: string): number | null {
  const match = /^(\d{1,3})\s*%?$/.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]);
  return value <= 100 ? value : null;
}

interface CheckedFields {
  invalid: Set<string>;
  contacts: ProjectContactInput[];
}

/** The checks create and edit share; contacts left completely empty are dropped. */
function checkCommon(draft: ProjectDraft): CheckedFields {
  const invalid = new Set<string>();
  const title = draft.title.trim();
  if (title === '' || title.length > MAX_TITLE_LENGTH) invalid.add('title');
  if (draft.description.trim().length > MAX_DESCRIPTION_LENGTH) invalid.add('description');
  if (!draft.topicId) invalid.add('topicId');
  if (draft.partnerCityIds.includes(draft.leadCityId)) invalid.add('partnerCityIds');
  if (draft.startDate && !DATE.test(draft.startDate)) invalid.add('startDate');
  if (draft.plannedEndDate && !DATE.test(draft.plannedEndDate)) invalid.add('plannedEndDate');
  else if (draft.startDate && draft.plannedEndDate && draft.plannedEndDate < draft.startDate) {
    invalid.add('plannedEndDate');
  }
  if (draft.visibility === 'PARTNERS' && draft.sharedWithPartnershipIds.length === 0) {
    invalid.add('sharedWithPartnershipIds');
  }

  const contacts: ProjectContactInput[] = [];
  draft.contacts.forEach((contact, row) => {
    if (isEmptyContact(contact)) return;
    const name = contact.name.trim();
    const email = contact.email.trim();
    const phone = contact.phone.trim();
    const role = contact.role.trim();
    if (!name) invalid.add(`contacts.${row}.name`);
    if (email && !EMAIL.test(email)) invalid.add(`contacts.${row}.email`);
    contacts.push({ name, email, phone, role });
  });
  return { invalid, contacts };
}

function sharedWith(draft: ProjectDraft): string[] {
  return draft.visibility === 'PARTNERS' ? [...new Set(draft.sharedWithPartnershipIds)] : [];
}

export type CreateProjectCheck =
  | { ok: true; input: CreateProjectInput }
  | { ok: false; invalid: Set<string> };

/** Checks what the browser can check and builds the create input; the server validates again. */
export function projectDraftToCreateInput(draft: ProjectDraft): CreateProjectCheck {
  const { invalid, contacts } = checkCommon(draft);
  if (!draft.leadCityId) invalid.add('leadCityId');
  const progress = parseProgress(draft.progressPercent);
  if (progress === null) invalid.add('progressPercent');
  if (invalid.size > 0 || progress === null) return { ok: false, invalid };
  return {
    ok: true,
    input: {
      title: draft.title.trim(),
      description: draft.description.trim(),
      topicId: draft.topicId,
      leadCityId: draft.leadCityId,
      partnerCityIds: [...draft.partnerCityIds],
      status: draft.status,
      startDate: draft.startDate || null,
      plannedEndDate: draft.plannedEndDate || null,
      progressPercent: progress,
      contacts,
      visibility: draft.visibility,
      sharedWithPartnershipIds: sharedWith(draft),
      processModelIds: [...draft.processModelIds],
      fundingApplicationIds: [...draft.fundingApplicationIds],
    },
  };
}

export type UpdateProjectCheck =
  | { ok: true; input: UpdateProjectInput }
  | { ok: false; invalid: Set<string> };

/** The edit form's input; lead city, status and progress change elsewhere. */
export function projectDraftToUpdateInput(
  draft: ProjectDraft,
  projectId: string,
  expectedVersion: number,
): UpdateProjectCheck {
  const { invalid, contacts } = checkCommon(draft);
  if (invalid.size > 0) return { ok: false, invalid };
  return {
    ok: true,
    input: {
      projectId,
      expectedVersion,
      title: draft.title.trim(),
      description: draft.description.trim(),
      topicId: draft.topicId,
      partnerCityIds: [...draft.partnerCityIds],
      startDate: draft.startDate || null,
      plannedEndDate: draft.plannedEndDate || null,
      contacts,
      visibility: draft.visibility,
      sharedWithPartnershipIds: sharedWith(draft),
      processModelIds: [...draft.processModelIds],
      fundingApplicationIds: [...draft.fundingApplicationIds],
    },
  };
}

/** For each contact sent (empty rows are not), the form row it came from. */
export function sentContactRows(draft: ProjectDraft): number[] {
  return draft.contacts.flatMap((contact, row) => (isEmptyContact(contact) ? [] : [row]));
}

/**
 * The fields a server ValidationError names, as the form's keys: `input.title` → `title`,
 * `input.contacts.1.email` → `contacts.<form row>.email` (via `contactRows`, as empty rows are not
 * sent), plus `contacts` for the group as a whole.
 */
export function serverInvalidProjectFields(
  fieldErrors: readonly { path: string }[] | undefined,
  contactRows: readonly number[] = [],
): Set<string> {
  const invalid = new Set<string>();
  for (const error of fieldErrors ?? []) {
    const parts = error.path.split('.');
    const [field, index, part] = parts[0] === 'input' ? parts.slice(1) : parts;
    if (!field) continue;
    invalid.add(field);
    if (field === 'contacts' && index !== undefined && part) {
      invalid.add(`contacts.${contactRows[Number(index)] ?? index}.${part}`);
    }
  }
  return invalid;
}
