import { nextTick } from 'vue';
import {
  createRouter,
  createWebHistory,
  type LocationQueryValue,
  type RouteLocationRaw,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router';
import type { Session } from '../composables/useSession.ts';
import LoginPage from '../pages/LoginPage.vue';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (WCAG 2.4.2). */
    titleKey: string;
    /** Reachable without signing in. */
    public?: boolean;
  }
}

/** A query parameter as one string ('' when missing or repeated). */
function queryText(value: LocationQueryValue | LocationQueryValue[] | undefined): string {
  return typeof value === 'string' ? value : '';
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/anmelden',
    name: 'login',
    component: LoginPage,
    meta: { titleKey: 'login.title', public: true },
  },
  {
    path: '/',
    name: 'dashboard',
    component: () => import('../pages/DashboardPage.vue'),
    meta: { titleKey: 'dashboard.title' },
  },
  {
    path: '/kommunen',
    name: 'cities',
    component: () => import('../pages/CitiesPage.vue'),
    meta: { titleKey: 'cities.title' },
  },
  {
    path: '/kommunen/:slug/mitglieder',
    name: 'city-members',
    component: () => import('../pages/CityMembersPage.vue'),
    props: true,
    meta: { titleKey: 'members.title' },
  },
  {
    path: '/kommunen/:slug/protokoll',
    name: 'city-audit-log',
    component: () => import('../pages/AuditLogPage.vue'),
    props: true,
    meta: { titleKey: 'auditLog.title' },
  },
  {
    path: '/verbuende/neu',
    name: 'partnership-new',
    component: () => import('../pages/PartnershipCreatePage.vue'),
    meta: { titleKey: 'partnershipForm.title' },
  },
  {
    path: '/verbuende/:id',
    name: 'partnership',
    component: () => import('../pages/PartnershipPage.vue'),
    props: true,
    meta: { titleKey: 'partnership.title' },
  },
  {
    path: '/prozesse',
    name: 'process-models',
    component: () => import('../pages/ProcessModelsPage.vue'),
    meta: { titleKey: 'processList.title' },
  },
  {
    path: '/prozesse/neu',
    name: 'process-import',
    component: () => import('../pages/ProcessImportPage.vue'),
    meta: { titleKey: 'processImport.title' },
  },
  {
    path: '/prozesse/vergleich',
    name: 'process-comparison',
    component: () => import('../pages/ProcessComparisonPage.vue'),
    props: (route) => ({
      left: queryText(route.query.links),
      right: queryText(route.query.rechts),
    }),
    meta: { titleKey: 'comparison.title' },
  },
  {
    path: '/prozesse/:id',
    name: 'process-model',
    component: () => import('../pages/ProcessModelPage.vue'),
    props: true,
    meta: { titleKey: 'processPage.title' },
  },
  {
    path: '/leistungen/:serviceKey/varianten',
    name: 'service-variants',
    component: () => import('../pages/ServiceVariantsPage.vue'),
    props: true,
    meta: { titleKey: 'comparison.variantsTitle' },
  },
  {
    path: '/foerderprogramme',
    name: 'funding-programmes',
    component: () => import('../pages/FundingProgrammesPage.vue'),
    meta: { titleKey: 'funding.title' },
  },
  {
    path: '/foerderprogramme/neu',
    name: 'funding-programme-new',
    component: () => import('../pages/FundingProgrammeCreatePage.vue'),
    meta: { titleKey: 'fundingForm.title' },
  },
  {
    path: '/foerderantraege',
    name: 'funding-applications',
    component: () => import('../pages/FundingApplicationsPage.vue'),
    meta: { titleKey: 'fundingApplications.title' },
  },
  {
    path: '/foerderantraege/neu',
    name: 'funding-application-new',
    component: () => import('../pages/FundingApplicationCreatePage.vue'),
    meta: { titleKey: 'fundingApplicationForm.title' },
  },
  {
    path: '/foerderantraege/:id',
    name: 'funding-application',
    component: () => import('../pages/FundingApplicationPage.vue'),
    props: true,
    meta: { titleKey: 'fundingApplication.title' },
  },
  {
    path: '/foerderantraege/:id/fassungen/:snapshotId',
    name: 'funding-application-snapshot',
    component: () => import('../pages/FundingApplicationSnapshotPage.vue'),
    props: true,
    meta: { titleKey: 'fundingSnapshot.title' },
  },
  {
    path: '/projekte',
    name: 'projects',
    component: () => import('../pages/ProjectsPage.vue'),
    meta: { titleKey: 'projects.title' },
  },
  {
    path: '/projekte/neu',
    name: 'project-new',
    component: () => import('../pages/ProjectCreatePage.vue'),
    meta: { titleKey: 'projectForm.title' },
  },
  {
    path: '/projekte/uebersicht',
    name: 'project-dashboard',
    component: () => import('../pages/ProjectDashboardPage.vue'),
    meta: { titleKey: 'projectDashboard.title' },
  },
  {
    path: '/projekte/bericht',
    name: 'project-report',
    component: () => import('../pages/ProjectReportPage.vue'),
    meta: { titleKey: 'projectReport.title' },
  },
  {
    path: '/projekte/:id',
    name: 'project',
    component: () => import('../pages/ProjectPage.vue'),
    props: true,
    meta: { titleKey: 'project.title' },
  },
  {
    path: '/fristen',
    name: 'funding-deadlines',
    component: () => import('../pages/FundingDeadlinesPage.vue'),
    meta: { titleKey: 'fundingDeadlines.title' },
  },
  {
    path: '/benachrichtigungen',
    name: 'notifications',
    component: () => import('../pages/NotificationsPage.vue'),
    meta: { titleKey: 'notifications.title' },
  },
  {
    path: '/einladung/:token',
    name: 'invitation',
    component: () => import('../pages/InvitationPage.vue'),
    props: true,
    meta: { titleKey: 'invitation.title', public: true },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../pages/NotFoundPage.vue'),
    meta: { titleKey: 'notFound.title', public: true },
  },
];

/** Only same-app paths may be used as a post-login target (no `//evil.example`). */
export function safeRedirect(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : undefined;
}

export function createAppRouter(session: Session, history: RouterHistory = createWebHistory()) {
  const router: Router = createRouter({ history, routes });

  router.beforeEach(async (to): Promise<RouteLocationRaw | true> => {
    const user = await session.ensureLoaded();
    if (to.name === 'login' && user)
      return safeRedirect(to.query.redirect) ?? { name: 'dashboard' };
    if (!to.meta.public && !user) {
      return to.fullPath === '/'
        ? { name: 'login' }
        : { name: 'login', query: { redirect: to.fullPath } };
    }
    return true;
  });

  // After an in-app navigation, put keyboard and screen-reader focus on the new content. The first
  // page load keeps the browser's own start so that Tab still reaches the skip link first.
  router.afterEach(async (_to, from, failure) => {
    if (failure || from.matched.length === 0) return;
    await nextTick();
    document.getElementById('main')?.focus();
  });

  return router;
}
