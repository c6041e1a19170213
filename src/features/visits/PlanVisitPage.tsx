import { useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { useIonRouter } from '@ionic/react';
import { latestTemplates } from '../../domain';
import { checklistTemplatesFor, getUserName, planActions, visitDetail } from '../../data';
import { Empty, Loading, Page, useSchool, to } from '../../ui';
import { VisitPlanForm } from './VisitPlanForm';
import { useBuiltInChecklists } from './useBuiltInChecklists';
import './visits.css';

/** Plan a new visit (/visits/plan) or change the plan of one (/visits/:visitId/edit). */
export default function PlanVisitPage() {
  const { visitId } = useParams();
  const school = useSchool();
  useBuiltInChecklists(school.id);
  const router = useIonRouter();
  const data = useLiveQuery(async () => {
    const [templates, plan, detail, userName] = await Promise.all([
      checklistTemplatesFor(school.id),
      planActions(school.id),
      visitId ? visitDetail(visitId) : undefined,
      getUserName(),
    ]);
    return { templates, plan, detail: detail ?? null, userName };
  }, [school.id, visitId]);
  const title = visitId ? 'Change the plan' : 'Plan a visit';
  const back = visitId ? `/visits/${visitId}` : '/visits';
  if (!data)
    return (
      <Page title={title} backTo={back}>
        <Loading what="the plan" />
      </Page>
    );
  if (visitId && !data.detail)
    return (
      <Page title={title} backTo={to('/visits')}>
        <Empty title="This visit is not on this device." />
      </Page>
    );
  const visit = data.detail?.visit;
  const offered = latestTemplates(data.templates);
  const own = data.detail?.template;
  const templates = own && !offered.some((t) => t.id === own.id) ? [own, ...offered] : offered;
  return (
    <Page title={title} backTo={back}>
      <VisitPlanForm
        key={visit?.id ?? `new-${offered.length > 0}`}
        schoolId={school.id}
        visit={visit}
        governor={data.userName}
        plan={data.plan}
        templates={templates}
        answered={(data.detail?.responses.length ?? 0) > 0}
        onSaved={(id) =>
          visitId && router.canGoBack() ? router.goBack() : router.push(to('/visits/:visitId', { visitId: id }), 'forward', 'replace')
        }
      />
    </Page>
  );
}
