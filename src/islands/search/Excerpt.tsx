import type { Segment } from "../../lib/search/excerpt";

interface Props {
  segments: Segment[];
  class?: string;
}

/** An excerpt as text nodes, with the matched words in <mark>. Never HTML. */
export function Excerpt({ segments, class: className }: Props) {
  if (segments.length === 0) return null;
  return (
    <p class={className}>
      {segments.map((segment, i) =>
        segment.mark ? (
          <mark key={i} class="bg-accent-soft font-semibold text-ink">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
