// Builds the small plan the review e2e test reviews, through the Plan screens as a clerk would:
// two areas, three actions, a milestone each, a note of evidence and two performance targets.
import type { Page } from 'playwright-core';
import { until, current, onPage } from './app';

const day = (offset: number) => new Date(Date.now() + offset * 864e5).toLocaleDateString('en-CA');

async function addArea(page: Page, button: string, number: number, title: string, target: string) {
  await current(page).getByRole('button', { name: button }).click();
  await current(page).getByRole('textbox', { name: 'Area title' }).fill(title);
  await current(page).getByRole('textbox', { name: 'Target 1' }).fill(target);
  await current(page).getByRole('button', { name: 'Save area' }).click();
  await onPage(page, `Area ${number}`);
}

async function addNeed(page: Page, description: string) {
  await current(page).getByRole('button', { name: 'Add the first improvement needed' }).click();
  await current(page).getByRole('textbox', { name: 'Improvement needed', exact: true }).fill(description);
  await current(page).getByRole('button', { name: 'Save', exact: true }).click();
  await until(() =>
    current(page)
      .getByRole('button', { name: /^Add an action to / })
      .count(),
  ).toBe(1);
}

async function addAction(page: Page, code: string, fields: { description: string; lead: string; criteria: string }) {
  const view = current(page);
  await view.getByRole('button', { name: `Add an action to ${code}` }).click();
  await view.getByRole('textbox', { name: 'Action', exact: true }).fill(fields.description);
  await view.getByRole('textbox', { name: 'Lead', exact: true }).fill(fields.lead);
  await view.getByLabel('Start', { exact: true }).fill(day(-60));
  await view.getByLabel('Finish', { exact: true }).fill(day(60));
  await view.getByRole('textbox', { name: 'Success criteria' }).fill(fields.criteria);
  await view.getByRole('button', { name: 'Save action' }).click();
  await until(() => view.getByText(fields.description, { exact: true }).count()).toBe(1);
}

async function setMilestone(page: Page, description: string, offset: number) {
  const view = current(page);
  await view.getByRole('button', { name: 'Set milestone 1' }).click();
  await view.getByLabel('Milestone 1 date').fill(day(offset));
  await view.getByRole('textbox', { name: 'Milestone 1 description' }).fill(description);
  await view.getByRole('button', { name: 'Save milestone 1' }).click();
  await until(() => view.getByText(description).count()).toBe(1);
}

async function addMeasure(page: Page, measure: string, lowerIsBetter: boolean, target: string, actual: string) {
  const view = current(page);
  await view.getByRole('button', { name: 'Add a measure' }).click();
  await view.getByRole('textbox', { name: 'Measure', exact: true }).fill(measure);
  if (lowerIsBetter) await view.getByRole('radio', { name: 'A lower figure (as for absence)' }).click();
  await view.getByRole('textbox', { name: 'Target this year (%)' }).fill(target);
  await view.getByRole('textbox', { name: 'School this year (%)' }).fill(actual);
  await view.getByRole('button', { name: 'Save measure' }).click();
  await until(() => view.getByRole('row', { name: new RegExp(measure) }).count()).toBe(1);
}

/** On a new board (its plan started, with nothing in it), build the plan through the Plan screens. */
export async function buildPlan(page: Page, baseURL: string): Promise<void> {
  await page.goto(`${baseURL}/plan`, { waitUntil: 'load' });
  await onPage(page, 'Plan');

  await addArea(
    page,
    'Add the first area for improvement',
    1,
    'Reading: more pupils read fluently by the end of Key Stage 1',
    'Phonics check 80%',
  );
  await addNeed(page, 'Phonics is taught consistently in every class');
  await addAction(page, '1a', {
    description: 'Train every adult in the phonics programme',
    lead: 'Claire Donnelly',
    criteria: 'Every adult trained; lessons follow the routines',
  });
  await addAction(page, '1a', {
    description: 'Assess phonics every six weeks and act on gaps',
    lead: 'Claire Donnelly',
    criteria: 'Assessment every six weeks; keep-up groups running',
  });
  await setMilestone(page, 'All staff trained', 20);
  // A note on the first action: evidence the review can tick as seen.
  await current(page).getByText('Train every adult in the phonics programme', { exact: true }).click();
  await onPage(page, 'Action 1a(i)');
  const note = current(page).getByRole('textbox', { name: 'New note' });
  await note.fill('Phonics training register: 12 of 14 adults trained');
  await current(page).getByRole('button', { name: 'Save note' }).click();
  // Saved only when the form has emptied: until then the text on the page may be the field's own.
  await until(() => note.inputValue()).toBe('');
  await until(() => current(page).getByText('Phonics training register: 12 of 14 adults trained').count()).toBe(1);

  await page.goto(`${baseURL}/plan`, { waitUntil: 'load' });
  await onPage(page, 'Plan');
  await addArea(
    page,
    'Add an area for improvement',
    2,
    'Attendance: fewer pupils persistently absent',
    'Persistent absence down to 15% by July',
  );
  await addNeed(page, 'Absence is followed up on the first day');
  await addAction(page, '2a', {
    description: 'Call home on the first day of any absence',
    lead: 'Office manager',
    criteria: 'Every absence followed up by 10am',
  });
  await setMilestone(page, 'Persistent absence below 15%', 40);

  await page.goto(`${baseURL}/plan`, { waitUntil: 'load' });
  await onPage(page, 'Plan');
  await addMeasure(page, 'Phonics screening check', false, '75', '77');
  await addMeasure(page, 'Persistent absence', true, '15', '18');
}
