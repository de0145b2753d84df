// Texts of the deadlines page (pages/FundingDeadlinesPage.vue) and its calendar feed; merged into
// the app's messages in i18n/index.ts. fundingDeadlines.en.ts has the same keys.
// vue-i18n treats `@`, `{`, `}`, `|` and `$` specially.
const fundingDeadlinesDe = {
  fundingDeadlines: {
    navLink: 'Fristen',
    title: 'Fristen',
    intro:
      'Die Einreichungsfristen Ihrer Förderanträge, die noch im Entwurf oder in der internen Prüfung sind.',
    listHeading: 'Anstehende Einreichungsfristen',
    caption: 'Einreichungsfristen, die früheste zuerst',
    empty:
      'Keiner Ihrer Förderanträge im Entwurf oder in der internen Prüfung hat eine Einreichungsfrist.',
    application: 'Förderantrag',
    programme: 'Förderprogramm',
    deadline: 'Einreichungsfrist',
    remaining: 'Verbleibende Zeit',
    status: 'Status',
    daysLeft: 'noch {count} Tag | noch {count} Tage',
    today: 'endet heute',
    overdue: 'seit {count} Tag abgelaufen | seit {count} Tagen abgelaufen',
    calendar: {
      heading: 'Kalender abonnieren (iCalendar)',
      intro:
        'Mit einem persönlichen Kalender-Link sehen Sie diese Fristen in Ihrem Kalenderprogramm, zum Beispiel in Outlook oder Thunderbird: Abonnieren Sie dort einen Internetkalender mit dem Link.',
      active: 'Für Sie ist ein Kalender-Link aktiv.',
      inactive: 'Für Sie ist kein Kalender-Link aktiv.',
      create: 'Kalender-Link erzeugen',
      createHint: 'Ein neuer Link macht den bisherigen ungültig.',
      revoke: 'Kalender-Link widerrufen',
      urlLabel: 'Ihr Kalender-Link',
      urlHint:
        'Der Link ist geheim: Wer ihn kennt, sieht die Fristen Ihrer Förderanträge, ohne sich anzumelden. Er wird nur jetzt angezeigt. Wenn Sie einen neuen Link erzeugen, wird dieser ungültig.',
      copy: 'Link kopieren',
      copied: 'Der Kalender-Link ist in die Zwischenablage kopiert.',
      copyFailed:
        'Kopieren war nicht möglich. Markieren Sie den Link im Feld und kopieren Sie ihn selbst.',
      created:
        'Ein neuer Kalender-Link ist erzeugt. Kopieren Sie ihn jetzt, er wird nur einmal angezeigt.',
      revoked: 'Der Kalender-Link ist widerrufen. Abonnierte Kalender erhalten keine Fristen mehr.',
    },
  },
};

export type FundingDeadlinesMessages = typeof fundingDeadlinesDe;
export default fundingDeadlinesDe;
