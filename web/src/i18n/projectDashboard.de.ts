// Texts of the coordinator dashboard (pages/ProjectDashboardPage.vue, components/projectDashboard);
// merged into the app's messages in i18n/index.ts. projectDashboard.en.ts has the same keys.
// Status names come from the register (`projectStatus`); the traffic-light words are here, and the
// annual report uses them too. vue-i18n treats `@`, `{`, `}`, `|` and `$` specially.
const projectDashboardDe = {
  projectDashboard: {
    title: 'Projektübersicht',
    intro:
      'Der Stand der Digitalisierungsvorhaben Ihrer Kommunen und Kooperationsverbünde. Die Übersicht aktualisiert sich, sobald jemand ein Projekt ändert.',
    registerLink: 'Zu den Projekten',
    reportLink: 'Zum Jahresbericht',
    filterHeading: 'Übersicht eingrenzen',
    total:
      'Keine Projekte in dieser Auswahl. | Ein Projekt in dieser Auswahl. | {count} Projekte in dieser Auswahl.',
    empty: 'Zu dieser Auswahl gibt es keine Projekte, die Sie sehen dürfen.',
    updated: 'Übersicht aktualisiert um {time} Uhr.',
    light: {
      IDEA: 'rot',
      IN_PROGRESS: 'gelb',
      DONE: 'grün',
    },
    statusWithLight: '{status} (Ampel {light})',
    chart: {
      count: 'Anzahl',
      share: 'Anteil',
      sum: 'Summe',
      summary: '{title}: {parts}.',
      part: '{label} {count}',
      loadFailed: 'Das Diagramm konnte nicht geladen werden; die Tabelle zeigt dieselben Zahlen.',
    },
    byStatus: {
      heading: 'Projekte nach Status',
      caption: 'Anzahl der Projekte je Status',
      column: 'Status',
    },
    byTopic: {
      heading: 'Projekte nach Themenfeld',
      caption: 'Anzahl der Projekte je Themenfeld',
      column: 'Themenfeld',
    },
    milestones: {
      heading: 'Anstehende Meilensteine',
      caption: 'Offene Meilensteine, der nächste zuerst',
      milestone: 'Meilenstein',
      project: 'Projekt',
      dueDate: 'Fällig am',
      empty: 'Es stehen keine Meilensteine an.',
    },
    overdueTasks: {
      heading: 'Überfällige Aufgaben',
      caption: 'Offene Aufgaben nach Ablauf ihrer Frist, die älteste zuerst',
      task: 'Aufgabe',
      project: 'Projekt',
      assignee: 'Zuständig',
      assigneeOf: '{name} ({city})',
      more: 'Gezeigt werden die {shown} am längsten überfälligen von {total} Aufgaben.',
      unassigned: 'niemand zugewiesen',
      dueDate: 'Fällig am',
      overdue: 'Verzug',
      daysOverdue:
        'seit heute überfällig | seit {count} Tag überfällig | seit {count} Tagen überfällig',
      empty: 'Keine Aufgabe ist überfällig.',
    },
    recent: {
      heading: 'Zuletzt geändert',
      caption: 'Zuletzt geänderte Projekte, das jüngste zuerst',
      project: 'Projekt',
      leadCity: 'Federführung',
      status: 'Status',
      updatedAt: 'Geändert am',
      empty: 'Es wurden noch keine Projekte geändert.',
    },
  },
};

export type ProjectDashboardMessages = typeof projectDashboardDe;
export default projectDashboardDe;
