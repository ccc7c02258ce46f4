/** The fixed set of article topics, in the order the site shows them. */
export const TOPICS = [
  {
    id: "mindset",
    name: "Making sense of it",
    summary: "Why a good interview can still end in a no, and why it is rarely about your worth.",
  },
  {
    id: "coping",
    name: "Coping and care",
    summary: "Getting through the sting, looking after yourself and handling a run of rejections.",
  },
  {
    id: "learning",
    name: "Learning from it",
    summary: "Asking for feedback, getting advice from others and turning lessons into practice.",
  },
  {
    id: "next-steps",
    name: "Moving forward",
    summary: "Replying well, staying motivated and getting ready for the next interview.",
  },
] as const;

export type TopicId = (typeof TOPICS)[number]["id"];
export type Topic = (typeof TOPICS)[number];

export const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

export function getTopic(id: TopicId): Topic {
  const topic = TOPICS.find((t) => t.id === id);
  if (!topic) throw new Error(`Unknown topic "${id}"`);
  return topic;
}
