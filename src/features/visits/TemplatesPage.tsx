import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton, IonLabel, IonList } from '@ionic/react';
import { latestTemplates, templateItems, type ChecklistTemplate } from '../../domain';
import { checklistTemplatesFor } from '../../data';
import { Empty, Loading, Page, Section, useSchool, to, LinkItem } from '../../ui';
import { useBuiltInChecklists } from './useBuiltInChecklists';
import './visits.css';

function TemplateList({ templates }: { templates: ChecklistTemplate[] }) {
  return (
    <IonList inset>
      {templates.map((t) => (
        <LinkItem key={t.id} routerLink={to('/visits/checklists/:templateId', { templateId: t.id })}>
          <IonLabel className="ion-text-wrap">
            <h3>{t.title}</h3>
            <p>
              Version {t.version} · {t.sections.length} sections · {templateItems(t).length} items
            </p>
          </IonLabel>
        </LinkItem>
      ))}
    </IonList>
  );
}

/** The board's checklists: Steward's built-in ones and those the board has written. */
export default function TemplatesPage() {
  const school = useSchool();
  useBuiltInChecklists(school.id);
  const all = useLiveQuery(() => checklistTemplatesFor(school.id), [school.id]);
  if (!all)
    return (
      <Page title="Checklists" backTo={to('/visits')}>
        <Loading what="checklists" />
      </Page>
    );
  const latest = latestTemplates(all, true);
  const builtIn = latest.filter((t) => t.builtIn && !t.retired);
  const own = latest.filter((t) => !t.builtIn && !t.retired);
  const retired = latest.filter((t) => t.retired);
  return (
    <Page title="Checklists" backTo={to('/visits')}>
      <p>A visit keeps the version of the checklist it was made with, so changing a checklist never changes a visit already made.</p>
      <IonButton routerLink={to('/visits/checklists/new')}>Write a checklist</IonButton>
      <Section title="The board's own" id="own">
        {own.length === 0 ? (
          <Empty title="The board has not written a checklist yet.">Write one, or adapt a copy of a built-in one.</Empty>
        ) : (
          <TemplateList templates={own} />
        )}
      </Section>
      <Section title="Built into Steward" id="built-in">
        {builtIn.length === 0 ? (
          <Empty title="The built-in checklists are being added to this board." />
        ) : (
          <TemplateList templates={builtIn} />
        )}
      </Section>
      {retired.length > 0 && (
        <Section title="No longer offered" id="retired">
          <TemplateList templates={retired} />
        </Section>
      )}
    </Page>
  );
}
