import { useLiveQuery } from 'dexie-react-hooks';
import { Loading, Page, Section, useSchool, to } from '../../ui';
import { currentPlanData } from './importPlan';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { TemplateButton } from './TemplateButton';
import './plan-files.css';

/** Import a plan from a spreadsheet or a plan file; export the plan and its reviews; the blank template. */
export default function PlanFilesPage() {
  const school = useSchool();
  const data = useLiveQuery(async () => (await currentPlanData(school.id)) ?? null, [school.id]);
  const hasContent = !!data && (data.areas.some((a) => !a.archived) || data.actions.length > 0);
  return (
    <Page title="Import and export the plan" backTo={to('/plan')}>
      <div className="plan-files">
        {data === undefined ? (
          <Loading what="the plan" />
        ) : (
          <>
            {/* Importing comes first; for an empty plan it is worded as a start, not an update. */}
            <ImportSection schoolId={school.id} hasPlan={hasContent} />
            <ExportSection data={data} schoolName={school.name} />
            <Section title="Blank template" id="template">
              <p>
                A workbook with a sheet for each part of the plan (laid out like the local authority’s action plan template) and a first
                sheet that says what to write in each column.
              </p>
              <TemplateButton />
            </Section>
          </>
        )}
      </div>
    </Page>
  );
}
