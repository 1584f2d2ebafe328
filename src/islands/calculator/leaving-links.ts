import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/**
 * Whether the calculator is embedded in another site's iframe. There, a link to another page
 * would load it inside the host's frame, and every page but the embeds refuses framing, so the
 * reader would see "refused to connect". Links that leave the calculator open a new tab instead;
 * the presets, the form and in-page links stay in the frame.
 */
export const InEmbed = createContext(false);

type LeavingLink = { target?: '_blank'; rel?: string };

/** Attributes for a link that leaves the calculator: a new tab inside an embed, nothing elsewhere. */
export function leavingLink(embed: boolean): LeavingLink {
  return embed ? { target: '_blank', rel: 'noopener' } : {};
}

/** `leavingLink` for a component below the calculator's frame. */
export function useLeavingLink(): LeavingLink {
  return leavingLink(useContext(InEmbed));
}
