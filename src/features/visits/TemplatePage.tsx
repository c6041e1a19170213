import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton } from '@ionic/react';
import { nextTemplateVersion, responseTypeLabels, ukDate } from '../../domain';
import { checklistTemplateDetail, createRecord } from '../../data';
import { Empty, Loading, Page, Section, problemText, to } from '../../ui';
import './visits.css';

/** One version of a checklist: its sections and items, its other versions and the visits made with it. */
export default function TemplatePage() {
  const { templateId = '' } = useParams();
  const detail = useLiveQuery(async () => (await checklistTemplateDetail(templateId)) ?? false, [templateId]);
  const [message, setMessage] = useState('');
  if (detail === undefined)
    return (
      <Page title="Checklist" backTo={to('/visits/checklists')}>
        <Loading what="the checklist" />
      </Page>
    );
  if (detail === false)
    return (
      <Page title="Checklist" backTo={to('/visits/checklists')}>
        <Empty title="This checklist is not on this device." />
      </Page>
    );
  const { template: t, versions, visits } = detail;
  const newest = versions[0]!;
  const isNewest = newest.id === t.id;
  const usedHere = visits.filter((v) => v.templateId === t.id);
  async function setRetired(retired: boolean) {
    try {
      await createRecord('checklistTemplates', t.schoolId, nextTemplateVersion(t, t, retired));
      setMessage(retired ? 'It is no longer offered for new visits.' : 'It is offered for new visits again.');
    } catch (e) {
      setMessage(problemText(e));
    }
  }
  return (
    <Page title={t.title} backTo={to('/visits/checklists')}>
      <p className="lead">
        Version {t.version}
        {t.builtIn ? ', built into Steward' : ''}
        {t.retired ? ' · no longer offered' : ''}
      </p>
      {!isNewest && (
        <p className="walk-reminder">
          This is an older version. Visits made with it keep it.{' '}
          <Link to={to('/visits/checklists/:templateId', { templateId: newest.id })}>See version {newest.version}</Link>.
        </p>
      )}
      {t.purpose && <p className="prewrap">{t.purpose}</p>}
      {isNewest && (
        <div className="button-row walk-row">
          {t.builtIn ? (
            <IonButton routerLink={to('/visits/checklists/new', `?from=${t.id}`)}>Adapt a copy</IonButton>
          ) : (
            <>
              <IonButton routerLink={to('/visits/checklists/:templateId/edit', { templateId: t.id })}>Change this checklist</IonButton>
              <IonButton fill="outline" onClick={() => void setRetired(!t.retired)}>
                {t.retired ? 'Offer it again' : 'Stop offering it'}
              </IonButton>
            </>
          )}
        </div>
      )}
      {message && <p role="status">{message}</p>}
      {t.sections.map((s, i) => (
        <Section key={s.id} title={s.title} id={`section-${i}`}>
          <ol className="plain-list">
            {s.items.map((item) => (
              <li key={item.id}>
                {item.prompt} <span className="muted">({responseTypeLabels[item.type]})</span>
                {item.hint && <p className="muted">{item.hint}</p>}
              </li>
            ))}
          </ol>
        </Section>
      ))}
      <Section title="Versions" id="versions">
        <ul className="walk-versions">
          {versions.map((v) => (
            <li key={v.id}>
              {v.id === t.id ? (
                <strong>Version {v.version} (shown)</strong>
              ) : (
                <Link to={to('/visits/checklists/:templateId', { templateId: v.id })}>Version {v.version}</Link>
              )}{' '}
              · saved {ukDate(v.createdAt.slice(0, 10))} · {visits.filter((x) => x.templateId === v.id).length} visits
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Visits made with this version" id="visits">
        {usedHere.length === 0 ? (
          <Empty title="No visit has used this version." />
        ) : (
          <ul className="plain-list">
            {usedHere.map((v) => (
              <li key={v.id}>
                <Link to={to('/visits/:visitId', { visitId: v.id })}>
                  {ukDate(v.date)}: {v.kind}, {v.governor}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
