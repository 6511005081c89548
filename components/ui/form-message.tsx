import type { RunnerMessage } from "./use-action-runner";

/** What a form's action came to: read out at once when it failed, politely when it worked. */
export function FormMessage({ message }: { message: RunnerMessage | null }) {
  if (!message) return null;
  return (
    <p role={message.isError ? "alert" : "status"} className={message.isError ? "error" : "notice"}>
      {message.text}
    </p>
  );
}
