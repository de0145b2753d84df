import { berlinToday } from '../funding/berlinDate.ts';
import type {
  PrismaClient,
  ProjectStatus,
  ProjectTaskState,
  Visibility,
} from '../generated/prisma/client.ts';

// A dozen digitalisation projects of the demo cities over 2025 and 2026, with a backdated past
// (creation, status log, milestones reached) so the annual reports of both years and the
// dashboard have something to show. Open milestones and tasks count from today, so there are
// always some upcoming and some overdue.

type TopicKey = 'ONLINE_ACCOUNT' | 'WEBSITE_RELAUNCH' | 'DIGITAL_SERVICES' | 'E_FILE' | 'OPEN_DATA';

/** A fixed day ("2025-09-22") or a number of days from today. */
type When = string | number;

interface DemoProject {
  title: string;
  description: string;
  topic: TopicKey;
  lead: string;
  partners?: string[];
  visibility: Visibility;
  /** Partnerships (by name) that see it when PARTNERS. */
  sharedWith?: string[];
  createdAt: string;
  startDate?: string;
  plannedEndDate?: string;
  /** Where the project starts; every later state comes from `log`. */
  initial?: { status: ProjectStatus; progress: number };
  /** Status changes ([day, status, progress, text]) and comments ([day, text]), oldest first. */
  log?: ([string, ProjectStatus, number, string] | [string, string])[];
  milestones?: { title: string; due: When; reached?: string }[];
  tasks?: { title: string; assignee: string; due: When; state?: ProjectTaskState }[];
  /** Process models as [city slug, title]. */
  processModels?: [string, string][];
  fundingApplications?: string[];
}

const NECKAR = 'Digitalisierungsverbund Neckar';
const STRATEGY_APPLICATION = 'Digitalisierungsstrategie Neckar-Verbund';

