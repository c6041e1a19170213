import type { PlanActions } from '../../data';

interface Props {
  plan: PlanActions;
  areaIds: string[];
  actionIds: string[];
  onChange: (areaIds: string[], actionIds: string[]) => void;
}

const toggled = (list: string[], id: string, on: boolean) => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));

/** Choose the plan priorities a visit looks at: whole areas, and the actions within them. */
export function FocusPicker({ plan, areaIds, actionIds, onChange }: Props) {
  if (plan.areas.length === 0)
    return <p className="muted">The board has no action plan on this device yet, so there is nothing to focus on.</p>;
  return (
    <>
      {plan.areas.map((area) => (
        <fieldset key={area.id} className="walk-ties">
          <legend>
            Area {area.number}: {area.title}
          </legend>
          <label className="walk-check">
            <input
              type="checkbox"
              checked={areaIds.includes(area.id)}
              onChange={(e) => onChange(toggled(areaIds, area.id, e.target.checked), actionIds)}
            />
            <span>The area as a whole</span>
          </label>
          {plan.actions
            .filter((a) => a.area.id === area.id)
            .map((a) => (
              <label key={a.action.id} className="walk-check">
                <input
                  type="checkbox"
                  checked={actionIds.includes(a.action.id)}
                  onChange={(e) => onChange(areaIds, toggled(actionIds, a.action.id, e.target.checked))}
                />
                <span>
                  <strong>{a.code}</strong> {a.action.description}
                </span>
              </label>
            ))}
        </fieldset>
      ))}
    </>
  );
}
