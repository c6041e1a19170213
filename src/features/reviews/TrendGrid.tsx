import { ratingLabels, ratingLetters, type Rating, type TrendColumn } from '../../domain';

/** "Autumn 1 2026/27" → ["Aut 1", "26/27"], so the columns stay narrow on a phone. */
function shortLabel(label: string): [string, string] {
  const [season = '', number = '', year = ''] = label.split(' ');
  return [`${season.slice(0, 3)} ${number}`, year.slice(2)];
}

/** A rating in a grid: a letter and a colour, with the words for screen readers. */
export function TrendCell({ rating }: { rating: Rating | null }) {
  if (!rating) {
    return (
      <span className="trend-cell r-none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">Not rated</span>
      </span>
    );
  }
  return (
    <span className={`trend-cell r-${rating}`}>
      <span aria-hidden="true">{ratingLetters[rating]}</span>
      <span className="visually-hidden">{ratingLabels[rating]}</span>
    </span>
  );
}

export interface TrendRow {
  id: string;
  label: string;
  ratings: (Rating | null)[];
}

/** Rows down, half terms across; scrolls sideways on a phone (and can be scrolled with the keyboard). */
export function TrendGrid({ caption, columns, rows }: { caption: string; columns: TrendColumn[]; rows: TrendRow[] }) {
  return (
    <>
      <p className="trend-caption" aria-hidden="true">
        {caption}
      </p>
      <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="data-table trend-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Half term</th>
              {columns.map((c) => {
                const [term, year] = shortLabel(c.label);
                return (
                  <th scope="col" key={c.reviewId}>
                    <span aria-hidden="true">
                      {term}
                      <br />
                      {year}
                    </span>
                    <span className="visually-hidden">{c.label}</span>
                    {!c.final && <span className="muted"> (draft)</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  <span className="trend-row-label">{r.label}</span>
                </th>
                {r.ratings.map((rating, i) => (
                  <td key={columns[i]!.reviewId}>
                    <TrendCell rating={rating} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** What the letters mean. */
export function TrendKey() {
  return (
    <ul className="legend" aria-label="Key to the letters">
      {(['red', 'amber', 'green', 'complete'] as Rating[]).map((r) => (
        <li key={r}>
          <span aria-hidden="true">
            <TrendCell rating={r} />
          </span>{' '}
          <span>{ratingLabels[r]}</span>
        </li>
      ))}
      <li>
        <span aria-hidden="true">
          <TrendCell rating={null} />
        </span>{' '}
        <span>Not rated at that review</span>
      </li>
    </ul>
  );
}