export const demoProjects: DemoProject[] = [
  {
    title: 'Digitaler Bewohnerparkausweis',
    description:
      'Bewohnerparkausweis komplett online: Antrag im Serviceportal, automatischer Abgleich mit Melde- und Fahrzeugregister, Berechtigung am Kennzeichen statt Papierausweis.',
    topic: 'DIGITAL_SERVICES',
    lead: 'esslingen',
    partners: ['ludwigsburg'],
    visibility: 'PARTNERS',
    sharedWith: [NECKAR],
    createdAt: '2025-03-12',
    startDate: '2025-09-01',
    plannedEndDate: '2026-06-30',
    log: [
      [
        '2025-09-22',
        'IN_PROGRESS',
        25,
        'Auftrag an den Dienstleister vergeben, Ludwigsburg steigt mit ein.',
      ],
      ['2026-02-10', 'Testbetrieb mit 50 Haushalten in der Innenstadt läuft.'],
      ['2026-06-15', 'DONE', 100, 'Online-Antrag für alle Zonen freigeschaltet.'],
    ],
    milestones: [
      { title: 'Anbindung Melde- und Fahrzeugregister', due: '2025-12-15', reached: '2025-12-10' },
      { title: 'Go-live Online-Antrag', due: '2026-06-01', reached: '2026-06-12' },
    ],
    processModels: [
      ['esslingen', 'Bewohnerparkausweis beantragen'],
      ['ludwigsburg', 'Bewohnerparkausweis'],
    ],
  },
  {
    title: 'Digitalisierungsstrategie Neckar-Verbund',
    description:
      'Gemeinsame Digitalisierungsstrategie der Verbundkommunen mit Bürgerbeteiligung und einheitlich modellierten Kernprozessen.',
    topic: 'DIGITAL_SERVICES',
    lead: 'esslingen',
    partners: ['ludwigsburg', 'waiblingen'],
    visibility: 'PARTNERS',
    sharedWith: [NECKAR],
    createdAt: '2025-10-06',
    startDate: '2026-02-01',
    plannedEndDate: '2027-01-31',
    log: [
      ['2026-02-01', 'IN_PROGRESS', 15, 'Förderantrag vorbereitet, Lenkungskreis eingerichtet.'],
      ['2026-09-15', 'IN_PROGRESS', 40, 'Ist-Analyse in allen drei Städten abgeschlossen.'],
    ],
    milestones: [
      { title: 'Förderantrag eingereicht', due: '2026-03-31', reached: '2026-03-27' },
      { title: 'Strategie-Workshop mit allen Fachämtern', due: 18 },
    ],
    tasks: [
      { title: 'Bürgerbeteiligung vorbereiten', assignee: 'ludwigsburg', due: -9 },
      { title: 'Ist-Analyse der Verfahren zusammenführen', assignee: 'esslingen', due: 21 },
    ],
    processModels: [['esslingen', 'Gewerbeanmeldung']],
    fundingApplications: [STRATEGY_APPLICATION],
  },
  {
    title: 'Gewerbeanmeldung medienbruchfrei',
    description:
      'Gewerbeanzeige nach § 14 GewO ohne Papier: Upload der Nachweise, ePayment, Weitermeldung an die Kammern per XGewerbeanzeige. Erkelenz übernimmt die Lösung.',
    topic: 'DIGITAL_SERVICES',
    lead: 'ettlingen',
    partners: ['erkelenz'],
    visibility: 'PUBLIC',
    createdAt: '2025-02-03',
    startDate: '2025-04-01',
    plannedEndDate: '2027-03-31',
    log: [
      ['2025-04-14', 'IN_PROGRESS', 20, 'Projektstart mit dem Ordnungsamt.'],
      ['2025-11-28', 'IN_PROGRESS', 60, 'ePayment angebunden, Pilot in Ettlingen.'],
      ['2026-08-20', 'IN_PROGRESS', 75, 'Erkelenz testet die Nachnutzung.'],
    ],
    milestones: [
      { title: 'ePayment angebunden', due: '2025-10-31', reached: '2025-11-04' },
      { title: 'Schnittstelle zum Gewerberegister', due: 35 },
    ],
    tasks: [{ title: 'Testfälle mit Erkelenz abstimmen', assignee: 'erkelenz', due: -4 }],
    processModels: [['ettlingen', 'Gewerbeanmeldung online']],
  },
  {
    title: 'E-Akte im Bürgerbüro',
    description:
      'Einführung der E-Akte im Bürgerbüro: Scan-Arbeitsplätze, Digitalisierung der Altakten, Aussonderung nach Aufbewahrungsfristen.',
    topic: 'E_FILE',
    lead: 'waiblingen',
    visibility: 'PRIVATE',
    createdAt: '2025-01-20',
    startDate: '2025-05-01',
    plannedEndDate: '2025-12-31',
    log: [
      ['2025-05-05', 'IN_PROGRESS', 30, 'Scanner beschafft, Schulungen geplant.'],
      ['2025-12-12', 'DONE', 100, 'Alle Vorgänge des Bürgerbüros laufen in der E-Akte.'],
    ],
    milestones: [
      { title: 'Scan-Arbeitsplätze eingerichtet', due: '2025-06-30', reached: '2025-06-26' },
      { title: 'Altakten digitalisiert', due: '2025-11-30', reached: '2025-12-05' },
    ],
  },
  {
    title: 'Relaunch www.ludwigsburg.de',
    description:
      'Neuer, barrierefreier Internetauftritt mit Lebenslagen-Navigation und direkten Links auf die Online-Dienste.',
    topic: 'WEBSITE_RELAUNCH',
    lead: 'ludwigsburg',
    visibility: 'PUBLIC',
    createdAt: '2025-06-02',
    startDate: '2025-07-01',
    plannedEndDate: '2026-09-30',
    log: [
      ['2025-07-01', 'IN_PROGRESS', 10, 'Agentur beauftragt.'],
      ['2025-12-01', 'IN_PROGRESS', 45, 'Designkonzept abgenommen.'],
      ['2026-03-10', 'ON_HOLD', 45, 'Haushaltssperre: Umsetzung ruht bis zum Nachtragshaushalt.'],
    ],
    tasks: [{ title: 'Barrierefreiheitsprüfung beauftragen', assignee: 'ludwigsburg', due: -30 }],
  },
  {
    title: 'Open-Data-Portal Neckar',
    description:
      'Gemeinsames Open-Data-Portal der Verbundkommunen auf Basis von CKAN, zuerst mit Haushalts- und Verkehrsdaten.',
    topic: 'OPEN_DATA',
    lead: 'boeblingen',
    partners: ['esslingen'],
    visibility: 'PARTNERS',
    sharedWith: [NECKAR],
    createdAt: '2026-01-19',
    log: [['2026-04-02', 'Erste Abstimmung mit Esslingen: Datenkatalog folgt.']],
    milestones: [{ title: 'Datensätze auswählen', due: 40 }],
  },
  {
    title: 'Servicekonto für alle Fachverfahren',
    description:
      'Anmeldung mit dem Servicekonto BW in allen Fachverfahren der Stadt statt eigener Benutzerkonten.',
    topic: 'ONLINE_ACCOUNT',
    lead: 'boeblingen',
    visibility: 'PRIVATE',
    createdAt: '2025-04-07',
    startDate: '2025-06-01',
    log: [
      ['2025-06-16', 'IN_PROGRESS', 20, 'Bestandsaufnahme der Fachverfahren begonnen.'],
      [
        '2025-10-01',
        'CANCELLED',
        20,
        'Eingestellt: Das Land stellt die Anbindung zentral über die BundID bereit.',
      ],
    ],
  },
  {
    title: 'Digitale Hundesteueranmeldung',
    description:
      'Anmeldung und Abmeldung zur Hundesteuer online mit SEPA-Lastschriftmandat und Bescheid ins Postfach.',
    topic: 'DIGITAL_SERVICES',
    lead: 'guetersloh',
    visibility: 'PUBLIC',
    createdAt: '2025-08-11',
    startDate: '2026-04-01',
    plannedEndDate: '2026-12-31',
    log: [['2026-04-20', 'IN_PROGRESS', 35, 'Formular im Serviceportal entworfen.']],
    milestones: [{ title: 'Import ins Steuerverfahren getestet', due: 12 }],
    tasks: [
      { title: 'Lastschriftmandat mit der Kämmerei klären', assignee: 'guetersloh', due: -2 },
    ],
    processModels: [['guetersloh', 'Anmeldung zur Hundesteuer']],
  },
  {
    title: 'E-Rechnungseingang',
    description:
      'Eingangskanal für XRechnung und ZUGFeRD mit Weiterleitung an den Rechnungsworkflow der Kämmerei.',
    topic: 'E_FILE',
    lead: 'erkelenz',
    visibility: 'PRIVATE',
    createdAt: '2025-11-03',
  },
  {
    title: 'Bürgerkonto-Anbindung Terminvergabe',
    description:
      'Terminbuchung im Bürgerbüro mit dem Bürgerkonto: Daten vorausgefüllt, Unterlagen vorab hochgeladen.',
    topic: 'ONLINE_ACCOUNT',
    lead: 'waiblingen',
    partners: ['boeblingen'],
    visibility: 'PARTNERS',
    sharedWith: [NECKAR],
    createdAt: '2025-09-01',
    startDate: '2026-01-12',
    plannedEndDate: '2026-12-31',
    log: [
      ['2026-01-12', 'IN_PROGRESS', 20, 'Schnittstelle zum Terminsystem bestellt.'],
      ['2026-07-06', 'IN_PROGRESS', 55, 'Anbindung im Testsystem funktioniert.'],
    ],
    milestones: [{ title: 'Pilotbetrieb im Bürgerbüro', due: 9 }],
    tasks: [
      {
        title: 'Datenschutz-Folgenabschätzung abschließen',
        assignee: 'waiblingen',
        due: -6,
        state: 'IN_PROGRESS',
      },
      { title: 'Schulung der Mitarbeitenden', assignee: 'boeblingen', due: 25 },
    ],
  },
  {
    title: 'Open Data: Haushaltsdaten',
    description:
      'Haushaltsplan und Jahresabschluss als maschinenlesbare Daten unter offener Lizenz.',
    topic: 'OPEN_DATA',
    lead: 'ettlingen',
    visibility: 'PUBLIC',
    createdAt: '2025-03-03',
    startDate: '2025-05-01',
    plannedEndDate: '2025-09-30',
    log: [
      ['2025-05-12', 'IN_PROGRESS', 40, 'Export aus dem Finanzverfahren eingerichtet.'],
      ['2025-09-30', 'DONE', 100, 'Veröffentlicht auf GovData.'],
    ],
    milestones: [
      { title: 'Lizenz geklärt (dl-de/by-2-0)', due: '2025-06-30', reached: '2025-06-18' },
    ],
  },
  {
    title: 'Digitaler Posteingang Rathaus',
    description:
      'Zentrale Poststelle scannt eingehende Briefe und verteilt sie elektronisch an die Fachämter.',
    topic: 'E_FILE',
    lead: 'esslingen',
    visibility: 'PRIVATE',
    createdAt: '2026-03-02',
    startDate: '2026-05-18',
    plannedEndDate: '2027-06-30',
    log: [['2026-05-18', 'IN_PROGRESS', 20, 'Ausschreibung der Scanstraße vorbereitet.']],
    tasks: [{ title: 'Scanstraße ausschreiben', assignee: 'esslingen', due: 12 }],
  },
];

