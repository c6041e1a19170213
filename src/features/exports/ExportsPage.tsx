import { useLiveQuery } from 'dexie-react-hooks';
import { Loading, Page, useSchool, to } from '../../ui';
import { ActionLogSection } from './ActionLogSection';
import { ExportMessage, ExportProgress } from './ExportProgress';
import { MinutesSection } from './MinutesSection';
import { PacksSection } from './PacksSection';
import { readBoard } from './make';
import { useExport } from './useExport';
import './exports.css';

/** Documents made on this device from the board's records, offline: minutes, the action log, the packs. */
export default function ExportsPage() {
  const school = useSchool();
  const data = useLiveQuery(() => readBoard(school.id), [school.id]);
  const { job, message, last, run, share, cancel } = useExport();
  return (
    <Page title="Documents to share" backTo={to('/meetings')}>
      <div className="exports">
        <p className="intro">Made on this device from the board’s records, with or without a signal. Each is saved, then can be shared.</p>
        <ExportProgress job={job} onCancel={cancel} />
        <ExportMessage message={message} shareName={last?.name} onShare={() => void share()} />
        {!data ? (
          <Loading what="the board’s records" />
        ) : (
          <>
            <MinutesSection board={data.board} audience={data.audience} busy={job !== null} run={run} />
            <ActionLogSection board={data.board} audience={data.audience} busy={job !== null} run={run} />
            <PacksSection board={data.board} busy={job !== null} run={run} />
          </>
        )}
      </div>
    </Page>
  );
}
