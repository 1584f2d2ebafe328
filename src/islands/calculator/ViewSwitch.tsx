import { costViews, HOSTING_NOTE, viewLabels, type CostView } from '../../lib/params/view.ts';

interface Props {
  uid: string;
  view: CostView;
  onView: (view: CostView) => void;
}

/** The id of a calculator's view control (the target of the notice about a bad `view=`). */
export const viewSwitchId = (uid: string): string => `${uid}-view`;

/**
 * "All costs" or "Hosting only", above a chart: a native radio group, so the arrow keys move
 * between the two and a screen reader reads the legend and the hint with them. Hidden without
 * JavaScript (the page cannot redraw), where the chart's table shows all costs.
 */
export function ViewSwitch({ uid, view, onView }: Props) {
  const id = viewSwitchId(uid);
  return (
    <fieldset class="calc-view" id={id} aria-describedby={`${id}-hint`}>
      <legend>Compare</legend>
      <div class="calc-view-options">
        {costViews.map((v) => (
          <label key={v}>
            <input type="radio" name={id} value={v} checked={view === v} onChange={() => onView(v)} />
            {viewLabels[v]}
          </label>
        ))}
      </div>
      <p class="calc-view-hint" id={`${id}-hint`}>
        {HOSTING_NOTE} Bedrock Agents' extra orchestration calls stay in: only it makes them.
      </p>
    </fieldset>
  );
}

/** Said above the calculator when the address's `view=` could not be used as given. */
export function ViewNotice({ uid, notice }: { uid: string; notice: string | null }) {
  if (notice === null) return null;
  return (
    <p class="calc-prices-note" role="status" data-notice="view">
      <span>
        {notice} <a href={`#${viewSwitchId(uid)}`}>Go to the view setting</a>
      </span>
    </p>
  );
}