const MS_PER_DAY = 86_400_000;
/** A logged day, in the morning in Germany (summer or winter time alike). */
const at = (date: string) => new Date(`${date}T08:00:00Z`);
const calendarDay = (date: string) => new Date(`${date}T00:00:00Z`);

function resolveWhen(when: When, today: Date): Date {
  return typeof when === 'number'
    ? new Date(today.getTime() + when * MS_PER_DAY)
    : calendarDay(when);
}

/** The log as ProjectUpdate rows, each status change starting where the one before ended. */
function updateRows(demo: DemoProject, actor: { id: string; displayName: string }) {
  let status = demo.initial?.status ?? 'IDEA';
  let progress = demo.initial?.progress ?? 0;
  const rows = (demo.log ?? []).map((entry) => {
    const base = { actorId: actor.id, actorName: actor.displayName, at: at(entry[0]) };
    if (entry.length === 2) return { ...base, text: entry[1] };
    const [, toStatus, toProgress, text] = entry;
    const row = { ...base, fromStatus: status, toStatus, fromProgress: progress, toProgress, text };
    status = toStatus;
    progress = toProgress;
    return row;
  });
  return { rows, status, progress };
}

/**
 * The demo projects, matched by title: an existing one is left alone. Cities, coordinators
 * (`coordinator@<slug>.demo`), partnerships, process models and the funding application come from
 * the rest of the demo seed; anything missing is skipped rather than failing the seed.
 */
