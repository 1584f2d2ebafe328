import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './fixtures.ts';
import { sitePath } from '../support/site.ts';
import { axeViolations } from '../support/axe.ts';

const full = {
  burstyRuntime: 'starting-point=new&session-fit=fits&agent-logic=code&constraints=neither&traffic=sporadic',
  steadyFargate: 'starting-point=new&session-fit=fits&agent-logic=code&constraints=neither&traffic=steady&operations=platform-team',
};

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${sitePath('decide/')}${query ? `?${query}` : ''}`);
  await waitForIslands(page);
  await expect(page.locator('[data-walk-ready]')).toBeVisible();
}

const questionHeading = (page: Page) => page.locator('#walk-question-title');
const outcomeHeading = (page: Page) => page.locator('#walk-outcome-title');

/**
 * Answers the current question with the keyboard only: from the focused question heading (or
 * a focused first answer) into the radio group, Space to pick the first answer, arrows to the
 * wanted one, Tab to Next, Enter. Checks that focus then lands on the next step's heading.
 */
async function answerByKeyboard(page: Page, label: string | RegExp): Promise<void> {
  const form = page.locator('form[data-walk-step]');
  const options = form.locator('.walk-option');
  const labels = await options.locator('label').allInnerTexts();
  const index = labels.findIndex((l) => (typeof label === 'string' ? l === label : label.test(l)));
  expect(index, `answer ${String(label)} among ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
  if (
    !(await options
      .first()
      .locator('input')
      .evaluate((el) => el === document.activeElement))
  ) {
    await expect(questionHeading(page)).toBeFocused();
    await page.keyboard.press('Tab');
  }
  await expect(options.first().locator('input')).toBeFocused();
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(options.nth(index).locator('input')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(questionHeading(page).or(outcomeHeading(page))).toBeFocused();
}

/** Puts focus on the first answer, where a keyboard user arrives by Tab past the header, sidebar and contents. */
async function startByKeyboard(page: Page): Promise<void> {
  await open(page);
  const first = page.locator('form[data-walk-step] .walk-option input').first();
  await first.focus();
  await expect(first).toBeFocused();
}

async function reasons(page: Page): Promise<string[]> {
  return page.locator('.walk-reason-text').allInnerTexts();
}

