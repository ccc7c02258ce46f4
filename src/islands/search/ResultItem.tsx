import type { ShapedResult } from "../../lib/search/results";
import { Excerpt } from "./Excerpt";

interface Props {
  result: ShapedResult;
  headingLevel: 2 | 3;
  onFollow: (event: MouseEvent) => void;
}

/** One matching page: its title, topic or type, an excerpt and its best sections. */
export function ResultItem({ result, headingLevel, onFollow }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const sectionsId = `sections-${result.id}`;
  return (
    <li class="border-b border-line py-4">
      <Heading class="text-lg font-bold leading-snug">
        <a href={result.url} data-result-link onClick={onFollow}>
          {result.title}
        </a>
      </Heading>
      {result.label && (
        <p class="text-sm font-semibold text-muted">
          <span class="sr-only">{result.kind === "self-check" ? "Type: " : "Topic: "}</span>
          {result.label}
        </p>
      )}
      <Excerpt segments={result.excerpt} class="mt-1 text-base" />
      {result.sections.length > 0 && (
        <div class="mt-2">
          <p id={sectionsId} class="text-sm text-muted">
            Jump to a section:
          </p>
          <ul aria-labelledby={sectionsId} class="mt-1 flex flex-wrap gap-x-2 gap-y-1 text-base">
            {result.sections.map((section) => (
              <li key={section.url}>
                <a
                  href={section.url}
                  data-result-link
                  onClick={onFollow}
                  class="inline-flex min-h-11 items-center rounded-md border border-line px-3 py-1 hover:bg-sunken"
                >
                  {section.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