export async function seedDemoProjects(prisma: PrismaClient, now: Date = new Date()) {
  const today = berlinToday(now);
  const [cities, topics, partnerships, coordinators] = await Promise.all([
    prisma.city.findMany({ select: { id: true, slug: true } }),
    prisma.projectTopic.findMany({ select: { id: true, key: true } }),
    prisma.partnership.findMany({ select: { id: true, name: true } }),
    prisma.user.findMany({
      where: { email: { startsWith: 'coordinator@', endsWith: '.demo' } },
      select: { id: true, email: true, displayName: true },
    }),
  ]);
  const cityId = new Map(cities.map((c) => [c.slug, c.id]));
  const topicId = new Map(topics.map((t) => [t.key, t.id]));
  const coordinatorOf = new Map(coordinators.map((u) => [u.email.slice(12, -5), u]));
  for (const demo of demoProjects) {
    if (await prisma.project.findFirst({ where: { title: demo.title } })) continue;
    const lead = cityId.get(demo.lead);
    const topic = topicId.get(demo.topic);
    const owner = coordinatorOf.get(demo.lead);
    if (!lead || !topic || !owner) continue;
    const [models, applications] = await Promise.all([
      prisma.processModel.findMany({
        where: {
          OR: (demo.processModels ?? []).map(([slug, title]) => ({
            city: { slug },
            title,
            adoptedFromVersionId: null,
          })),
        },
        select: { id: true },
      }),
      prisma.fundingApplication.findMany({
        where: { title: { in: demo.fundingApplications ?? [] } },
        select: { id: true },
      }),
    ]);
    const log = updateRows(demo, owner);
    const lastChange = log.rows.at(-1)?.at ?? at(demo.createdAt);
    await prisma.project.create({
      data: {
        title: demo.title,
        description: demo.description,
        topicId: topic,
        leadCityId: lead,
        status: log.status,
        progressPercent: log.progress,
        startDate: demo.startDate ? calendarDay(demo.startDate) : null,
        plannedEndDate: demo.plannedEndDate ? calendarDay(demo.plannedEndDate) : null,
        contacts: [
          { name: owner.displayName, email: owner.email, phone: '', role: 'Projektleitung' },
        ],
        visibility: demo.visibility,
        createdById: owner.id,
        createdAt: at(demo.createdAt),
        updatedAt: lastChange,
        partners: {
          create: (demo.partners ?? []).flatMap((slug) => {
            const id = cityId.get(slug);
            return id ? [{ cityId: id }] : [];
          }),
        },
        sharedWith: {
          create: partnerships
            .filter((p) => demo.sharedWith?.includes(p.name))
            .map((p) => ({ partnershipId: p.id })),
        },
        updates: { create: log.rows },
        milestones: {
          create: (demo.milestones ?? []).map((m) => ({
            title: m.title,
            dueDate: resolveWhen(m.due, today),
            doneAt: m.reached ? at(m.reached) : null,
            createdAt: at(demo.createdAt),
          })),
        },
        tasks: {
          create: (demo.tasks ?? []).map((task) => ({
            title: task.title,
            assigneeId: coordinatorOf.get(task.assignee)?.id ?? null,
            dueDate: resolveWhen(task.due, today),
            state: task.state ?? 'OPEN',
          })),
        },
        processModels: { create: models.map((m) => ({ modelId: m.id })) },
        fundingApplications: { create: applications.map((a) => ({ applicationId: a.id })) },
      },
    });
  }
}
