import { splitMentions, type Mentionable } from "@/lib/core/comments/mentions";

/** A comment's text as text (never HTML), its @mentions of the people given marked. */
export function CommentText({ body, people }: { body: string; people: readonly Mentionable[] }) {
  return (
    <p className="comment-text">
      {splitMentions(body, people).map((part, i) =>
        part.kind === "mention" ? (
          <span key={i} className="comment-mention">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
