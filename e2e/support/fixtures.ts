import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

interface Finding {
  url: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on every page the test visits (each main-frame navigation, including the SPA's
 * client-side ones) and on demand. Serious and critical WCAG 2.1 A/AA violations fail the test.
 */
export class AccessibilityAudit {
  readonly findings: Finding[] = [];
  private readonly seen = new Set<string>();
  private queue: Promise<void> = Promise.resolve();
  private runs = 0;

  constructor(
    private readonly page: Page,
    private readonly testInfo: TestInfo,
  ) {}

  watchNavigations(): void {
    this.page.on('framenavigated', (frame) => {
      if (frame !== this.page.mainFrame()) return;
      this.queue = this.queue.then(() => this.auditSettledPage());
    });
  }

  /** Audits the page as it is now, after the automatic audits queued so far. */
  async check(label?: string): Promise<void> {
    await this.queue;
    await this.audit(label);
    expect(this.findings, formatFindings(this.findings)).toEqual([]);
  }

  async finish(): Promise<void> {
    await this.queue;
    if (!this.page.isClosed()) await this.audit('end of test');
    expect(this.findings, formatFindings(this.findings)).toEqual([]);
  }

  private async auditSettledPage(): Promise<void> {
    // Let the SPA render the new page (data fetched, heading shown) before judging it.
    await this.page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
    await this.page
      .locator('main h1')
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => {});
    if (this.page.isClosed()) return;
    try {
      await this.audit();
    } catch (error) {
      // The test navigated on before this page settled: the next page gets its own audit.
      if (!isNavigationRace(error)) throw error;
    }
  }

  private async audit(label?: string): Promise<void> {
    const url = new URL(this.page.url()).pathname;
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    this.runs += 1;
    await this.testInfo.attach(`axe ${this.runs}: ${label ?? url}`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
    for (const violation of results.violations) {
      if (!violation.impact || !BLOCKING_IMPACTS.has(violation.impact)) continue;
      const targets = violation.nodes.map((node) => node.target.join(' '));
      // The same problem seen again on a later audit of the same page is one finding.
      const key = `${url} ${violation.id} ${targets.join(',')}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.findings.push({
        url,
        rule: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets,
      });
    }
  }
}

function isNavigationRace(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Execution context was destroyed|has been closed|navigat/i.test(message);
}

function formatFindings(findings: Finding[]): string {
  return findings.length === 0
    ? 'no serious or critical accessibility violations'
    : `accessibility violations:\n${findings
        .map(
          (f) => `- ${f.url} [${f.impact}] ${f.rule}: ${f.help}\n    ${f.targets.join('\n    ')}`,
        )
        .join('\n')}`;
}

/**
 * Collects what the browser refused under the server's Content-Security-Policy: a script, style or
 * connection the SPA needs but the policy blocks would break a page silently.
 */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      violations.push(`${new URL(page.url()).pathname}: ${message.text()}`);
    }
  });
  return violations;
}

export const test = base.extend<{ a11y: AccessibilityAudit; contentSecurityPolicy: string[] }>({
  contentSecurityPolicy: [
    async ({ page }, use) => {
      const violations = watchPolicyViolations(page);
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  a11y: [
    async ({ page }, use, testInfo) => {
      const audit = new AccessibilityAudit(page, testInfo);
      audit.watchNavigations();
      await use(audit);
      await audit.finish();
    },
    { auto: true },
  ],
});

export { expect };
