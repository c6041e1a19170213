import { IonButton } from '@ionic/react';
import { educationPhases, phaseDurations, riskCategoryLabel, ukDate } from '../../domain';
import { outboxCount, rememberAhead, useRememberedQuery, type ReadAhead } from '../../data';
import { Page, Section, useSchool, to } from '../../ui';
import { StorageSection } from './StorageSection';
import { BoardsSection } from './BoardsSection';
import { RemoveBoard } from './RemoveBoard';
import { YourName } from './YourName';

/** This board's details, what is stored on this device, and housekeeping. */
const waitingRead = (schoolId: string) => ['outbox count', [schoolId], () => outboxCount(schoolId)] as const;

export const readAhead: ReadAhead = ({ schoolId }) => rememberAhead(...waitingRead(schoolId));

export default function SettingsPage() {
  const school = useSchool();
  const waiting = useRememberedQuery(...waitingRead(school.id));
  return (
    <Page title="Settings" backTo={to('/today')} noSettings>
      <BoardsSection />
      <Section title="This board" id="board">
        <dl className="facts">
          <dt>School</dt>
          <dd>{school.name}</dd>
          {school.urn && (
            <>
              <dt>URN</dt>
              <dd>{school.urn}</dd>
            </>
          )}
          <dt>Phase of education</dt>
          <dd>{educationPhases.includes(school.educationPhase) ? school.educationPhase : 'Not set'}</dd>
          {school.authority && (
            <>
              <dt>Local authority or trust</dt>
              <dd>{school.authority}</dd>
            </>
          )}
          <dt>Risk category</dt>
          <dd>{riskCategoryLabel(school.riskCategory)}</dd>
          <dt>Improvement phase</dt>
          <dd>
            {school.improvementPhase} (usually {phaseDurations[school.improvementPhase]})
          </dd>
          {school.ofstedJudgement && (
            <>
              <dt>Latest Ofsted judgement</dt>
              <dd>
                {school.ofstedJudgement}
                {school.ofstedDate && `, ${ukDate(school.ofstedDate)}`}
              </dd>
            </>
          )}
          {school.concernSince && (
            <>
              <dt>School of Concern since</dt>
              <dd>{ukDate(school.concernSince)}</dd>
            </>
          )}
        </dl>
        <IonButton fill="outline" routerLink={to('/settings/members')}>
          Board members
        </IonButton>
      </Section>
      <Section title="Changes on this device" id="changes">
        <p>
          {waiting === undefined
            ? 'Counting…'
            : waiting === 0
              ? 'Every change is saved on this device.'
              : `${waiting} ${waiting === 1 ? 'change is' : 'changes are'} saved on this device and kept ready to share with the board.`}
        </p>
        <IonButton fill="outline" routerLink={to('/settings/account')}>
          Sign in and sync
        </IonButton>
      </Section>
      <YourName />
      <StorageSection />
      <RemoveBoard schoolId={school.id} schoolName={school.name} />
    </Page>
  );
}
