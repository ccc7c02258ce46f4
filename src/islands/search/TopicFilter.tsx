import { TOPICS, type TopicId } from "../../lib/topics";

interface Props {
  idPrefix: string;
  selected: TopicId[];
  onToggle: (id: TopicId, on: boolean) => void;
}

/** Checkboxes that narrow the results to one or more topics. None ticked means all. */
export function TopicFilter({ idPrefix, selected, onToggle }: Props) {
  return (
    <fieldset class="mt-4">
      <legend class="font-semibold">Only show these topics</legend>
      <ul class="mt-2 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        {TOPICS.map((topic) => {
          const id = `${idPrefix}-${topic.id}`;
          return (
            <li key={topic.id}>
              <label
                for={id}
                class="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border-2 border-control bg-surface px-3 text-sm leading-tight hover:bg-sunken has-checked:border-accent has-checked:bg-accent-soft"
              >
                <input
                  id={id}
                  type="checkbox"
                  class="accent-accent"
                  checked={selected.includes(topic.id)}
                  onChange={(event) => onToggle(topic.id, event.currentTarget.checked)}
                />
                {topic.name}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
