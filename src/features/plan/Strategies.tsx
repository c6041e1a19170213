import type { Strategy } from '../../domain';
import { Section } from '../../ui';

const groups = [
  { kind: 'monitoring', scope: 'internal', title: 'Monitoring (internal)' },
  { kind: 'evaluation', scope: 'internal', title: 'Evaluation (internal)' },
  { kind: 'monitoring', scope: 'external', title: 'Monitoring (external)' },
  { kind: 'evaluation', scope: 'external', title: 'Evaluation (external)' },
] as const;

/** Monitoring and evaluation strategies: who, what, when. */
export function Strategies({ strategies }: { strategies: Strategy[] }) {
  if (strategies.length === 0) return null;
  return (
    <Section title="Monitoring and evaluation" id="strategies">
      {groups.map((g) => {
        const rows = strategies.filter((s) => s.kind === g.kind && s.scope === g.scope);
        if (rows.length === 0) return null;
        return (
          <div key={g.title} className="table-scroll">
            <table className="data-table">
              <caption>{g.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Who?</th>
                  <th scope="col">What?</th>
                  <th scope="col">When?</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((s) => (
                  <tr key={s.id}>
                    <td>{s.who}</td>
                    <td>{s.what}</td>
                    <td>{s.when}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </Section>
  );
}
