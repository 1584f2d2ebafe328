import { fields, type FieldMeta } from '../../lib/params/fields.ts';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';
import { fieldId } from './ScenarioForm.tsx';
import { echoList } from '../../lib/format/echo.ts';

interface Props {
  uid: string;
  level: HeadingLevel;
  /** The message at each field that has one. */
  messages: Readonly<Record<string, string>>;
  /** The fields whose message came from the link or a preset: the ones the summary lists. */
  fromLink: readonly string[];
  ignored: readonly string[];
  /** Opens the field's group and moves focus to it. */
  onGo: (meta: FieldMeta) => void;
}

/**
 * The inputs from the link (or a preset) that needed correcting, each linked to its field, and
 * the parameters that were ignored. A value the reader types is answered at its field only, so
 * nothing above the form moves while they work.
 */
export function IssueSummary({ uid, level, messages, fromLink, ignored, onGo }: Props) {
  const flagged = fields.filter((f) => fromLink.includes(f.param) && messages[f.param] !== undefined);
  if (flagged.length === 0 && ignored.length === 0) return null;
  const titleId = `${uid}-issues-title`;
  return (
    <div
      class="calc-issues"
      role="region"
      aria-labelledby={flagged.length > 0 ? titleId : undefined}
      aria-label={flagged.length > 0 ? undefined : 'Ignored parameters'}
    >
      {flagged.length > 0 && (
        <>
          <Heading level={level} id={titleId} class="calc-issues-title">
            {flagged.length === 1 ? 'One input needs attention' : `${flagged.length} inputs need attention`}
          </Heading>
          <p class="calc-issues-lede">The results use the value each message names, shown in its field.</p>
          <ul class="calc-issues-list">
            {flagged.map((meta) => (
              <li key={meta.param}>
                <a
                  href={`#${fieldId(uid, meta.param)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    onGo(meta);
                  }}
                >
                  {meta.label}
                </a>
                : {messages[meta.param]}
              </li>
            ))}
          </ul>
        </>
      )}
      {ignored.length > 0 && (
        <p class="calc-ignored">
          {ignored.length === 1 ? 'One parameter in the link is' : `${ignored.length} parameters in the link are`} not a calculator input
          and {ignored.length === 1 ? 'was' : 'were'} ignored: {echoList(ignored)}.
        </p>
      )}
    </div>
  );
}
