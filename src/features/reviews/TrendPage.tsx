import './reviews.css';
import { ratingTrend } from '../../domain';
import { planOf, rememberAhead, reviewsFor, useRememberedQuery, type ReadAhead } from '../../data';
import { Empty, Loading, Page, Section, useSchool, Disclosure, to } from '../../ui';
import { PerformanceChart } from './PerformanceChart';
import { TrendGrid, TrendKey } from './TrendGrid';
import { actionCodeIn } from './walk';

async function trendFor(schoolId: string) {
  const [plan, reviews] = await Promise.all([planOf(schoolId), reviewsFor(schoolId)]);
  if (!plan) return null;
  const areas = plan.areas.filter((a) => !a.archived);
  const actions = plan.actions.filter((a) => !a.archived && areas.some((x) => x.id === a.areaId));
  const mine = reviews.reviews.filter((r) => r.planId === plan.plan.id);
  return { plan, areas, actions, trend: ratingTrend(mine, reviews.entries, actions) };
}

/** The trend's main read: the same name and deps whether the screen reads it or it is read ahead. */
const trendRead = (schoolId: string) => ['trend', [schoolId], async () => (await trendFor(schoolId)) ?? false] as const;

/** Read ahead while the app is idle (app/routes.ts): the trend is one tap from the reviews. */
export const readAhead: ReadAhead = ({ schoolId }) => rememberAhead(...trendRead(schoolId));

/** Ratings across half terms at a glance (areas, then each area's actions) and the performance targets against actuals. */
export default function TrendPage() {
  const school = useSchool();
  const data = useRememberedQuery(...trendRead(school.id));
  if (data === undefined)
    return (
      <Page title="Trend and targets" backTo={to('/reviews')}>
        <Loading what="the trend" />
      </Page>
    );
  if (data === false)
    return (
      <Page title="Trend and targets" backTo={to('/reviews')}>
        <Empty title="There is no action plan for this board yet." />
      </Page>
    );
  const { plan, areas, actions, trend } = data;
  const noReviews = trend.columns.length === 0;
  return (
    <Page title="Trend and targets" backTo={to('/reviews')}>
      <Section title="Areas across half terms" id="areas-trend">
        {noReviews ? (
          <Empty title="No review has rated the plan yet.">Ratings appear here once the first half-termly review is under way.</Empty>
        ) : (
          <>
            <TrendKey />
            <TrendGrid
              caption="Each area’s rating at each review (from its actions: any red makes it red)"
              columns={trend.columns}
              rows={areas.map((a) => ({
                id: a.id,
                label: `Area ${a.number}: ${a.title}`,
                ratings: trend.areas.get(a.id) ?? trend.columns.map(() => null),
              }))}
            />
          </>
        )}
      </Section>
      {!noReviews && (
        <Section title="Actions across half terms" id="actions-trend">
          {areas.map((area) => {
            const rows = actions.filter((a) => a.areaId === area.id);
            if (rows.length === 0) return null;
            return (
              <Disclosure key={area.id} label={`Area ${area.number}: ${area.title} (${rows.length} actions)`}>
                <TrendGrid
                  caption={`Actions of area ${area.number} at each review`}
                  columns={trend.columns}
                  rows={rows.map((a) => ({
                    id: a.id,
                    label: `${actionCodeIn(plan, a)} ${a.description}`,
                    ratings: trend.actions.get(a.id)!,
                  }))}
                />
              </Disclosure>
            );
          })}
        </Section>
      )}
      <Section title="Performance targets against actuals" id="performance-trend">
        <PerformanceChart rows={plan.performanceRows} />
      </Section>
    </Page>
  );
}