test.describe('decision walkthrough with the keyboard', () => {
  test('path 1: a new agent in code, no hard requirement, bursty traffic -> AgentCore Runtime', async ({ page }) => {
    await startByKeyboard(page);
    await expect(page.locator('.walk-progress')).toHaveText('Question 1 of up to 7');
    await answerByKeyboard(page, 'It is a new agent, or it runs somewhere other than Bedrock Agents');
    await expect(page).toHaveURL(new RegExp(`${sitePath('decide/')}\\?starting-point=new$`));
    await expect(page.locator('.walk-progress')).toHaveText('Question 2 of up to 6');
    await answerByKeyboard(page, /^Yes: it finishes within 8 hours/);
    await answerByKeyboard(page, /^In code:/);
    await answerByKeyboard(page, /^Neither:/);
    await answerByKeyboard(page, 'In bursts, with quiet hours or days between them');

    await expect(page).toHaveURL(new RegExp(`\\?${full.burstyRuntime}$`));
    await expect(outcomeHeading(page)).toHaveText('Run your agent code on AgentCore Runtime');
    const r = await reasons(page);
    expect(r).toHaveLength(5);
    expect(r[0]).toContain('closed to new customers since July 30, 2026');
    expect(r[1]).toContain('Work that fits one session can run on AgentCore Runtime or the harness');
    expect(r[2]).toContain('any framework and any model');
    expect(r[4]).toContain('bills nothing between sessions');
    await expect(page.locator('.walk-reason-link').nth(4)).toHaveAttribute('href', sitePath('guide/break-even/#traffic-shape'));
    await expect(page.locator('.walk-reason-link').nth(4)).toHaveText('Break-even: Traffic shape');
    const cost = page.locator('form[data-walk-calculator]');
    await expect(cost).toHaveAttribute('action', sitePath('calculators/cost/'));
    await expect(cost.locator('input[type="hidden"][name="traffic"]')).toHaveValue('bursty');
    await expect(page.locator('[data-walk-change]')).toContainText('If a session needs more than 8 hours');
  });

  test('path 2: a Bedrock Agents team with nothing new planned -> stay for now and plan the move', async ({ page }) => {
    await startByKeyboard(page);
    await answerByKeyboard(page, 'It runs on Bedrock Agents (Classic) today');
    await answerByKeyboard(page, 'Nothing new: it should keep doing what it does today');
    await expect(page).toHaveURL(/\?starting-point=bedrock-agents-classic&classic-plans=keep-as-is$/);
    await expect(outcomeHeading(page)).toHaveText('Keep the agent on Bedrock Agents (Classic) for now, and plan its move');
    await expect(page.locator('.walk-outcome-badge')).toHaveText('Bedrock Agents (Classic)');
    const r = await reasons(page);
    expect(r).toHaveLength(2);
    expect(r[1]).toContain('can stay while you schedule its move');
    await expect(page.locator('.walk-outcome-summary')).toContainText('plan the move to the AgentCore harness');
  });

  test('path 3: jobs longer than a session, a team that runs containers -> ECS on Fargate', async ({ page }) => {
    await startByKeyboard(page);
    await answerByKeyboard(page, 'It is a new agent, or it runs somewhere other than Bedrock Agents');
    await answerByKeyboard(page, 'No: it runs longer than 8 hours');
    await expect(page.locator('#walk-help')).toContainText('sessions up to 14 days');
    await answerByKeyboard(page, 'Us: we can run a container service, or already do');
    await expect(outcomeHeading(page)).toHaveText('Run the agent in your own containers on ECS with Fargate');
    const r = await reasons(page);
    expect(r[1]).toContain(
      'A session ends after 8 hours; sessions on the Instances compute type last up to 14 days, and a Fargate task has no time limit.',
    );
    expect(r[2]).toContain('no management fee');
    const cost = page.locator('form[data-walk-calculator]');
    await expect(cost.locator('input[name="session_seconds"]')).toHaveValue('28800');
    await expect(cost.locator('input[name="arch"]')).toHaveValue('arm64');
  });

  test('focus lands on each new step even when an answer is picked and submitted in one breath', async ({ page }) => {
    // Space picks the answer and Enter submits at once: the render for the pick and the one for
    // the next step follow each other closely, which once sent focus to <body> about 40% of the time.
    await startByKeyboard(page);
    for (let step = 0; step < 5; step++) {
      await page.keyboard.press('Space');
      await page.keyboard.press('Enter');
      await expect(questionHeading(page).or(outcomeHeading(page))).toBeFocused();
      if (await outcomeHeading(page).isVisible()) break;
      await page.keyboard.press('Tab');
    }
    await expect(outcomeHeading(page)).toBeFocused();
  });

  test('Next without an answer says what to do and stays on the question', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('alert')).toHaveText('Choose an answer to continue.');
    await expect(page).toHaveURL(new RegExp(`${sitePath('decide/')}$`));
  });
});

test.describe('changing answers', () => {
  test('changing an earlier answer drops the later answers that no longer apply', async ({ page }) => {
    await open(page, full.steadyFargate);
    await expect(outcomeHeading(page)).toHaveText('Run the agent in your own containers on ECS with Fargate');
    await expect(page.locator('.walk-trail-item')).toHaveCount(6);

    await page
      .getByRole('link', { name: 'Change your answer to “Does one conversation or job fit in an AgentCore Runtime session?”' })
      .click();
    await expect(page).toHaveURL(/\?starting-point=new$/);
    await expect(questionHeading(page)).toBeFocused();
    await expect(questionHeading(page)).toHaveText('Does one conversation or job fit in an AgentCore Runtime session?');
    await expect(page.getByLabel(/^Yes: it finishes within 8 hours/)).toBeChecked();
    await expect(page.locator('.walk-keep-note')).toBeVisible();

    await page.getByLabel('No: it runs longer than 8 hours').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveURL(/\?starting-point=new&session-fit=longer$/);
    await expect(questionHeading(page)).toHaveText('Who should run the machines for work that outgrows a microVM?');
    await expect(page.getByRole('status')).toContainText('4 later answers no longer apply and were removed');
    await expect(page.getByRole('status')).toContainText('“How does work arrive over a typical day?”');
    await expect(page.locator('.walk-trail-item')).toHaveCount(2);
  });

  test('changing an answer whose route still passes the later questions keeps them', async ({ page }) => {
    await open(page, full.steadyFargate);
    await page.getByRole('link', { name: 'Change your answer to “How does work arrive over a typical day?”' }).click();
    await expect(page.getByLabel('Steadily around the clock, at high volume')).toBeChecked();
    await page.getByLabel('Mostly in working hours, quiet at night and on weekends').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(outcomeHeading(page)).toHaveText('Run the agent in your own containers on ECS with Fargate');
    await expect(page.getByRole('status')).toHaveText('Your 1 later answer still applies and was kept.');
    await expect(page).toHaveURL(/traffic=business-hours&operations=platform-team$/);
    await expect(page.locator('form[data-walk-calculator] input[name="traffic"]')).toHaveValue('business-hours');
  });

  test('Back returns to the previous question with its answer selected; Start again clears everything', async ({ page }) => {
    await open(page, 'starting-point=new&session-fit=fits&agent-logic=code');
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect(page).toHaveURL(/\?starting-point=new&session-fit=fits$/);
    await expect(page.getByLabel(/^In code:/)).toBeChecked();
    await page.getByRole('link', { name: 'Start again' }).click();
    await expect(page).toHaveURL(new RegExp(`${sitePath('decide/')}$`));
    await expect(questionHeading(page)).toHaveText('Where does this agent start from?');
    await expect(questionHeading(page)).toBeFocused();
  });
});

