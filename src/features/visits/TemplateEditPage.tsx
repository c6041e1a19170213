import { useLocation, useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { useIonRouter } from '@ionic/react';
import { blankSection, firstTemplateVersion, nextTemplateVersion, type TemplateContent } from '../../domain';
import { checklistTemplateDetail, createRecord, newId } from '../../data';
import { Empty, Loading, Page, useSchool, to } from '../../ui';
import { TemplateEditor } from './TemplateEditor';
import './visits.css';

/** Write a new checklist (/visits/checklists/new, or ?from= to adapt a copy) or change one (/visits/checklists/:templateId/edit). */
export default function TemplateEditPage() {
  const { templateId } = useParams();
  const from = new URLSearchParams(useLocation().search).get('from');
  const school = useSchool();
  const router = useIonRouter();
  const sourceId = templateId ?? from;
  const source = useLiveQuery(async () => (sourceId ? ((await checklistTemplateDetail(sourceId)) ?? null) : null), [sourceId]);
  const title = templateId ? 'Change the checklist' : from ? 'Adapt a checklist' : 'Write a checklist';
  const back = templateId ? `/visits/checklists/${templateId}` : '/visits/checklists';
  if (source === undefined)
    return (
      <Page title={title} backTo={back}>
        <Loading what="the checklist" />
      </Page>
    );
  if (sourceId && !source)
    return (
      <Page title={title} backTo={to('/visits/checklists')}>
        <Empty title="This checklist is not on this device." />
      </Page>
    );
  const latest = source?.versions[0];
  if (templateId && latest?.builtIn)
    return (
      <Page title={title} backTo={back}>
        <Empty title="A built-in checklist cannot be changed.">Adapt a copy of it instead.</Empty>
      </Page>
    );
  const initial: TemplateContent = latest
    ? {
        title: templateId ? latest.title : `${latest.title} (our version)`,
        purpose: latest.purpose,
        sections: structuredClone(latest.sections),
      }
    : { title: '', purpose: '', sections: [blankSection(newId)] };
  async function save(content: TemplateContent) {
    const input = templateId && latest ? nextTemplateVersion(latest, content) : firstTemplateVersion(newId(), content);
    const saved = await createRecord('checklistTemplates', school.id, input);
    router.push(to('/visits/checklists/:templateId', { templateId: saved.id }), 'forward', 'replace');
  }
  return (
    <Page title={title} backTo={back}>
      {templateId && latest && <p>Saving makes version {latest.version + 1}. Visits already made keep the version they used.</p>}
      <TemplateEditor
        key={latest?.id ?? 'new'}
        initial={initial}
        saveLabel={templateId ? 'Save as a new version' : 'Save the checklist'}
        onSave={save}
      />
    </Page>
  );
}
