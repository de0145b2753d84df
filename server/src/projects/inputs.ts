import { z } from 'zod';
import { PROJECT_STATUSES } from './status.ts';

const text = (label: string, max: number) =>
  z.string().trim().max(max, `${label} can have at most ${max} characters.`);

export const projectTitle = text('The title', 200).min(1, 'Enter a title for the project.');

export const contactSchema = z.object({
  name: text('A name', 200).min(1, 'A contact needs a name.'),
  email: z
    .union([z.literal(''), z.email('Enter a valid e-mail address or leave it empty.')])
    .nullish(),
  phone: text('A phone number', 50).nullish(),
  role: text('A role', 100).nullish(),
});

const progress = z
  .number()
  .int()
  .min(0, 'Progress is between 0 and 100 %.')
  .max(100, 'Progress is between 0 and 100 %.');

const ids = (what: string) =>
  z
    .array(z.string())
    .max(50, `Choose at most 50 ${what}.`)
    .refine((list) => new Set(list).size === list.length, `Choose each of the ${what} once.`);

/** Start before planned end, when both are given. */
function datesInOrder(input: { startDate?: Date | null; plannedEndDate?: Date | null }) {
  return !input.startDate || !input.plannedEndDate || input.startDate <= input.plannedEndDate;
}
const datesMessage = {
  message: 'The planned end cannot be before the start.',
  path: ['plannedEndDate'],
};

export const createProjectSchema = z
  .object({
    title: projectTitle,
    description: text('The description', 10_000).nullish(),
    topicId: z.string(),
    leadCityId: z.string(),
    partnerCityIds: ids('partner cities').nullish(),
    status: z.enum(PROJECT_STATUSES).nullish(),
    startDate: z.date().nullish(),
    plannedEndDate: z.date().nullish(),
    progressPercent: progress.nullish(),
    contacts: z.array(contactSchema).max(20, 'List at most 20 contacts.').nullish(),
    visibility: z.enum(['PRIVATE', 'PARTNERS', 'PUBLIC']).nullish(),
    sharedWithPartnershipIds: ids('partnerships').nullish(),
    processModelIds: ids('process models').nullish(),
    fundingApplicationIds: ids('funding applications').nullish(),
  })
  .refine(datesInOrder, datesMessage)
  .refine((input) => !(input.partnerCityIds ?? []).includes(input.leadCityId), {
    message: 'The lead city takes part anyway; do not list it as a partner.',
    path: ['partnerCityIds'],
  });

export const updateProjectSchema = z
  .object({
    projectId: z.string(),
    expectedVersion: z.number().int(),
    title: projectTitle,
    description: text('The description', 10_000),
    topicId: z.string(),
    partnerCityIds: ids('partner cities'),
    startDate: z.date().nullish(),
    plannedEndDate: z.date().nullish(),
    contacts: z.array(contactSchema).max(20, 'List at most 20 contacts.'),
    visibility: z.enum(['PRIVATE', 'PARTNERS', 'PUBLIC']),
    sharedWithPartnershipIds: ids('partnerships'),
    processModelIds: ids('process models'),
    fundingApplicationIds: ids('funding applications'),
  })
  .refine(datesInOrder, datesMessage);

export const updateStatusSchema = z.object({
  projectId: z.string(),
  expectedVersion: z.number().int(),
  status: z.enum(PROJECT_STATUSES),
  progressPercent: progress,
  text: text('The note', 2000).nullish(),
});

export const addMilestoneSchema = z.object({
  projectId: z.string(),
  title: text('The title', 200).min(1, 'Enter a title for the milestone.'),
  dueDate: z.date(),
});

export const assignTaskSchema = z
  .object({
    projectId: z.string(),
    taskId: z.string().nullish(),
    title: text('The title', 200).min(1, 'Enter a title for the task.'),
    assigneeId: z.string().nullish(),
    dueDate: z.date().nullish(),
    expectedVersion: z.number().int().nullish(),
  })
  .refine((input) => !input.taskId || typeof input.expectedVersion === 'number', {
    message: 'Send the version of the task you read when changing it.',
    path: ['expectedVersion'],
  });

export const commentSchema = text('The comment', 2000).min(1, 'Write a comment.');

export const topicSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(
      /^[A-Z][A-Z0-9_]{1,49}$/,
      'A key is 2–50 capital letters, digits or _, e.g. SMART_CITY.',
    ),
  labelDe: text('The German label', 100).min(1, 'Enter the German label.'),
  labelEn: text('The English label', 100).min(1, 'Enter the English label.'),
});