test.describe('from the recommendation to the estimate', () => {
  test('the walkthrough asks the volume and Region, and the calculator opens with the answers, a note and the results focused', async ({
    page,
  }) => {
    await open(page, full.burstyRuntime);
    const cost = page.locator('form[data-walk-calculator]');
    await cost.getByLabel('Requests a day').fill('40000');
    await cost.getByLabel('Region').selectOption('eu-central-1');
    await cost.getByRole('button', { name: 'See the cost for this setup' }).click();
    await expect(page).toHaveURL(/\/calculators\/cost\/\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('traffic')).toBe('bursty');
    expect(url.searchParams.get('requests_per_day')).toBe('40000');
    expect(url.searchParams.get('region')).toBe('eu-central-1');
    expect(url.searchParams.get('from')).toBe('agentcore-runtime');
    await waitForIslands(page);
    const note = page.locator('.calc-arrival');
    await expect(note).toContainText('From the decision walkthrough: Run your agent code on AgentCore Runtime.');
    await expect(note).toContainText('Session length: 300 seconds');
    await expect(page.locator('.calc-results h2')).toBeFocused();
    await expect(page.locator('.calc-form [name="requests_per_day"]')).toHaveValue('40000');
    // `from` is not an input, so nothing reports it as ignored.
    await expect(page.locator('.calc-ignored')).toHaveCount(0);
  });

  test('a Bedrock Agents team carries its answer: Classic counts for the lowest total', async ({ page }) => {
    await open(page, 'starting-point=bedrock-agents-classic&classic-plans=keep-as-is');
    await expect(page.locator('form[data-walk-calculator] input[name="runs_bedrock_agents"]')).toHaveValue('true');
  });
});

