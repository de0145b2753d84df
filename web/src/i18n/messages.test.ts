import { baseCompile } from '@intlify/message-compiler';
import { describe, expect, it } from 'vitest';
import auditLogDe from './auditLog.de.ts';
import auditLogEn from './auditLog.en.ts';
import comparisonDe from './comparison.de.ts';
import comparisonEn from './comparison.en.ts';
import baseDe from './de.ts';
import baseEn from './en.ts';
import fundingDe from './funding.de.ts';
import fundingEn from './funding.en.ts';
import fundingApplicationDe from './fundingApplication.de.ts';
import fundingApplicationEn from './fundingApplication.en.ts';
import fundingChecklistDe from './fundingChecklist.de.ts';
import fundingChecklistEn from './fundingChecklist.en.ts';
import fundingDeadlinesDe from './fundingDeadlines.de.ts';
import fundingDeadlinesEn from './fundingDeadlines.en.ts';
import processDe from './process.de.ts';
import processEn from './process.en.ts';
import processCollabDe from './processCollab.de.ts';
import processCollabEn from './processCollab.en.ts';
import processListDe from './processList.de.ts';
import processListEn from './processList.en.ts';
import processPageDe from './processPage.de.ts';
import processPageEn from './processPage.en.ts';
import projectDe from './project.de.ts';
import projectEn from './project.en.ts';
import projectDashboardDe from './projectDashboard.de.ts';
import projectDashboardEn from './projectDashboard.en.ts';
import projectReportDe from './projectReport.de.ts';
import projectReportEn from './projectReport.en.ts';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, path: string[] = []): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[[...path, key].join('.'), value]] : leaves(value, [...path, key]),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Every message module of the app, German beside English.
const modules: [string, Tree, Tree][] = [
  ['app', baseDe, baseEn],
  ['process', processDe, processEn],
  ['processList', processListDe, processListEn],
  ['processPage', processPageDe, processPageEn],
  ['processCollab', processCollabDe, processCollabEn],
  ['comparison', comparisonDe, comparisonEn],
  ['funding', fundingDe, fundingEn],
  ['fundingApplication', fundingApplicationDe, fundingApplicationEn],
  ['fundingChecklist', fundingChecklistDe, fundingChecklistEn],
  ['fundingDeadlines', fundingDeadlinesDe, fundingDeadlinesEn],
  ['project', projectDe, projectEn],
  ['projectDashboard', projectDashboardDe, projectDashboardEn],
  ['projectReport', projectReportDe, projectReportEn],
  ['auditLog', auditLogDe, auditLogEn],
];

describe.each(modules)('%s messages', (_name, de, en) => {
  it('have the same keys in German and English', () => {
    expect(leaves(en).map(([key]) => key)).toEqual(leaves(de).map(([key]) => key));
  });

  it('use the same placeholders in both languages', () => {
    const english = new Map(leaves(en));
    for (const [key, german] of leaves(de)) {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(german));
    }
  });

  // The production build precompiles messages (scripts/vitePrecompileMessages.ts): every text must
  // be valid vue-i18n syntax, e.g. no stray `@` or `|`.
  it('compile as vue-i18n messages', () => {
    for (const [key, text] of [...leaves(de), ...leaves(en)]) {
      expect(() =>
        baseCompile(text, {
          onError: (error) => {
            throw new Error(`${key}: ${error.message}`);
          },
        }),
      ).not.toThrow();
    }
  });
});