test.describe('the address holds the walk', () => {
  test('reloading and opening a shared link restore the exact step', async ({ page, context }) => {
    await open(page, 'starting-point=new&session-fit=fits');
    await expect(questionHeading(page)).toHaveText('How will you define what the agent does?');
    await expect(page.locator('.walk-progress')).toHaveText('Question 3 of up to 6');
    await page.reload();
    await waitForIslands(page);
    await expect(questionHeading(page)).toHaveText('How will you define what the agent does?');
    await expect(questionHeading(page)).toBeFocused();

    const shared = await context.newPage();
    await shared.goto(`${sitePath('decide/')}?${full.burstyRuntime}`);
    await waitForIslands(shared);
    await expect(shared.locator('#walk-outcome-title')).toHaveText('Run your agent code on AgentCore Runtime');
    await expect(shared.locator('.walk-trail-item')).toHaveCount(5);
    await shared.close();
  });

  test('the browser Back button steps back through the walk', async ({ page }) => {
    await open(page);
    await page.getByLabel('It is a new agent, or it runs somewhere other than Bedrock Agents').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('No: it runs longer than 8 hours').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(questionHeading(page)).toHaveText('Who should run the machines for work that outgrows a microVM?');
    await page.goBack();
    await expect(page).toHaveURL(/\?starting-point=new$/);
    await expect(questionHeading(page)).toHaveText('Does one conversation or job fit in an AgentCore Runtime session?');
    await expect(page.getByLabel('No: it runs longer than 8 hours')).toBeChecked();
    await page.goForward();
    await expect(questionHeading(page)).toHaveText('Who should run the machines for work that outgrows a microVM?');
  });

  test('a tampered address is cleaned up and explained, not an error', async ({ page }) => {
    await open(page, 'starting-point=new&session-fit=sideways&utm_source=mail&traffic=steady');
    await expect(page).toHaveURL(new RegExp(`${sitePath('decide/')}\\?starting-point=new$`));
    await expect(questionHeading(page)).toHaveText('Does one conversation or job fit in an AgentCore Runtime session?');
    const status = page.getByRole('status');
    await expect(status).toContainText('“sideways” is not an answer');
    await expect(status).toContainText('“utm_source” is not a question');
    await expect(status).toContainText('“How does work arrive over a typical day?”');
  });

  test('an address full of text of its own is echoed in a few short, cleaned names', async ({ page }) => {
    const junk = Array.from({ length: 200 }, (_, i) => `x${i}=1`).join('&');
    await open(page, `${encodeURIComponent('Sign in with your AWS account\u202E at evil.example')}=1&${junk}`);
    const status = page.getByRole('status');
    await expect(status).toHaveText(
      'Some answers in this address could not be used: “Sign in with your AWS account…” is not a question in this walkthrough. ' +
        '“x0” is not a question in this walkthrough. “x1” is not a question in this walkthrough. ' +
        '“x2” is not a question in this walkthrough. “x3” is not a question in this walkthrough. ' +
        '196 more parameters were not answers either.',
    );
    await expect(page).toHaveURL(new RegExp(`${sitePath('decide/')}$`));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole tree is on the page and the plain form and links walk it to a recommendation', async ({ page }) => {
    await page.goto(sitePath('decide/'));
    await expect(page.locator('[data-tree-question]')).toHaveCount(10);
    await expect(page.locator('[data-tree-outcome]')).toHaveCount(7);
    await expect(page.locator('[data-tree-option]')).toHaveCount(24);
    await expect(page.locator('#q-gpu-capacity')).toContainText('Who should run the GPU machines?');

    // The first question is a GET form: each answer submits to the next step's anchor.
    await page.getByRole('button', { name: 'It is a new agent, or it runs somewhere other than Bedrock Agents' }).click();
    await expect(page).toHaveURL(new RegExp(`${sitePath('decide/')}\\?starting-point=new#q-session-fit$`));
    await expect(page.locator('#q-session-fit')).toBeInViewport();

    const step = (id: string) => page.locator(`[data-tree-question="${id}"]`);
    await step('session-fit')
      .locator('[data-tree-option="fits"]')
      .getByRole('link', { name: 'How will you define what the agent does?' })
      .click();
    await expect(page).toHaveURL(/#q-agent-logic$/);
    await step('agent-logic').locator('[data-tree-option="configuration"]').getByRole('link').last().click();
    await expect(page).toHaveURL(/#outcome-agentcore-harness$/);
    const outcome = page.locator('[data-tree-outcome="agentcore-harness"]');
    await expect(outcome).toBeInViewport();
    await expect(outcome).toContainText('Configure the agent with the AgentCore harness');
    await expect(outcome.getByRole('link', { name: /Open the cost calculator/ })).toHaveAttribute(
      'href',
      new RegExp(`^${sitePath('calculators/cost/')}\\?`),
    );
  });
});

test.describe('accessibility', () => {
  // pages.spec.ts runs axe over the whole of /decide/ in both schemes; these check the states
  // only the walkthrough reaches, and only the walkthrough (the tree below is slow to scan).
  const states = {
    'a question with an error': async (page: Page) => {
      await open(page, 'starting-point=new&session-fit=fits&agent-logic=code');
      await page.getByRole('button', { name: 'Next' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
    },
    'an outcome': async (page: Page) => {
      await open(page, full.steadyFargate);
      await expect(outcomeHeading(page)).toBeVisible();
    },
  };
  for (const [what, reach] of Object.entries(states)) {
    test(`axe finds nothing at ${what}, in light and dark`, async ({ page }) => {
      await reach(page);
      for (const scheme of ['light', 'dark'] as const) expect(await axeViolations(page, scheme, '.walk-frame'), scheme).toEqual([]);
    });
  }
});
